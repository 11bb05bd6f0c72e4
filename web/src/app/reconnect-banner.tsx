import { Trans } from '@lingui/react/macro';
import { useLocation, useSearch } from 'wouter';
import { connectUrl, type ConnectedOrganization } from '../lib/session.ts';

/** Non-blocking: the page and its unsaved work stay as they are, and reconnecting comes back to this page. */
export function ReconnectBanner({ organization }: { organization: ConnectedOrganization }) {
  const [pathname] = useLocation();
  const search = useSearch();
  return (
    <div className="reconnect-banner" role="alert">
      <p>
        {organization.accessWithdrawn ? (
          <Trans>
            Qonto no longer gives this app access to {organization.legal_name}: it was taken out of your consent. Your work is kept on this
            device.
          </Trans>
        ) : (
          <Trans>The connection to Qonto for {organization.legal_name} has expired. Your work is kept on this device.</Trans>
        )}
      </p>
      <a className="button" href={connectUrl(search ? `${pathname}?${search}` : pathname, organization.id)}>
        <Trans>Reconnect</Trans>
      </a>
    </div>
  );
}
