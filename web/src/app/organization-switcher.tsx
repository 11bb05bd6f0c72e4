import { Trans } from '@lingui/react/macro';
import { useLocation } from 'wouter';
import { organizationPath } from '../lib/organization-scope.ts';
import type { ConnectedOrganization } from '../lib/session.ts';
import { OrganizationSearch } from './organization-search.tsx';

/** From this many organizations a search box joins the select: first letters no longer find a name. */
const searchFrom = 4;

/**
 * A native select (keyboard-complete; typing a name's first letters finds it), and with many organizations a
 * search by any part of the name or the country. Switching keeps the section (invoices stay invoices); an
 * invoice's own page is not carried over, since its id belongs to the other organization.
 */
export function OrganizationSwitcher({
  organizations,
  currentId,
  section,
}: {
  organizations: readonly ConnectedOrganization[];
  currentId: string | undefined;
  section: string;
}) {
  const [, navigate] = useLocation();
  const open = (id: string) => navigate(id === '' ? '/' : organizationPath(id, section === '' ? '' : `/${section}`));
  return (
    <div className="organization-switcher">
      <label htmlFor="organization-switcher">
        <Trans>Organization</Trans>
      </label>
      <select id="organization-switcher" value={currentId ?? ''} onChange={(event) => open(event.target.value)}>
        <option value="">
          <Trans>All organizations</Trans>
        </option>
        {organizations.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.legal_name} ({organization.legal_country})
          </option>
        ))}
      </select>
      {organizations.length >= searchFrom && <OrganizationSearch organizations={organizations} onPick={open} />}
    </div>
  );
}
