import { Trans, useLingui } from '@lingui/react/macro';
import { clientDisplayName, type Client } from '@composer/shared';
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
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
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = useDebouncedValue(text, 250);
  const search = useClientSearch(term, open);
  const options = search.data?.clients ?? [];
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (client: Client | undefined) => {
    if (!client) return;
    onSelect(client);
    setText('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="client-picker">
      <input
        id="field-client_id"
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={t`Search by name`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          onBlur();
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t`Clients`} className="client-options" hidden={!open}>
        {search.isFetching && options.length === 0 && (
          <li className="muted">
            <Trans>Searching…</Trans>
          </li>
        )}
        {!search.isFetching && open && options.length === 0 && (
          <li className="muted">
            <Trans>No client matches “{term}”.</Trans>
          </li>
        )}
        {options.map((client, index) => (
          <li
            key={client.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(client);
            }}
          >
            <span>{clientDisplayName(client)}</span>
            <span className="muted">{[client.billing_address?.city, client.currency ?? t`no currency`].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
