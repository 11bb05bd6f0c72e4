import { NavLink } from 'react-router';
import { useDisconnect, type Session } from '../lib/session.ts';
import { EnvironmentBadge } from '../components/environment-badge.tsx';

export function AppHeader({ session }: { session: Session }) {
  const disconnect = useDisconnect();
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
        {session.organization && (
          <span className="organization">
            {session.organization.legal_name} <span className="country">({session.organization.legal_country})</span>
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
