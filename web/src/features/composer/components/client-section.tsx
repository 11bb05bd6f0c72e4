import type { Client } from '@composer/shared';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useClient } from '../api/clients.ts';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { ClientCard } from './client-card.tsx';
import { ClientPicker } from './client-picker.tsx';
import { CreateClientDialog } from './create-client-dialog.tsx';
import { errorId, FieldError, messageOf } from './field-error.tsx';

export function ClientSection() {
  const { control, setValue } = useComposerForm();
  const { organization, profile } = useComposerSettings();
  // The controller registers the field, so a refused client moves focus here like any other field.
  const {
    field: { ref: focusTarget, value: clientId, onBlur },
    fieldState: { invalid, error },
  } = useController({ control, name: 'client_id' });
  const client = useClient(clientId);
  const [creating, setCreating] = useState(false);
  const select = (chosen: Client) => setValue('client_id', chosen.id);
  return (
    <fieldset className="section">
      <legend>Client</legend>
      {clientId && client.data ? (
        <>
          <ClientCard client={client.data} profile={profile} />
          <button
            type="button"
            id="change-client"
            ref={focusTarget}
            onClick={() => setValue('client_id', '')}
            aria-describedby={errorId('client_id')}
          >
            Change client
          </button>
        </>
      ) : (
        <div className="field">
          <label htmlFor="field-client_id">Client</label>
          <ClientPicker inputRef={focusTarget} invalid={invalid} describedBy={errorId('client_id')} onSelect={select} onBlur={onBlur} />
        </div>
      )}
      {clientId && client.isPending && <p role="status">Loading the client…</p>}
      <FieldError name="client_id" message={messageOf(error)} />
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
