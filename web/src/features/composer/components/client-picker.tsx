import { Trans, useLingui } from '@lingui/react/macro';
import { clientDisplayName, type Client } from '@composer/shared/schemas/client';
import { useState, type KeyboardEvent, type Ref } from 'react';
import { useCombobox } from '../../../lib/use-combobox.ts';
import { useClientSearch } from '../api/clients.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';

interface ClientPickerProps {
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  describedBy: string;
  onSelect: (client: Client) => void;
  onBlur: () => void;
}

/** A searchable client list (ARIA combobox): type to search Qonto by name, arrows and Enter to choose. */
export function ClientPicker({ inputRef, invalid, describedBy, onSelect, onBlur }: ClientPickerProps) {
  const { t } = useLingui();
  const [text, setText] = useState('');
  const combobox = useCombobox();
  const term = useDebouncedValue(text, 250);
  const search = useClientSearch(term, combobox.open);
  const options = search.data?.clients ?? [];

  const choose = (index: number) => {
    const client = options[index];
    if (!client) return;
    onSelect(client);
    setText('');
    combobox.setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Down opens the list when it is closed (the field was left with Escape), as the ARIA pattern asks.
    if (!combobox.open && event.key === 'ArrowDown') {
      event.preventDefault();
      combobox.setOpen(true);
      return;
    }
    combobox.onKeyDown(event, combobox.open ? options.length : 0, choose);
  };

  return (
    <div className="client-picker">
      <input
        id="field-client_id"
        ref={inputRef}
        type="text"
        {...combobox.inputProps(combobox.open && options.length > 0)}
        // Open also while it says "Searching…" or that nothing matches, before any option is there.
        aria-expanded={combobox.open}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={t`Search by name`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          combobox.typed();
        }}
        onFocus={() => combobox.setOpen(true)}
        onBlur={() => {
          combobox.setOpen(false);
          onBlur();
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={combobox.listId} role="listbox" aria-label={t`Clients`} className="client-options" hidden={!combobox.open}>
        {search.isFetching && options.length === 0 && (
          <li className="muted">
            <Trans>Searching…</Trans>
          </li>
        )}
        {!search.isFetching && combobox.open && options.length === 0 && (
          <li className="muted">
            <Trans>No client matches “{term}”.</Trans>
          </li>
        )}
        {options.map((client, index) => (
          <li key={client.id} {...combobox.optionProps(index, choose)}>
            <span>{clientDisplayName(client)}</span>
            <span className="muted">{[client.billing_address?.city, client.currency ?? t`no currency`].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
