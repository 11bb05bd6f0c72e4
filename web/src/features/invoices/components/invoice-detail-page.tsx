import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'wouter';
import { useLocationState } from '../../../lib/routing.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { deductionSign, formatDate, formatDecimal, formatMoney, formatPercent } from '../../../lib/format.ts';
import { useClientInvoice } from '../api/get-client-invoice.ts';
import { invoiceClientName } from './invoice-client-name.ts';
import { InvoicePreview } from '../../../components/invoice-preview.tsx';
import { InvoiceStatusBadge } from '../../../components/invoice-status-badge.tsx';
import { readSentLog } from '../model/sent-log.ts';
import { EinvoicingProgress, einvoicingIsPending } from './einvoicing-progress.tsx';
import { InvoiceActions } from './invoice-actions.tsx';
import { InvoiceCreditNotes } from './invoice-credit-notes.tsx';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';
import { Fact } from '../../../components/fact.tsx';
import { DataTable } from '../../../components/data-table.tsx';

export function InvoiceDetailPage() {
  const { t } = useLingui();
  const inOrganization = useOrganizationPath();
  const { invoiceId = '' } = useParams<{ invoiceId?: string }>();
  const query = useClientInvoice(invoiceId, einvoicingIsPending);
  const [searchParams] = useSearchParams();
  const saved = useLocationState<{ saved: boolean }>().saved === true;
  const [sent, setSent] = useState(() => readSentLog(invoiceId));
  if (query.isPending)
    return (
      <p role="status">
        <Trans>Loading the invoice…</Trans>
      </p>
    );
  if (query.isError) {
    return (
      <section aria-labelledby="invoice-error-title">
        <h1 id="invoice-error-title">
          <Trans>Invoice</Trans>
        </h1>
        <ErrorMessage error={query.error} title={t`This invoice could not be loaded.`} />
        <Link to={inOrganization('/invoices')}>
          <Trans>Back to invoices</Trans>
        </Link>
      </section>
    );
  }
  const invoice = query.data.client_invoice;
  const currency = invoice.currency ?? invoice.total_amount?.currency ?? 'EUR';
  return (
    <article className="invoice-detail" aria-labelledby="invoice-title">
      <p>
        <Link to={inOrganization('/invoices')}>
          <Trans>← Invoices</Trans>
        </Link>
      </p>
      <h1 id="invoice-title">{invoice.number ? t`Invoice ${invoice.number}` : t`Draft invoice`}</h1>
      {saved && (
        <p role="status">
          <Trans>Changes saved in Qonto.</Trans>
        </p>
      )}
      <dl className="facts">
        <Fact term={<Trans>Client</Trans>}>{invoiceClientName(invoice)}</Fact>
        <Fact term={<Trans>Status</Trans>}>
          <InvoiceStatusBadge status={invoice.status} />
        </Fact>
        <Fact term={<Trans>Issue date</Trans>}>{formatDate(invoice.issue_date)}</Fact>
        <Fact term={<Trans>Due date</Trans>}>{formatDate(invoice.due_date)}</Fact>
        {invoice.paid_at && <Fact term={<Trans>Paid on</Trans>}>{formatDate(invoice.paid_at.slice(0, 10))}</Fact>}
      </dl>
      <InvoiceActions invoice={invoice} initiallyOpen={searchParams.get('send') === '1' ? 'send' : null} onSent={setSent} />
      {sent.length > 0 && (
        <section aria-labelledby="sent-title">
          <h2 id="sent-title">
            <Trans>Sent</Trans>
          </h2>
          <ul>
            {sent.map((record, i) => {
              const when = formatDate(record.at.slice(0, 10));
              const to = record.to.join(', ');
              return (
                <li key={i}>
                  {record.channel === 'email' ? (
                    <Trans>
                      By email on {when} to {to}
                    </Trans>
                  ) : (
                    <Trans>
                      As e-invoice on {when} to {to}
                    </Trans>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <EinvoicingProgress invoice={invoice} />
      <InvoiceCreditNotes invoice={invoice} />
      {invoice.items.length > 0 && (
        <DataTable
          caption={<Trans>Items</Trans>}
          showCaption
          columns={[
            { label: <Trans>Item</Trans> },
            { label: <Trans>Quantity</Trans>, numeric: true },
            { label: <Trans>Unit price</Trans>, numeric: true },
            { label: <Trans>VAT</Trans>, numeric: true },
            { label: <Trans>Total</Trans>, numeric: true },
          ]}
        >
          {invoice.items.map((item, index) => (
            <tr key={index}>
              <td>
                {item.title}
                {item.description && <div className="muted">{item.description}</div>}
              </td>
              <td className="numeric">
                {item.quantity ? formatDecimal(item.quantity) : '—'} {item.unit ?? ''}
              </td>
              <td className="numeric">{item.unit_price ? formatMoney(item.unit_price.value, currency) : '—'}</td>
              <td className="numeric">{item.vat_rate ? formatPercent(item.vat_rate) : '—'}</td>
              <td className="numeric">{item.total_amount ? formatMoney(item.total_amount.value, currency) : '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <dl className="totals">
        {invoice.discount?.amount && (
          <Fact term={<Trans>Discount</Trans>}>
            {deductionSign}
            {formatMoney(invoice.discount.amount.value, currency)}
          </Fact>
        )}
        <Fact term={<Trans>VAT</Trans>}>{invoice.vat_amount ? formatMoney(invoice.vat_amount.value, currency) : '—'}</Fact>
        <Fact className="grand-total" term={<Trans>Total</Trans>}>
          {invoice.total_amount ? formatMoney(invoice.total_amount.value, currency) : '—'}
        </Fact>
      </dl>
      {invoice.invoice_url && <InvoicePreview url={invoice.invoice_url} number={invoice.number ?? ''} />}
    </article>
  );
}

export { InvoiceDetailPage as Component };
