import type { ClientInvoice } from '@composer/shared';
import { useState } from 'react';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { userLocale } from '../../../lib/user-locale.ts';
import { useEinvoicingSettings, useOrganization, useSettings } from '../../../lib/organization-queries.ts';
import { emptyComposer, todayIso, type ComposerValues } from '../model/composer-values.ts';
import { defaultVatRate } from '../model/country-rules.ts';
import { clearDraft, loadDraft, type StoredDraft } from '../model/draft-storage.ts';
import { InvoiceCreated } from './invoice-created.tsx';
import { InvoiceForm } from './invoice-form.tsx';

type View =
  | { kind: 'form'; key: number; initial: ComposerValues | null; restored: StoredDraft | undefined }
  | { kind: 'created'; invoice: ClientInvoice; values: ComposerValues };

export function ComposerPage() {
  const organization = useOrganization();
  const settings = useSettings();
  const italian = organization.data?.organization.legal_country === 'IT';
  const einvoicing = useEinvoicingSettings(italian);
  const [view, setView] = useState<View>({ kind: 'form', key: 0, initial: null, restored: undefined });
  const locale = userLocale();
  if (organization.isPending || settings.isPending) return <p role="status">Loading your organization…</p>;
  if (organization.isError) return <ErrorMessage error={organization.error} title="Your organization could not be loaded." />;
  if (settings.isError) return <ErrorMessage error={settings.error} title="Your invoicing settings could not be loaded." />;
  const org = organization.data.organization;
  const mainIban = (org.bank_accounts.find((account) => account.main) ?? org.bank_accounts[0])?.iban ?? '';
  const blank = () => emptyComposer({ iban: mainIban, vatRate: defaultVatRate(org.legal_country) });
  const numberingMode = settings.data.numbering_mode === 'automatic' ? 'automatic' : 'manual';

  if (view.kind === 'created') {
    return (
      <InvoiceCreated
        invoice={view.invoice}
        onCreateAnother={() => setView({ kind: 'form', key: Date.now(), initial: blank(), restored: undefined })}
        onDuplicate={() =>
          setView({
            kind: 'form',
            key: Date.now(),
            initial: {
              ...view.values,
              number: '',
              upload_id: '',
              issue_date: todayIso(),
              due_preset: view.values.due_preset === 'custom' ? '30' : view.values.due_preset,
            },
            restored: undefined,
          })
        }
      />
    );
  }
  const restored = view.initial === null ? loadDraft(org.id) : view.restored;
  const initial = view.initial ?? restored?.values ?? blank();
  return (
    <InvoiceForm
      key={view.key}
      organization={org}
      einvoicingOff={italian && einvoicing.data?.sending_status === 'disabled'}
      numberingMode={numberingMode}
      locale={locale}
      initialValues={initial}
      restoredDraft={restored}
      onDiscardDraft={() => {
        clearDraft(org.id);
        setView({ kind: 'form', key: Date.now(), initial: blank(), restored: undefined });
      }}
      onCreated={(invoice, values) => setView({ kind: 'created', invoice, values })}
    />
  );
}

export { ComposerPage as Component };
