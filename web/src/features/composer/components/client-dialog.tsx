import { Trans, useLingui } from '@lingui/react/macro';
import { invoiceCurrencies } from '@composer/shared/constants/currencies';
import type { QontoError } from '@composer/shared/errors/error-envelope';
import { pointerToFieldPath } from '@composer/shared/errors/pointer-to-field';
import { zodIssuesToQontoErrors } from '@composer/shared/errors/zod-issues-to-qonto-errors';
import { clientCreatePayloadSchema, clientUpdatePayloadSchema, clientDisplayName, type Client } from '@composer/shared/schemas/client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ApiError } from '../../../lib/api-error.ts';
import { useCreateClient, useUpdateClient } from '../api/clients.ts';
import { fieldMessage } from '../../../lib/field-message.ts';
import { MessageText } from '../../../components/message-text.tsx';

const fields = [
  'name',
  'first_name',
  'last_name',
  'email',
  'vat_number',
  'tax_identification_number',
  'street_address',
  'zip_code',
  'city',
  'country_code',
  'currency',
  'locale',
] as const;
type ClientForm = Record<(typeof fields)[number] | 'kind', string>;

function toPayload(form: ClientForm): Record<string, unknown> {
  const value = (name: keyof ClientForm) => (form[name].trim() === '' ? undefined : form[name].trim());
  const payload: Record<string, unknown> = { kind: form.kind };
  if (form.kind === 'company') payload.name = value('name');
  else Object.assign(payload, { first_name: value('first_name'), last_name: value('last_name') });
  for (const name of ['email', 'vat_number', 'tax_identification_number', 'currency', 'locale'] as const) payload[name] = value(name);
  if (value('street_address') || value('city') || value('zip_code')) {
    payload.billing_address = {
      street_address: value('street_address'),
      city: value('city'),
      zip_code: value('zip_code'),
      country_code: value('country_code')?.toUpperCase(),
    };
  }
  return JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
}

/** What an edit sends: only the fields the user changed (PATCH keeps the others as they are). */
function changedFields(payload: Record<string, unknown>, before: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (name !== 'kind' && JSON.stringify(value) !== JSON.stringify(before[name])) changed[name] = value;
  }
  return changed;
}

function formOf(client: Client): ClientForm {
  const address = client.billing_address;
  return {
    kind: client.kind ?? client.type ?? 'company',
    name: client.name ?? '',
    first_name: client.first_name ?? '',
    last_name: client.last_name ?? '',
    email: client.email ?? '',
    vat_number: client.vat_number ?? '',
    tax_identification_number: client.tax_identification_number ?? '',
    street_address: address?.street_address ?? '',
    zip_code: address?.zip_code ?? '',
    city: address?.city ?? '',
    country_code: address?.country_code ?? '',
    currency: client.currency ?? 'EUR',
    locale: client.locale?.toLowerCase() ?? 'en',
  };
}

function errorsByField(errors: readonly QontoError[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const path = error.source?.pointer ? pointerToFieldPath(error.source.pointer) : undefined;
    const field = path?.replace(/^billing_address\./, '') ?? 'form';
    byField[field] ??= fieldMessage(error.detail, error.code);
  }
  return byField;
}

interface Props {
  open: boolean;
  defaultCountry: string;
  /** The client to edit; without it, a new client is created. */
  client?: Client;
  onClose: () => void;
  onSaved: (client: Client) => void;
}

/**
 * Creates a client in Qonto, or edits one (e.g. to add the SIREN the French reform asks for), without
 * leaving the invoice (a modal dialog outside the invoice form).
 */
