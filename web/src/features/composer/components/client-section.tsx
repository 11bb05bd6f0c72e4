import { Trans } from '@lingui/react/macro';
import type { Client } from '@composer/shared/schemas/client';
import { startTransition, useEffect, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useClient } from '../api/clients.ts';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { ClientCard } from './client-card.tsx';
import { ClientPicker } from './client-picker.tsx';
import { messageOf } from '../form/form-errors.ts';
import { errorId, FieldError } from './field-error.tsx';
import { lazyPart } from '../../../components/lazy-part.tsx';

const { Part: ClientDialog, preload } = lazyPart(() => import('./client-dialog.tsx').then((module) => module.ClientDialog));

export function ClientSection() {
  const { control, setValue } = useComposerForm();
  const { organization, profile } = useComposerSettings();
  // The controller registers the field, so a refused client moves focus here like any other field.
  const {
    field: { ref: focusTarget, value: clientId, onBlur },
    fieldState: { invalid, error },
  } = useController({ control, name: 'client_id' });
  const client = useClient(clientId);
  const [dialog, setDialog] = useState<'create' | 'edit' | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to "Edit client" once the modal dialog is gone (not while it still makes the page inert).
  useEffect(() => {
    if (dialog === null && document.activeElement === document.body) editButton.current?.focus();
  }, [dialog]);
  const select = (chosen: Client) => setValue('client_id', chosen.id);
  const open = (which: 'create' | 'edit') => startTransition(() => setDialog(which));
  return (
    <fieldset className="section">
      <legend>
        <Trans>Client</Trans>
      </legend>
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
            <Trans>Change client</Trans>
          </button>
          <button type="button" id="edit-client" ref={editButton} onClick={() => open('edit')} onPointerEnter={preload} onFocus={preload}>
            <Trans>Edit client</Trans>
          </button>
        </>
      ) : (
        <div className="field">
          <label htmlFor="field-client_id">
            <Trans>Client</Trans>
          </label>
          <ClientPicker inputRef={focusTarget} invalid={invalid} describedBy={errorId('client_id')} onSelect={select} onBlur={onBlur} />
        </div>
      )}
      {clientId && client.isPending && (
        <p role="status">
          <Trans>Loading the client…</Trans>
        </p>
      )}
      <FieldError name="client_id" message={messageOf(error)} />
      <button type="button" onClick={() => open('create')} onPointerEnter={preload} onFocus={preload}>
        <Trans>Create a client</Trans>
      </button>
      {dialog === 'create' && (
        <ClientDialog open defaultCountry={organization.legal_country} onClose={() => setDialog(null)} onSaved={select} />
      )}
      {dialog === 'edit' && client.data && (
        <ClientDialog
          open
          defaultCountry={organization.legal_country}
          client={client.data}
          onClose={() => setDialog(null)}
          onSaved={() => undefined}
        />
      )}
    </fieldset>
  );
}
