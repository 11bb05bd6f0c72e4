import { NavLink } from 'react-router';
import { useOrganization } from '../lib/organization-queries.ts';
import { useDisconnect, type Session } from '../lib/session.ts';
import { EnvironmentBadge } from '../components/environment-badge.tsx';

export function AppHeader({ session }: { session: Session }) {
  const disconnect = useDisconnect();
  // Qonto's answer, not the name remembered at login: an organization renamed (or an emulator reset) shows.
  const live = useOrganization().data?.organization;
  const organization = live ?? session.organization;
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
              New invoice
            </NavLink>
          </li>
          <li>
            <NavLink to="/import">Import</NavLink>
          </li>
          <li>
            <NavLink to="/invoices">Invoices</NavLink>
          </li>
          <li>
            <NavLink to="/credit-notes">Credit notes</NavLink>
          </li>
        </ul>
      </nav>
      <div className="app-connection">
        {organization && (
          <span className="organization">
            {organization.legal_name} <span className="country">({organization.legal_country})</span>
          </span>
        )}
        <EnvironmentBadge environment={session.environment} />
        {session.authMethod === 'oauth' && (
          <button type="button" className="button-quiet" onClick={() => disconnect.mutate()} disabled={disconnect.isPending}>
            Disconnect
          </button>
        )}
      </div>
    </header>
  );
}
