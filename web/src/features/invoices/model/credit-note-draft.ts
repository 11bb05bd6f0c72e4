import { t } from '@lingui/core/macro';
import { decimal, isUnsignedDecimal } from '@composer/shared/money/decimal';
import { computeInvoiceTotals } from '@composer/shared/money/invoice-totals';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import type { DocumentItemPayload } from '@composer/shared/schemas/document-item-payload';
import type { CreditNote } from '@composer/shared/schemas/invoice-actions';

export interface CreditLine {
  item: DocumentItemPayload;
  /** What the invoice billed: the most this line can credit. */
  maxQuantity: string;
}

/** The invoice's lines as a credit note writes them (positive quantities: Qonto negates them). */
export function creditLines(invoice: ClientInvoice): CreditLine[] {
  return invoice.items.flatMap((item) => {
    if (!item.title || !item.quantity || !item.unit_price || !item.vat_rate) return [];
    const line: DocumentItemPayload = {
      title: item.title,
      quantity: item.quantity,
      unit_price: { value: item.unit_price.value, currency: 'EUR' },
      vat_rate: item.vat_rate,
      ...(item.unit ? { unit: item.unit } : {}),
      ...(item.description ? { description: item.description } : {}),
      ...(item.vat_exemption_reason
        ? { vat_exemption_reason: item.vat_exemption_reason as DocumentItemPayload['vat_exemption_reason'] }
        : {}),
      ...(item.discount && (item.discount.type === 'percentage' || item.discount.type === 'absolute')
        ? { discount: { type: item.discount.type, value: item.discount.value } }
        : {}),
    };
    return [{ item: line, maxQuantity: item.quantity }];
  });
}

/** The invoice total less every credit note already issued on it. */
export function remainingCreditable(invoice: ClientInvoice, notes: readonly CreditNote[]): string {
  const total = decimal(invoice.total_amount?.value ?? '0');
  return notes
    .filter((note) => note.invoice_id === invoice.id)
    .reduce((left, note) => left.minus(decimal(note.total_amount?.value ?? '0').abs()), total)
    .toFixed(2);
}

export interface CreditSelection {
  items: DocumentItemPayload[];
  total: string;
  problems: Record<number, string>;
}

/** The lines picked with their quantities, and the credit note's total from the shared totals. */
export function creditSelection(lines: readonly CreditLine[], quantities: readonly string[]): CreditSelection {
  const problems: Record<number, string> = {};
  const items: DocumentItemPayload[] = [];
  lines.forEach((line, i) => {
    const typed = (quantities[i] ?? '').trim().replace(',', '.');
    if (typed === '' || typed === '0') return;
    if (!isUnsignedDecimal(typed)) problems[i] = t`Enter a quantity like 1 or 0.5.`;
    else if (decimal(typed).gt(line.maxQuantity)) problems[i] = t`At most ${line.maxQuantity}, the quantity invoiced.`;
    else if (decimal(typed).gt(0)) items.push({ ...line.item, quantity: typed });
  });
  const total = items.length === 0 ? '0.00' : computeInvoiceTotals({ items }).total.value;
  return { items, total, problems };
}
