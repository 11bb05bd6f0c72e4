import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { clientFacts } from '@composer/shared/rules/client-invoiceability';
import { organizationProfile } from '@composer/shared/rules/organization-profile';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import type { OrganizationResponse } from '@composer/shared/schemas/organization';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useWatch, type FieldErrors } from 'react-hook-form';
import { ApiError } from '../../../lib/api-error.ts';
import { useClient } from '../api/clients.ts';
import { useCreateClientInvoice } from '../api/create-client-invoice.ts';
import { useUpdateClientInvoice } from '../api/update-client-invoice.ts';
import { ComposerFormProvider, useComposerFormSetup, type ComposerSettings } from '../form/composer-form.tsx';
import { changedPath } from '../form/form-changes.ts';
import { useDraftAutosave } from '../hooks/use-draft-autosave.ts';
import type { ComposerValues } from '../model/composer-values.ts';
import { clearDraft, saveDraft, type DraftScope, type StoredDraft } from '../model/draft-storage.ts';
import { draftUpdateBody } from '../model/draft-update-body.ts';
import { newIdempotencyKey } from '../../../lib/new-idempotency-key.ts';
import { placeQontoErrors } from '../model/place-qonto-errors.ts';
import type { ComposerContext } from '../model/validate-composer.ts';
import { AttachmentSection } from './attachment-section.tsx';
import { ClientSection } from './client-section.tsx';
import { DatesSection } from './dates-section.tsx';
import { DiscountSection } from './discount-section.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { InvoiceLivePreview } from './invoice-live-preview.tsx';
import { ItalySection } from './italy-section.tsx';
import { ItemsSection } from './items-section.tsx';
import { NumberSection } from './number-section.tsx';
import { PaymentSection } from './payment-section.tsx';
import { ReformMentionsSection } from './reform-mentions-section.tsx';
import { SettingsOverridesSection } from './settings-overrides-section.tsx';
import { SpainSection } from './spain-section.tsx';
import { TextsSection } from './texts-section.tsx';
import { TotalsPanel } from './totals-panel.tsx';

export interface InvoiceFormProps {
  organization: OrganizationResponse['organization'];
  /** An Italian organization without e-invoicing activated: Qonto will refuse to create its invoices. */
  einvoicingOff: boolean;
  numberingMode: 'automatic' | 'manual';
  locale: string;
  initialValues: ComposerValues;
  restoredDraft: StoredDraft | undefined;
  /** Where the form's work is autosaved in this browser. */
  draftScope: DraftScope;
  onDiscardDraft: () => void;
  /** Create a new invoice, or save the changes to a Qonto draft (`PATCH`). */
  mode: { kind: 'create'; onCreated: (invoice: ClientInvoice, values: ComposerValues) => void } | EditMode;
}

interface EditMode {
  kind: 'edit';
  invoiceId: string;
  heading: string;
  onSaved: (invoice: ClientInvoice) => void;
}

const lostOutcome = msg`Qonto did not confirm the invoice. Nothing was lost: submit again, the same invoice will not be created twice.`;
const lostUpdate = msg`Qonto did not confirm the changes. Nothing was lost: save again.`;

/** The fields showing an error, by path ("items.1.title"), with the error's type. */
function shownErrorPaths(errors: object, prefix = ''): { path: string; type: unknown }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (key === 'root' || !value || typeof value !== 'object') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return 'message' in value && typeof value.message === 'string'
      ? [{ path, type: (value as { type?: unknown }).type }]
      : shownErrorPaths(value, path);
  });
}

