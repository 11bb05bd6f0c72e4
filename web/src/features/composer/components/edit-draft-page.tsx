import { Trans, useLingui } from '@lingui/react/macro';
import { organizationProfile } from '@composer/shared/rules/organization-profile';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { clientInvoiceQuery } from '../../../lib/client-invoice-query.ts';
import { useEinvoicingSettings, useOrganization, useSettings } from '../../../lib/organization-queries.ts';
import { userLocale } from '../../../lib/user-locale.ts';
import { clearDraft, editDraftScope, loadDraft } from '../model/draft-storage.ts';
import { invoiceToComposer } from '../model/invoice-to-composer.ts';
import { InvoiceForm } from './invoice-form.tsx';
import { useOrganizationId, useOrganizationPath } from '../../../lib/organization-scope.ts';

/**
 * A Qonto draft opened in the composer. Changes are autosaved in this browser under the draft's own key
 * (a reload restores them) and saved to Qonto with `PATCH`; then the invoice's page opens again.
 */
export function EditDraftPage() {
  const { t } = useLingui();
  const { invoiceId = '' } = useParams<{ invoiceId?: string }>();
  const [, navigate] = useLocation();
  const organization = useOrganization();
  const settings = useSettings();
  const invoice = useQuery(clientInvoiceQuery(useOrganizationId(), invoiceId));
  const inOrganization = useOrganizationPath();
  const italian = organization.data ? organizationProfile(organization.data.organization).needsEinvoicingActivated : false;
  const einvoicing = useEinvoicingSettings(italian);
  const [formKey, setFormKey] = useState(0);
  // Fixed for the page's life: numbers typed before a language switch are read in the format they were typed in.
  const [locale] = useState(userLocale);
  const back = (
    <Link to={inOrganization(`/invoices/${encodeURIComponent(invoiceId)}`)}>
      <Trans>Back to the invoice</Trans>
    </Link>
  );

  if (organization.isPending || settings.isPending || invoice.isPending)
    return (
      <p role="status">
        <Trans>Loading the draft…</Trans>
      </p>
    );
  if (organization.isError) return <ErrorMessage error={organization.error} title={t`Your organization could not be loaded.`} />;
  if (settings.isError) return <ErrorMessage error={settings.error} title={t`Your invoicing settings could not be loaded.`} />;
  if (invoice.isError)
    return (
      <section aria-labelledby="edit-error-title">
        <h1 id="edit-error-title">
          <Trans>Edit draft</Trans>
        </h1>
        <ErrorMessage error={invoice.error} title={t`This invoice could not be loaded.`} />
        {back}
      </section>
    );
  const draft = invoice.data.client_invoice;
  if (draft.status !== 'draft')
    return (
      <section aria-labelledby="edit-error-title">
        <h1 id="edit-error-title">
          <Trans>This invoice is no longer a draft</Trans>
        </h1>
        <p>
          <Trans>Qonto keeps a finalized invoice as it was issued: correct it with a credit note instead.</Trans>
        </p>
        {back}
      </section>
    );

  const org = organization.data.organization;
  const scope = editDraftScope(org.id, draft.id);
  const restored = loadDraft(scope);
  return (
    <InvoiceForm
      key={formKey}
      organization={org}
      einvoicingOff={italian && einvoicing.data?.sending_status === 'disabled'}
      numberingMode={settings.data.numbering_mode === 'automatic' ? 'automatic' : 'manual'}
      locale={restored?.locale ?? locale}
      initialValues={restored?.values ?? invoiceToComposer(draft, locale)}
      restoredDraft={restored}
      draftScope={scope}
      onDiscardDraft={() => {
        clearDraft(scope);
        setFormKey((key) => key + 1);
      }}
      mode={{
        kind: 'edit',
        invoiceId: draft.id,
        heading: draft.number ? t`Edit draft ${draft.number}` : t`Edit draft invoice`,
        onSaved: (saved) => navigate(inOrganization(`/invoices/${encodeURIComponent(saved.id)}`), { state: { saved: true } }),
      }}
    />
  );
}

export { EditDraftPage as Component };
