import { decimal } from '@composer/shared/money/decimal';
import { clientInvoiceListResponseSchema, type ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { apiRequest } from './api-client.ts';
import { qontoPath } from './organization-scope.ts';

/** Enough for any one organization's open invoices; beyond it the total says it is partial. */
const maxUnpaidPages = 20;

/**
 * Every unpaid invoice of an organization, page after page (100 each, Qonto's maximum), read one page at a
 * time so it stays within the request budget: outstanding amounts and overdue lists are computed from it,
 * never from one page on screen.
 */
export async function fetchUnpaidInvoices(
  organizationId: string,
  includeImported: boolean,
  signal?: AbortSignal,
): Promise<{ invoices: ClientInvoice[]; complete: boolean }> {
  const invoices: ClientInvoice[] = [];
  for (let page = 1; page <= maxUnpaidPages; page += 1) {
    const search = new URLSearchParams({ sort_by: 'created_at:desc', 'filter[status]': 'unpaid', page: String(page), per_page: '100' });
    if (includeImported) search.set('exclude_imported', 'false');
    const answer = await apiRequest(qontoPath(organizationId, `/v2/client_invoices?${search}`), {
      schema: clientInvoiceListResponseSchema,
      signal,
    });
    invoices.push(...answer.client_invoices);
    if (!answer.meta.next_page) return { invoices, complete: true };
  }
  return { invoices, complete: false };
}

/** Unpaid past its due date; compared as calendar dates in the user's day. */
export function isOverdue(invoice: Pick<ClientInvoice, 'status' | 'due_date'>, today: string): boolean {
  return invoice.status === 'unpaid' && typeof invoice.due_date === 'string' && invoice.due_date < today;
}

/** What unpaid invoices still await, per currency (amounts in different currencies are never added). */
export function outstandingAmount(invoices: readonly ClientInvoice[]): { value: string; currency: string }[] {
  const byCurrency = new Map<string, ReturnType<typeof decimal>>();
  for (const invoice of invoices) {
    if (invoice.status !== 'unpaid' || !invoice.total_amount) continue;
    const currency = invoice.total_amount.currency ?? invoice.currency ?? 'EUR';
    const due = decimal(invoice.total_amount.value).minus(invoice.amount_paid?.value ?? '0');
    byCurrency.set(currency, (byCurrency.get(currency) ?? decimal(0)).plus(due));
  }
  return [...byCurrency].map(([currency, value]) => ({ currency, value: value.toFixed(2) }));
}
