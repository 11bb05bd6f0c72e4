import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import {
  invoiceStatuses,
  perPage,
  useClientInvoices,
  useHiddenImportedCount,
  useUnpaidInvoices,
  type InvoiceListFilters,
} from '../api/list-client-invoices.ts';
import { isOverdue, todayIso } from '../model/available-actions.ts';
import { InvoiceRowActions } from './invoice-row-actions.tsx';
import { outstandingAmount } from '../../../lib/unpaid-invoices.ts';
import { invoiceClientName } from './invoice-client-name.ts';
import { InvoiceStatusBadge } from '../../../components/invoice-status-badge.tsx';
import { useOrganizationPath } from '../../../lib/organization-scope.ts';
import { DataTable } from '../../../components/data-table.tsx';

/** The overdue invoices are narrowed in the app from every unpaid one, then paged here like Qonto's list. */
function pageOf(invoices: ClientInvoice[], page: number) {
  const totalPages = Math.max(1, Math.ceil(invoices.length / perPage));
  const current = Math.min(page, totalPages);
  return {
    client_invoices: invoices.slice((current - 1) * perPage, current * perPage),
    meta: {
      current_page: current,
      total_pages: totalPages,
      prev_page: current > 1 ? current - 1 : null,
      next_page: current < totalPages ? current + 1 : null,
    },
  };
}

function filtersFrom(params: URLSearchParams): InvoiceListFilters {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    status: (invoiceStatuses as readonly string[]).includes(status ?? '') ? (status as InvoiceListFilters['status']) : 'all',
    includeImported: params.get('imported') === '1',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function InvoicesPage() {
  const { t } = useLingui();
  const inOrganization = useOrganizationPath();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const emptyReason =
    filters.status !== 'all'
      ? t`No invoices with this status.`
      : filters.includeImported
        ? t`No invoices yet.`
        : t`No invoices created here yet.`;
  const invoices = useClientInvoices(filters);
  // The checkbox answers at once; the URL (and so the list) follows a tick later.
  const [includeImported, setIncludeImported] = useState(filters.includeImported);
  const [urlIncludeImported, setUrlIncludeImported] = useState(filters.includeImported);
  if (urlIncludeImported !== filters.includeImported) {
    setUrlIncludeImported(filters.includeImported);
    setIncludeImported(filters.includeImported);
  }
  const update = (changes: Partial<Record<'status' | 'imported' | 'page', string | null>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const today = todayIso();
  const overdueView = filters.status === 'overdue';
  const unpaid = useUnpaidInvoices(filters.includeImported, ['all', 'unpaid', 'overdue'].includes(filters.status));
  const overdue = (unpaid.data?.invoices ?? []).filter((invoice) => isOverdue(invoice, today));
  const view = overdueView ? (unpaid.data ? pageOf(overdue, filters.page) : undefined) : invoices.data;
  const meta = view?.meta;
  const rows = view?.client_invoices ?? [];
  const hiddenImported = useHiddenImportedCount(!filters.includeImported && view !== undefined);
  const hidden = hiddenImported.data ?? 0;
  const outstanding = unpaid.data ? outstandingAmount(overdueView ? overdue : unpaid.data.invoices) : [];
  const source = overdueView ? unpaid : invoices;
  return (
    <section aria-labelledby="invoices-title">
      <h1 id="invoices-title">
        <Trans>Invoices</Trans>
      </h1>
      <div className="filters">
        <label>
          <Trans>Status</Trans>
          <select
            value={filters.status}
            onChange={(event) => update({ status: event.target.value === 'all' ? null : event.target.value, page: null })}
          >
            <option value="all">
              <Trans>All statuses</Trans>
            </option>
            <option value="draft">
              <Trans>Draft</Trans>
            </option>
            <option value="unpaid">
              <Trans>Unpaid</Trans>
            </option>
            <option value="overdue">
              <Trans>Overdue</Trans>
            </option>
            <option value="paid">
              <Trans>Paid</Trans>
            </option>
            <option value="canceled">
              <Trans>Canceled</Trans>
            </option>
          </select>
        </label>
        <label className="checkbox">
          <Trans>
            <input
              type="checkbox"
              checked={includeImported}
              onChange={(event) => {
                setIncludeImported(event.target.checked);
                update({ imported: event.target.checked ? '1' : null, page: null });
              }}
            />
            Include imported invoices
          </Trans>
        </label>
      </div>
      {source.isPending && (
        <p role="status">
          <Trans>Loading invoices…</Trans>
        </p>
      )}
      {source.isError && <ErrorMessage error={source.error} title={t`The invoices could not be loaded.`} />}
      {hidden > 0 && (
        <p className="notice">
          {plural(hidden, { one: '# imported invoice is hidden.', other: '# imported invoices are hidden.' })}{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setIncludeImported(true);
              update({ imported: '1', page: null });
            }}
          >
            <Trans>Show them</Trans>
          </button>
        </p>
      )}
      {view && rows.length === 0 && (
        <p className="empty-state">
          <Trans>
            {emptyReason} <Link to={inOrganization('/')}>Create an invoice</Link> or{' '}
            <Link to={inOrganization('/import')}>import existing ones</Link>.
          </Trans>
        </p>
      )}
      {rows.length > 0 && outstanding.length > 0 && (
        <p role="status" className="outstanding">
          {overdueView ? t`Overdue` : t`Outstanding`}
          {unpaid.data?.complete === false ? t` (first 2,000 unpaid invoices)` : ''}:{' '}
          {outstanding.map((amount) => formatMoney(amount.value, amount.currency)).join(' + ')}
        </p>
      )}
      {rows.length > 0 && (
        <DataTable
          caption={<Trans>Invoices, newest first</Trans>}
          columns={[
            { label: <Trans>Number</Trans> },
            { label: <Trans>Client</Trans> },
            { label: <Trans>Issue date</Trans> },
            { label: <Trans>Due date</Trans> },
            { label: <Trans>Total</Trans>, numeric: true },
            { label: <Trans>Status</Trans> },
            { label: <Trans>Actions</Trans> },
          ]}
        >
          {rows.map((invoice) => (
            <tr key={invoice.id}>
              <td>
                <Link to={inOrganization(`/invoices/${invoice.id}`)}>{invoice.number ?? t`Without number`}</Link>
              </td>
              <td>{invoiceClientName(invoice)}</td>
              <td>{formatDate(invoice.issue_date)}</td>
              <td>{formatDate(invoice.due_date)}</td>
              <td className="numeric">
                {invoice.total_amount
                  ? formatMoney(invoice.total_amount.value, invoice.total_amount.currency ?? invoice.currency ?? 'EUR')
                  : '—'}
              </td>
              <td>
                <InvoiceStatusBadge status={invoice.status} />
                {isOverdue(invoice, today) && (
                  <span className="badge overdue">
                    {' '}
                    <Trans>Overdue</Trans>
                  </span>
                )}
              </td>
              <td>
                <InvoiceRowActions invoice={invoice} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination meta={meta} onPage={(page) => update({ page: String(page) })} />
    </section>
  );
}

export { InvoicesPage as Component };
