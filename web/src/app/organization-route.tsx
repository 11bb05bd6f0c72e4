import { Trans } from '@lingui/react/macro';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { OrganizationProvider } from '../lib/organization-scope.ts';
import { useLoadedSession } from '../lib/session.ts';
import { rememberOrganization } from './last-organization.ts';
import { useOrganizationQueryClients } from '../lib/organization-query-clients.ts';
import { ReconnectBanner } from './reconnect-banner.tsx';

/**
 * `/orgs/{id}/...`: the pages of one connected organization, with that organization's query cache. The
 * subtree is keyed by the organization, so switching never carries a form's state from one to another.
 */
export function OrganizationRoute({ children }: { children: ReactNode }) {
  const session = useLoadedSession();
  const { organizationId = '' } = useParams<{ organizationId?: string }>();
  const clients = useOrganizationQueryClients();
  const organization = session.organizations.find((candidate) => candidate.id === organizationId);
  useEffect(() => {
    if (organization) rememberOrganization(organization.id);
  }, [organization]);
  if (!organization) {
    return (
      <section aria-labelledby="not-connected-title">
        <h1 id="not-connected-title">
          <Trans>Organization not connected</Trans>
        </h1>
        <p>
          <Trans>This address is for an organization this browser is not connected to.</Trans>
        </p>
        <p>
          {session.authMethod === 'oauth' ? (
            <Trans>
              <Link to="/">See your organizations</Link> or{' '}
              <a href={`/auth/login?return_to=${encodeURIComponent('/')}`}>add an organization</a>.
            </Trans>
          ) : (
            <Trans>
              <Link to="/">See your organizations</Link>.
            </Trans>
          )}
        </p>
      </section>
    );
  }
  return (
    <QueryClientProvider client={clients.for(organization.id)} key={organization.id}>
      <OrganizationProvider organizationId={organization.id}>
        {organization.reauthRequired && <ReconnectBanner organization={organization} />}
        {children}
      </OrganizationProvider>
    </QueryClientProvider>
  );
}
