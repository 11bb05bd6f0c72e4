import { NavLink, useMatch, useNavigate } from 'react-router';
import { EnvironmentBadge } from '../components/environment-badge.tsx';
import { organizationPath } from '../lib/organization-scope.ts';
import { DisconnectOrganizationButton } from '../components/disconnect-organization-button.tsx';
import { connectUrl, type Session } from '../lib/session.ts';
import { useOrganizationQueryClients } from '../lib/organization-query-clients.ts';
import { OrganizationSwitcher } from './organization-switcher.tsx';

export function AppHeader({ session }: { session: Session }) {
  const match = useMatch('/orgs/:organizationId/*');
  const current = session.organizations.find((organization) => organization.id === match?.params.organizationId);
  const section = (match?.params['*'] ?? '').split('/')[0] ?? '';
  const navigate = useNavigate();
  const clients = useOrganizationQueryClients();
  const dropOrganization = (organizationId: string) => {
    clients.drop(organizationId);
    void navigate('/');
  };
  const oauth = session.authMethod === 'oauth';
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <p className="app-name">Invoice Composer</p>
      <nav aria-label="Main">
        <ul>
          <li>
            <NavLink to="/" end>
              Organizations
            </NavLink>
          </li>
          {current && (
            <>
              <li>
                <NavLink to={organizationPath(current.id)} end>
                  New invoice
                </NavLink>
              </li>
              <li>
                <NavLink to={organizationPath(current.id, '/import')}>Import</NavLink>
              </li>
              <li>
                <NavLink to={organizationPath(current.id, '/invoices')}>Invoices</NavLink>
              </li>
              <li>
                <NavLink to={organizationPath(current.id, '/credit-notes')}>Credit notes</NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
      <div className="app-connection">
        <OrganizationSwitcher organizations={session.organizations} currentId={current?.id} section={section} />
        <EnvironmentBadge environment={session.environment} />
        {oauth && (
          <a className="button-quiet" href={connectUrl('/')}>
            Add an organization
          </a>
        )}
        {oauth && current && <DisconnectOrganizationButton organization={current} onDisconnected={dropOrganization} />}
      </div>
    </header>
  );
}
