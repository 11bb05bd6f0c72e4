import type { Session } from '../lib/session.ts';

const names: Record<Session['environment'], string> = { local: 'Local emulator', sandbox: 'Sandbox', production: 'Production' };

export function EnvironmentBadge({ environment }: { environment: Session['environment'] }) {
  return <span className={`environment-badge environment-${environment}`}>{names[environment]}</span>;
}
