import { Trans, useLingui } from '@lingui/react/macro';
import { useDisconnectOrganization, type ConnectedOrganization } from '../lib/session.ts';

/** Disconnects one organization (its consent revoked at Qonto); `onDisconnected` drops what the app kept of it. */
export function DisconnectOrganizationButton({
  organization,
  onDisconnected,
}: {
  organization: ConnectedOrganization;
  onDisconnected: (organizationId: string) => void;
}) {
  const { t } = useLingui();
  const disconnect = useDisconnectOrganization(onDisconnected);
  return (
    <button
      type="button"
      className="button-quiet"
      aria-label={t`Disconnect ${organization.legal_name}`}
      onClick={() => disconnect.mutate(organization.id)}
      disabled={disconnect.isPending}
    >
      <Trans>Disconnect</Trans>
    </button>
  );
}
