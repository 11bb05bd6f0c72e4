import { Trans } from '@lingui/react/macro';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { InvoicePreview } from '../../../components/invoice-preview.tsx';
import { InvoiceStatusBadge } from '../../../components/invoice-status-badge.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';
import { Fact } from '../../../components/fact.tsx';

export function InvoiceCreated({
  invoice,
  onCreateAnother,
  onDuplicate,
}: {
  invoice: ClientInvoice;
  onCreateAnother: () => void;
  onDuplicate: () => void;
}) {
  const inOrganization = useOrganizationPath();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="created-title" className="invoice-created">
      <h1 id="created-title" ref={heading} tabIndex={-1}>
        <Trans>Invoice {invoice.number} created</Trans>
      </h1>
      <dl className="facts">
        <Fact term={<Trans>Number</Trans>}>{invoice.number}</Fact>
        <Fact term={<Trans>Status</Trans>}>
          <InvoiceStatusBadge status={invoice.status} />
        </Fact>
        <Fact term={<Trans>Total</Trans>}>
          {invoice.total_amount ? formatMoney(invoice.total_amount.value, invoice.currency ?? 'EUR') : '—'}
        </Fact>
      </dl>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onCreateAnother}>
          <Trans>Create another</Trans>
        </button>
        <button type="button" onClick={onDuplicate}>
          <Trans>Duplicate as new invoice</Trans>
        </button>
        <Link to={inOrganization(`/invoices/${invoice.id}`)}>
          <Trans>Open in Invoices</Trans>
        </Link>
      </div>
      {invoice.invoice_url && <InvoicePreview url={invoice.invoice_url} number={invoice.number ?? ''} />}
    </section>
  );
}
