import { Trans, useLingui } from '@lingui/react/macro';
import { organizationProfile } from '@composer/shared/rules/organization-profile';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { startTransition, useState } from 'react';
import { useLocationKey } from '../../../lib/routing.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { useEinvoicingSettings, useOrganization, useSettings } from '../../../lib/organization-queries.ts';
import { userLocale } from '../../../lib/user-locale.ts';
import { emptyComposer, todayIso, type ComposerValues } from '../model/composer-values.ts';
import { clearDraft, loadDraft, type StoredDraft } from '../model/draft-storage.ts';
import { formatDecimalInput } from '../model/parse-decimal-input.ts';
import { InvoiceForm } from './invoice-form.tsx';
import { lazyPart } from '../../../components/lazy-part.tsx';

const { Part: InvoiceCreated } = lazyPart(() => import('./invoice-created.tsx').then((module) => module.InvoiceCreated));

type View =
  | { kind: 'form'; key: string; initial: ComposerValues | null; restored: StoredDraft | undefined }
  /** Shown until the user navigates: "New invoice" in the navigation opens a fresh composer. */
  | { kind: 'created'; invoice: ClientInvoice; values: ComposerValues; locationKey: string };

let formCount = 0;
/** A new key for a fresh form, so React mounts it anew. */
const newFormKey = () => `form-${(formCount += 1)}`;

export function ComposerPage() {
  const { t } = useLingui();
  const organization = useOrganization();
  const settings = useSettings();
  const locationKey = useLocationKey();
  const italian = organization.data ? organizationProfile(organization.data.organization).needsEinvoicingActivated : false;
  const einvoicing = useEinvoicingSettings(italian);
  const [view, setView] = useState<View>({ kind: 'form', key: 'first', initial: null, restored: undefined });
  // Fixed for the page's life: numbers typed before a language switch are read in the format they were typed in.
  const [locale] = useState(userLocale);
  if (organization.isPending || settings.isPending)
    return (
      <p role="status">
        <Trans>Loading your organization…</Trans>
      </p>
    );
  if (organization.isError) return <ErrorMessage error={organization.error} title={t`Your organization could not be loaded.`} />;
  if (settings.isError) return <ErrorMessage error={settings.error} title={t`Your invoicing settings could not be loaded.`} />;
  const org = organization.data.organization;
  const mainIban = (org.bank_accounts.find((account) => account.main) ?? org.bank_accounts[0])?.iban ?? '';
  const vatRate = formatDecimalInput(organizationProfile(org).vatRates[0] ?? '20', locale);
  const blank = () => emptyComposer({ iban: mainIban, vatRate });
  const numberingMode = settings.data.numbering_mode === 'automatic' ? 'automatic' : 'manual';
  const fresh = () => setView({ kind: 'form', key: newFormKey(), initial: blank(), restored: undefined });

  if (view.kind === 'created' && view.locationKey === locationKey) {
    const { values } = view;
    return (
      <InvoiceCreated
        invoice={view.invoice}
        onCreateAnother={fresh}
        onDuplicate={() =>
          setView({
            kind: 'form',
            key: newFormKey(),
            initial: {
              ...values,
              number: '',
              upload_id: '',
              issue_date: todayIso(),
              due_preset: values.due_preset === 'custom' ? '30' : values.due_preset,
            },
            restored: undefined,
          })
        }
      />
    );
  }
  const formView = view.kind === 'form' ? view : { key: locationKey, initial: null, restored: undefined };
  const restored = formView.initial === null ? loadDraft(org.id) : formView.restored;
  const initial = formView.initial ?? restored?.values ?? blank();
  return (
    <InvoiceForm
      key={formView.key}
      organization={org}
      einvoicingOff={italian && einvoicing.data?.sending_status === 'disabled'}
      numberingMode={numberingMode}
      locale={restored?.locale ?? locale}
      initialValues={initial}
      restoredDraft={restored}
      draftScope={org.id}
      onDiscardDraft={() => {
        clearDraft(org.id);
        fresh();
      }}
      // The confirmation's code loads once the invoice exists; the form stays on screen meanwhile.
      mode={{
        kind: 'create',
        onCreated: (invoice, values) => startTransition(() => setView({ kind: 'created', invoice, values, locationKey })),
      }}
    />
  );
}

export { ComposerPage as Component };