export function ClientDialog({ open, defaultCountry, client, onClose, onSaved }: Props) {
  const { t } = useLingui();
  const dialog = useRef<HTMLDialogElement>(null);
  const createClient = useCreateClient();
  const updateClient = useUpdateClient();
  const saving = client ? updateClient : createClient;
  const [initial] = useState<ClientForm>(() =>
    client
      ? formOf(client)
      : ({
          kind: 'company',
          ...Object.fromEntries(fields.map((name) => [name, ''])),
          country_code: defaultCountry,
          currency: 'EUR',
          locale: defaultCountry.toLowerCase() === 'fr' ? 'fr' : 'en',
        } as ClientForm),
  );
  const [form, setForm] = useState<ClientForm>(initial);
  const prefix = client ? 'edit-client' : 'new-client';
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const payload = client ? changedFields(toPayload(form), toPayload(initial)) : toPayload(form);
    const parsed = (client ? clientUpdatePayloadSchema : clientCreatePayloadSchema).safeParse(payload);
    if (!parsed.success) {
      setErrors(errorsByField(zodIssuesToQontoErrors(parsed.error, payload)));
      return;
    }
    setErrors({});
    const handlers = {
      onSuccess: (saved: Client) => {
        onSaved(saved);
        onClose();
      },
      onError: (error: Error) => {
        if (error instanceof ApiError) setErrors(errorsByField(error.errors));
      },
    };
    if (client) updateClient.mutate({ id: client.id, payload: parsed.data }, handlers);
    else createClient.mutate(parsed.data as Parameters<typeof createClient.mutate>[0], handlers);
  };

  const input = (name: keyof ClientForm, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${prefix}-${name}`}>{label}</label>
      <input
        id={`${prefix}-${name}`}
        type={type}
        value={form[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${prefix}-${name}-error`}
        onChange={(event) => setForm((current) => ({ ...current, [name]: event.target.value }))}
      />
      <span id={`${prefix}-${name}-error`} className="field-error">
        {errors[name] && <MessageText text={errors[name]} />}
      </span>
    </div>
  );

  return createPortal(
    <dialog ref={dialog} aria-labelledby={`${prefix}-title`} className="dialog" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${prefix}-title`}>{client ? t`Edit ${clientDisplayName(client)}` : t`New client`}</h2>
        {client && (
          <p className="field-hint">
            <Trans>Saved in Qonto for every invoice of this client; fields left empty are kept as they are.</Trans>
          </p>
        )}
        <fieldset className="radio-row" disabled={Boolean(client)}>
          <legend>
            <Trans>Kind</Trans>
          </legend>
          {(['company', 'individual'] as const).map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="radio"
                name={`${prefix}-kind`}
                value={kind}
                checked={form.kind === kind}
                onChange={() => setForm((current) => ({ ...current, kind }))}
              />
              {kind === 'company' ? t`Company` : t`Individual`}
            </label>
          ))}
        </fieldset>
        <div className="grid-2">
          {form.kind === 'company' ? (
            input('name', t`Company name`)
          ) : (
            <>
              {input('first_name', t`First name`)}
              {input('last_name', t`Last name`)}
            </>
          )}
          {input('email', 'E-mail', 'email')}
          {input('vat_number', t`VAT number`)}
          {input('tax_identification_number', t`SIREN/SIRET or tax id`)}
          {input('street_address', t`Street address`)}
          {input('zip_code', t`Postal code`)}
          {input('city', t`City`)}
          {input('country_code', t`Country code (e.g. FR)`)}
          <div className="field">
            <label htmlFor={`${prefix}-currency`}>
              <Trans>Currency</Trans>
            </label>
            <select
              id={`${prefix}-currency`}
              value={form.currency}
              onChange={(event) => setForm((current) => ({ ...current, currency: event.target.value }))}
            >
              {invoiceCurrencies.map((currency) => (
                <option key={currency}>{currency}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-locale`}>
              <Trans>Language</Trans>
            </label>
            <select
              id={`${prefix}-locale`}
              value={form.locale}
              onChange={(event) => setForm((current) => ({ ...current, locale: event.target.value }))}
            >
              <option value="fr">
                <Trans>French</Trans>
              </option>
              <option value="en">
                <Trans>English</Trans>
              </option>
              <option value="it">
                <Trans>Italian</Trans>
              </option>
              <option value="de">
                <Trans>German</Trans>
              </option>
              <option value="es">
                <Trans>Spanish</Trans>
              </option>
            </select>
          </div>
        </div>
        {errors.form && (
          <p className="error-message" role="alert">
            <MessageText text={errors.form} />
          </p>
        )}
        {saving.isError && !(saving.error instanceof ApiError && saving.error.status === 422) && (
          <ErrorMessage error={saving.error} title={client ? t`The client could not be saved.` : t`The client could not be created.`} />
        )}
        <div className="dialog-actions">
          <button type="submit" className="button-primary" disabled={saving.isPending}>
            {client ? t`Save client` : t`Create client`}
          </button>
          <button type="button" onClick={onClose}>
            <Trans>Cancel</Trans>
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
