import { Trans } from '@lingui/react/macro';
import { useNavigate } from 'react-router';
import { organizationPath } from '../lib/organization-scope.ts';
import type { ConnectedOrganization } from '../lib/session.ts';

/**
 * A native select: keyboard-complete, and typing a name's first letters finds it however many organizations
 * there are. Switching keeps the section (invoices stay invoices); an invoice's own page is not carried
 * over, since its id belongs to the other organization.
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
  const navigate = useNavigate();
  return (
    <div className="organization-switcher">
      <label htmlFor="organization-switcher">
        <Trans>Organization</Trans>
      </label>
      <select
        id="organization-switcher"
        value={currentId ?? ''}
        onChange={(event) => {
          const id = event.target.value;
          void navigate(id === '' ? '/' : organizationPath(id, section === '' ? '' : `/${section}`));
        }}
      >
        <option value="">
          <Trans>All organizations</Trans>
        </option>
        {organizations.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.legal_name} ({organization.legal_country})
          </option>
        ))}
      </select>
    </div>
  );
}
