import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { matchOrganizations } from '../lib/match-organizations.ts';
import type { ConnectedOrganization } from '../lib/session.ts';
import { useCombobox } from '../lib/use-combobox.ts';

/** Finds an organization by any part of its name or its country (ARIA combobox); picking one opens it. */
export function OrganizationSearch({
  organizations,
  onPick,
}: {
  organizations: readonly ConnectedOrganization[];
  onPick: (organizationId: string) => void;
}) {
  const { t } = useLingui();
  const [typed, setTyped] = useState('');
  const combobox = useCombobox();
  const matches = matchOrganizations(organizations, typed);
  const expanded = combobox.open && matches.length > 0;
  const count = matches.length;

  const pick = (index: number) => {
    const organization = matches[index];
    if (!organization) return;
    setTyped('');
    combobox.setOpen(false);
    onPick(organization.id);
  };

  return (
    <div className="organization-search">
      <label htmlFor="organization-search">
        <Trans>Find an organization</Trans>
      </label>
      <input
        id="organization-search"
        type="search"
        {...combobox.inputProps(expanded)}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          combobox.typed();
        }}
        onBlur={() => combobox.setOpen(false)}
        onKeyDown={(event) => combobox.onKeyDown(event, expanded ? count : 0, pick)}
      />
      <ul id={combobox.listId} role="listbox" aria-label={t`Organizations found`} className="organization-options" hidden={!expanded}>
        {matches.map((organization, index) => (
          <li key={organization.id} {...combobox.optionProps(index, pick)}>
            {organization.legal_name} ({organization.legal_country})
          </li>
        ))}
      </ul>
      <span role="status" className="visually-hidden">
        {typed.trim() !== '' && (
          <Plural value={count} _0="No organization matches." one="# organization matches." other="# organizations match." />
        )}
      </span>
    </div>
  );
}
