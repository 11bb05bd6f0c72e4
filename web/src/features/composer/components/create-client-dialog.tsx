import {
  clientCreatePayloadSchema,
  invoiceCurrencies,
  pointerToFieldPath,
  zodIssuesToQontoErrors,
  type Client,
  type QontoError,
} from '@composer/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ApiError } from '../../../lib/api-error.ts';
import { useCreateClient } from '../api/clients.ts';
import { fieldMessage } from '../model/form-fields.ts';

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
  onClose: () => void;
  onCreated: (client: Client) => void;
}

/** Creates a client in Qonto without leaving the invoice (a modal dialog outside the invoice form). */
export function CreateClientDialog({ open, defaultCountry, onClose, onCreated }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const createClient = useCreateClient();
  const [form, setForm] = useState<ClientForm>(
    () =>
      ({
        kind: 'company',
        ...Object.fromEntries(fields.map((name) => [name, ''])),
        country_code: defaultCountry,
        currency: 'EUR',
        locale: defaultCountry.toLowerCase() === 'fr' ? 'fr' : 'en',
      }) as ClientForm,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const payload = toPayload(form);
    const parsed = clientCreatePayloadSchema.safeParse(payload);
    if (!parsed.success) {
      setErrors(errorsByField(zodIssuesToQontoErrors(parsed.error, payload)));
      return;
    }
    setErrors({});
    createClient.mutate(parsed.data, {
      onSuccess: (client) => {
        onCreated(client);
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError) setErrors(errorsByField(error.errors));
      },
    });
  };

  const input = (name: keyof ClientForm, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`new-client-${name}`}>{label}</label>
      <input
        id={`new-client-${name}`}
        type={type}
        value={form[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`new-client-${name}-error`}
        onChange={(event) => setForm((current) => ({ ...current, [name]: event.target.value }))}
      />
      <span id={`new-client-${name}-error`} className="field-error">
        {errors[name]}
      </span>
    </div>
  );

  return createPortal(
    <dialog ref={dialog} aria-labelledby="create-client-title" className="dialog" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="create-client-title">New client</h2>
        <fieldset className="radio-row">
          <legend>Kind</legend>
          {(['company', 'individual'] as const).map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="radio"
                name="new-client-kind"
                value={kind}
                checked={form.kind === kind}
                onChange={() => setForm((current) => ({ ...current, kind }))}
              />
              {kind === 'company' ? 'Company' : 'Individual'}
            </label>
          ))}
        </fieldset>
        <div className="grid-2">
          {form.kind === 'company' ? (
            input('name', 'Company name')
          ) : (
            <>
              {input('first_name', 'First name')}
              {input('last_name', 'Last name')}
            </>
          )}
          {input('email', 'E-mail', 'email')}
          {input('vat_number', 'VAT number')}
          {input('tax_identification_number', 'SIREN/SIRET or tax id')}
          {input('street_address', 'Street address')}
          {input('zip_code', 'Postal code')}
          {input('city', 'City')}
          {input('country_code', 'Country code (e.g. FR)')}
          <div className="field">
            <label htmlFor="new-client-currency">Currency</label>
            <select
              id="new-client-currency"
              value={form.currency}
              onChange={(event) => setForm((current) => ({ ...current, currency: event.target.value }))}
            >
              {invoiceCurrencies.map((currency) => (
                <option key={currency}>{currency}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-client-locale">Language</label>
            <select
              id="new-client-locale"
              value={form.locale}
              onChange={(event) => setForm((current) => ({ ...current, locale: event.target.value }))}
            >
              <option value="fr">French</option>
              <option value="en">English</option>
              <option value="it">Italian</option>
              <option value="de">German</option>
              <option value="es">Spanish</option>
            </select>
          </div>
        </div>
        {errors.form && (
          <p className="error-message" role="alert">
            {errors.form}
          </p>
        )}
        {createClient.isError && !(createClient.error instanceof ApiError && createClient.error.status === 422) && (
          <ErrorMessage error={createClient.error} title="The client could not be created." />
        )}
        <div className="dialog-actions">
          <button type="submit" className="button-primary" disabled={createClient.isPending}>
            Create client
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