/** The composer: one react-hook-form form mirroring ClientInvoiceCreatePayload, validated by the shared rules. */
export function InvoiceForm(props: InvoiceFormProps) {
  const { t, i18n } = useLingui();
  const { organization, einvoicingOff, numberingMode, locale, initialValues, restoredDraft, draftScope, onDiscardDraft, mode } = props;
  const profile = useMemo(() => organizationProfile(organization), [organization]);
  const ibans = useMemo(() => organization.bank_accounts.map((account) => account.iban), [organization]);
  const [clientId, setClientId] = useState(initialValues.client_id);
  const client = useClient(clientId);
  const context: ComposerContext = {
    locale,
    organization,
    numberingMode,
    ibans,
    client: client.data ? { id: client.data.id, ...clientFacts(client.data) } : null,
  };
  const { methods, form } = useComposerFormSetup(initialValues, context);
  const watchedClientId = useWatch({ control: methods.control, name: 'client_id' });
  if (watchedClientId !== clientId) setClientId(watchedClientId);
  const currency = client.data?.currency ?? 'EUR';
  const settings = useMemo<ComposerSettings>(
    () => ({ organization, profile, numberingMode, locale, currency }),
    [organization, profile, numberingMode, locale, currency],
  );

  // The rules' messages are worded when checked: after a language switch, shown ones are checked again in
  // the new language (Qonto's own answers are left as they are: checking again would drop them).
  const checkedIn = useRef(i18n.locale);
  const { errors } = methods.formState;
  useEffect(() => {
    if (checkedIn.current === i18n.locale) return;
    checkedIn.current = i18n.locale;
    const shown = shownErrorPaths(errors);
    if (shown.length > 0 && !shown.some(({ type }) => type === 'server')) void methods.trigger(shown.map(({ path }) => path) as never);
  }, [i18n.locale, methods, errors]);

  const pendingSubmit = useRef<StoredDraft['pendingSubmit']>(restoredDraft?.pendingSubmit);
  const unsavedRef = useDraftAutosave(form, draftScope, pendingSubmit, restoredDraft !== undefined, locale);
  const createInvoice = useCreateClientInvoice();
  const updateInvoice = useUpdateClientInvoice();
  // Created: the buttons stay disabled while the confirmation's code loads (a second press would create another).
  const [created, setCreated] = useState(false);
  const pending = createInvoice.isPending || updateInvoice.isPending || created;
  const [summary, setSummary] = useState<{ messages: string[]; traceId?: string | undefined }>({ messages: [] });
  const [enlarged, setEnlarged] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const showSummary = (messages: string[], traceId?: string) => {
    setSummary({ messages, traceId });
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = (status: 'draft' | 'unpaid') =>
    methods.handleSubmit(
      async (payload) => {
        setSummary({ messages: [] });
        const values = form.getValues();
        const created = { ...payload, status };
        const body = mode.kind === 'edit' ? draftUpdateBody(payload) : created;
        const fingerprint = JSON.stringify(body);
        const idempotencyKey =
          pendingSubmit.current?.payloadHash === fingerprint ? pendingSubmit.current.idempotencyKey : newIdempotencyKey();
        pendingSubmit.current = { idempotencyKey, payloadHash: fingerprint };
        saveDraft(draftScope, { values, savedAt: new Date().toISOString(), locale, pendingSubmit: pendingSubmit.current });
        const lost = t(mode.kind === 'edit' ? lostUpdate : lostOutcome);
        try {
          const invoice =
            mode.kind === 'edit'
              ? await updateInvoice.mutateAsync({ invoiceId: mode.invoiceId, body, idempotencyKey })
              : await createInvoice.mutateAsync({ payload: created, idempotencyKey });
          pendingSubmit.current = undefined;
          unsavedRef.current = false;
          clearDraft(draftScope);
          if (mode.kind === 'edit') mode.onSaved(invoice);
          else {
            setCreated(true);
            mode.onCreated(invoice, values);
          }
        } catch (error) {
          if (!(error instanceof ApiError)) return showSummary([lost]);
          if (error.needsReconnect)
            return showSummary([
              t`The connection to Qonto has expired. Reconnect with the button above, then submit again: this invoice is kept.`,
            ]);
          if (error.status === 0 || error.status >= 500)
            return showSummary([lost, ...error.errors.map((item) => item.detail ?? item.code)], error.traceId);
          pendingSubmit.current = undefined;
          const placed = placeQontoErrors(error.errors, profile);
          for (const problem of placed.fieldErrors) methods.setError(problem.field as never, { type: 'server', message: problem.message });
          setSummary({ messages: placed.formErrors, traceId: error.traceId });
          const first = placed.fieldErrors[0];
          if (first) methods.setFocus(first.field as never);
          else requestAnimationFrame(() => summaryRef.current?.focus());
        }
      },
      (errors: FieldErrors<ComposerValues>) => {
        const root = errors.root?.message;
        if (root) showSummary(root.split('\n'));
        else setSummary({ messages: [] });
      },
    );

  return (
    <ComposerFormProvider methods={methods} form={form} settings={settings}>
      <div className={enlarged ? 'composer-layout composer-layout-enlarged' : 'composer-layout'}>
        {/* Not a <form>: Chromium answers every property read on a form element (React reads one per event
            it dispatches) by searching its named controls after each DOM change, which with 300 lines costs
            milliseconds per key press. Enter in a field never submitted this composer anyway. */}
        <div
          role="form"
          className="composer-form"
          onChange={(event) => form.changes.emit(changedPath(event.target))}
          aria-labelledby="composer-title"
        >
          <div className="composer-heading">
            <h1 id="composer-title">{mode.kind === 'edit' ? mode.heading : t`New invoice`}</h1>
            {restoredDraft && (
              <p role="status" className="draft-status">
                {mode.kind === 'edit' ? t`Unsaved changes restored from` : t`Draft restored from`}{' '}
                {new Date(restoredDraft.savedAt).toLocaleString(locale)}.{' '}
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() => {
                    unsavedRef.current = false;
                    onDiscardDraft();
                  }}
                >
                  {mode.kind === 'edit' ? t`Discard changes` : t`Discard draft`}
                </button>
              </p>
            )}
          </div>
          {einvoicingOff && (
            <div className="notice notice-warning" role="note" aria-labelledby="einvoicing-off-title">
              <h2 id="einvoicing-off-title">
                <Trans>E-invoicing is not activated</Trans>
              </h2>
              <p>
                <Trans>
                  Qonto creates invoices for Italian organizations only once e-invoicing (SdI) is activated. Activate it in the Qonto app,
                  under Settings › E-invoicing, then come back: you can prepare this invoice now, it is kept as a draft in this browser.
                </Trans>
              </p>
            </div>
          )}
          <ErrorSummary ref={summaryRef} messages={summary.messages} traceId={summary.traceId} />
          <ClientSection />
          <DatesSection />
          <NumberSection />
          <ItemsSection />
          <DiscountSection />
          <PaymentSection />
          <TextsSection />
          {profile.italianBlocks && <ItalySection />}
          {profile.withholding === 'irpf' && <SpainSection />}
          {profile.reformMentions && <ReformMentionsSection />}
          <SettingsOverridesSection />
          <AttachmentSection />
          <div className="form-actions">
            {mode.kind === 'edit' ? (
              <button type="button" className="button-primary" onClick={(event) => submit('unpaid')(event)} disabled={pending}>
                <Trans>Save changes</Trans>
              </button>
            ) : (
              <>
                <button type="button" onClick={(event) => submit('draft')(event)} disabled={pending}>
                  <Trans>Save as draft</Trans>
                </button>
                <button type="button" className="button-primary" onClick={(event) => submit('unpaid')(event)} disabled={pending}>
                  <Trans>Create invoice</Trans>
                </button>
              </>
            )}
            {pending && (
              <span role="status">
                <Trans>Sending to Qonto…</Trans>
              </span>
            )}
          </div>
        </div>
        <div className="composer-side">
          <TotalsPanel />
          <InvoiceLivePreview client={client.data} enlarged={enlarged} onEnlarge={setEnlarged} />
        </div>
      </div>
    </ComposerFormProvider>
  );
}
