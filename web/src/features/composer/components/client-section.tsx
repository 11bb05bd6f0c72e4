import type { Client, OrganizationFacts } from '@composer/shared';
import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useClient } from '../api/clients.ts';
import type { ComposerValues } from '../model/composer-values.ts';
import { ClientCard } from './client-card.tsx';
import { ClientPicker } from './client-picker.tsx';
import { CreateClientDialog } from './create-client-dialog.tsx';
import { errorId, FieldError, messageOf } from './field-error.tsx';

export function ClientSection({
  control,
  organization,
  onChanged,
}: {
  control: Control<ComposerValues>;
  organization: OrganizationFacts;
  onChanged: () => void;
}) {
  const { field, fieldState } = useController({ control, name: 'client_id' });
  const client = useClient(field.value);
  const [creating, setCreating] = useState(false);
  const change = (id: string) => {
    field.onChange(id);
    onChanged();
  };
  const select = (chosen: Client) => change(chosen.id);
  return (
    <fieldset className="section">
      <legend>Client</legend>
      {field.value && client.data ? (
        <>
          <ClientCard client={client.data} organization={organization} />
          <button type="button" ref={field.ref} onClick={() => change('')} aria-describedby={errorId('client_id')}>
            Change client
          </button>
        </>
      ) : (
        <div className="field">
          <label htmlFor="field-client_id">Client</label>
          <ClientPicker
            inputRef={field.ref}
            invalid={fieldState.invalid}
            describedBy={errorId('client_id')}
            onSelect={select}
            onBlur={field.onBlur}
          />
        </div>
      )}
      {field.value && client.isPending && <p role="status">Loading the client…</p>}
      <FieldError name="client_id" message={messageOf(fieldState.error)} />
      <button type="button" onClick={() => setCreating(true)}>
        Create a client
      </button>
      {creating && (
        <CreateClientDialog
          open={creating}
          defaultCountry={organization.legal_country}
          onClose={() => setCreating(false)}
          onCreated={select}
        />
      )}
    </fieldset>
  );
}
