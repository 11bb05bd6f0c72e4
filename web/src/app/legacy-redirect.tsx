import { Redirect, useLocation, useSearch } from 'wouter';
import { organizationPath } from '../lib/organization-scope.ts';
import { useLoadedSession } from '../lib/session.ts';
import { lastOrganization } from './last-organization.ts';

/**
 * Addresses from before organizations were in the URL (`/invoices/…`, `/import`) open the same page in the
 * organization last worked in, or the first one connected.
 */
export function LegacyRedirect() {
  const session = useLoadedSession();
  const [pathname] = useLocation();
  const search = useSearch();
  const remembered = lastOrganization();
  const target = session.organizations.find((organization) => organization.id === remembered) ?? session.organizations[0];
  if (!target) return <Redirect to="/" replace />;
  return <Redirect to={`${organizationPath(target.id, pathname)}${search ? `?${search}` : ''}`} replace />;
}
