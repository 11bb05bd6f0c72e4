import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { invoiceStatuses, useClientInvoices, useHiddenImportedCount, type InvoiceListFilters } from '../api/list-client-invoices.ts';
import { isOverdue, todayIso } from '../model/available-actions.ts';
import { InvoiceRowActions } from './invoice-row-actions.tsx';
import { outstandingAmount } from '../model/outstanding-amount.ts';
import { invoiceClientName } from './invoice-client-name.ts';
import { InvoiceStatusBadge } from './invoice-status-badge.tsx';

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
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
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
  const meta = invoices.data?.meta;
  const today = todayIso();
  const rows = (invoices.data?.client_invoices ?? []).filter((invoice) => filters.status !== 'overdue' || isOverdue(invoice, today));
  const hiddenImported = useHiddenImportedCount(!filters.includeImported && invoices.data !== undefined);
  const outstanding = outstandingAmount(rows);
  return (
    <section aria-labelledby="invoices-title">
      <h1 id="invoices-title">Invoices</h1>
      <div className="filters">
        <label>
          Status
          <select
            value={filters.status}
            onChange={(event) => update({ status: event.target.value === 'all' ? null : event.target.value, page: null })}
          >
            <option value="all">All statuses</option>
            <option value="draft">Draft</option>
            <option value="unpaid">Unpaid</option>
            <option value="overdue">Overdue</option>
            <option value="paid">Paid</option>
            <option value="canceled">Canceled</option>
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeImported}
            onChange={(event) => {
              setIncludeImported(event.target.checked);
              update({ imported: event.target.checked ? '1' : null, page: null });
            }}
          />
          Include imported invoices
        </label>
      </div>
      {invoices.isPending && <p role="status">Loading invoices…</p>}
      {invoices.isError && <ErrorMessage error={invoices.error} title="The invoices could not be loaded." />}
      {(hiddenImported.data ?? 0) > 0 && (
        <p className="notice">
          {hiddenImported.data} imported {hiddenImported.data === 1 ? 'invoice is' : 'invoices are'} hidden.{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setIncludeImported(true);
              update({ imported: '1', page: null });
            }}
          >
            Show them
          </button>
        </p>
      )}
      {invoices.data && rows.length === 0 && (
        <p className="empty-state">
          No invoices {filters.status === 'all' ? (filters.includeImported ? 'yet' : 'created here yet') : 'with this status'}.{' '}
          <Link to="/">Create an invoice</Link> or <Link to="/import">import existing ones</Link>.
        </p>
      )}
      {rows.length > 0 && outstanding.length > 0 && (
        <p role="status" className="outstanding">
          Outstanding{(meta?.total_pages ?? 1) > 1 ? ' on this page' : ''}:{' '}
          {outstanding.map((amount) => formatMoney(amount.value, amount.currency)).join(' + ')}
        </p>
      )}
      {rows.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Invoices, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Client</th>
              <th scope="col">Issue date</th>
              <th scope="col">Due date</th>
              <th scope="col" className="numeric">
                Total
              </th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((invoice) => (
              <tr key={invoice.id}>
                <td>
                  <Link to={`/invoices/${invoice.id}`}>{invoice.number ?? 'Without number'}</Link>
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
                  {isOverdue(invoice, today) && <span className="badge overdue"> overdue</span>}
                </td>
                <td>
                  <InvoiceRowActions invoice={invoice} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {meta && (meta.total_pages ?? 1) > 1 && (
        <nav aria-label="Pagination" className="pagination">
          <button type="button" className="button" disabled={!meta.prev_page} onClick={() => update({ page: String(meta.prev_page) })}>
            Previous page
          </button>
          <span>
            Page {meta.current_page} of {meta.total_pages}
          </span>
          <button type="button" className="button" disabled={!meta.next_page} onClick={() => update({ page: String(meta.next_page) })}>
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}

export { InvoicesPage as Component };
