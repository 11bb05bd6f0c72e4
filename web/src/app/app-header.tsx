import { Trans, useLingui } from '@lingui/react/macro';
import { useLocation } from 'wouter';
import { EnvironmentBadge } from '../components/environment-badge.tsx';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { organizationArea, organizationPath } from '../lib/organization-scope.ts';
import { NavLink } from '../lib/routing.tsx';
import { DisconnectOrganizationButton } from '../components/disconnect-organization-button.tsx';
import { connectUrl, type Session } from '../lib/session.ts';
import { useOrganizationQueryClients } from '../lib/organization-query-clients.ts';
import { OrganizationSwitcher } from './organization-switcher.tsx';

export function AppHeader({ session }: { session: Session }) {
  const { t } = useLingui();
  const [path, navigate] = useLocation();
  const area = organizationArea.exec(path)?.groups;
  const current = session.organizations.find((organization) => organization.id === area?.organizationId);
  const section = area?.page?.split('/')[1] ?? '';
  const clients = useOrganizationQueryClients();
  const dropOrganization = (organizationId: string) => {
    clients.drop(organizationId);
    navigate('/');
  };
  const oauth = session.authMethod === 'oauth';
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        <Trans>Skip to content</Trans>
      </a>
      <p className="app-name">
        <Trans>Invoice Composer</Trans>
      </p>
      <nav aria-label={t`Main`}>
        <ul>
          <li>
            <NavLink to="/" end>
              <Trans>Organizations</Trans>
            </NavLink>
          </li>
          {current && (
            <>
              <li>
                <NavLink to={organizationPath(current.id)} end>
                  <Trans>New invoice</Trans>
                </NavLink>
              </li>
              <li>
                <NavLink to={organizationPath(current.id, '/import')}>
                  <Trans>Import</Trans>
                </NavLink>
              </li>
              <li>
                <NavLink to={organizationPath(current.id, '/invoices')}>
                  <Trans>Invoices</Trans>
                </NavLink>
              </li>
              <li>
                <NavLink to={organizationPath(current.id, '/credit-notes')}>
                  <Trans>Credit notes</Trans>
                </NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
      <div className="app-connection">
        <OrganizationSwitcher organizations={session.organizations} currentId={current?.id} section={section} />
        <LanguageSwitcher />
        <EnvironmentBadge environment={session.environment} />
        {oauth && (
          <a className="button-quiet" href={connectUrl('/')}>
            <Trans>Add an organization</Trans>
          </a>
        )}
        {oauth && current && <DisconnectOrganizationButton organization={current} onDisconnected={dropOrganization} />}
      </div>
    </header>
  );
}
