import { decimal, type ClientInvoice } from '@composer/shared';

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
