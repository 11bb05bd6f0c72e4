import type { ClientInvoice } from '@composer/shared';

interface PayloadShape {
  client_id?: unknown;
  number?: unknown;
  issue_date?: unknown;
  due_date?: unknown;
  currency?: unknown;
  items?: { title?: unknown; quantity?: unknown; unit_price?: { value?: unknown } }[];
}

/** Whether an invoice found in Qonto is the one a create request described (used after an unknown outcome). */
export function invoiceMatchesPayload(invoice: ClientInvoice, payload: PayloadShape): boolean {
  if (typeof payload.number === 'string') return invoice.number === payload.number;
  const items = payload.items ?? [];
  return (
    invoice.client?.id === payload.client_id &&
    invoice.issue_date === payload.issue_date &&
    invoice.due_date === payload.due_date &&
    invoice.currency === payload.currency &&
    invoice.items.length === items.length &&
    invoice.items.every(
      (line, i) =>
        line.title === items[i]?.title && line.quantity === items[i]?.quantity && line.unit_price?.value === items[i]?.unit_price?.value,
    )
  );
}
