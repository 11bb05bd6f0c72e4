import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react/macro';
import type { Session } from '../lib/session.ts';

const names: Record<Session['environment'], MessageDescriptor> = {
  local: msg`Local emulator`,
  sandbox: msg`Sandbox`,
  production: msg`Production`,
};

export function EnvironmentBadge({ environment }: { environment: Session['environment'] }) {
  const { t } = useLingui();
  return <span className={`environment-badge environment-${environment}`}>{t(names[environment])}</span>;
}
