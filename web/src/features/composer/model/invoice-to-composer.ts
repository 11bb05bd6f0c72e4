import { decimal } from '@composer/shared/money/decimal';
import type { ClientInvoice } from '@composer/shared/schemas/client-invoice';
import { emptyComposer, type ComposerValues, type ItemValues } from './composer-values.ts';
import { dueDatePresets, dueDateFor } from './due-date-presets.ts';
import { formatDecimalInput } from './parse-decimal-input.ts';

const text = (value: string | null | undefined) => value ?? '';

/** A canonical decimal back into the user's typing ("1234.50" → "1 234,50" in French). */
const typed = (value: string | null | undefined, locale: string) => (value ? formatDecimalInput(value, locale) : '');

/** A fraction back into the percent the user typed ("0.055" → "5,5"). */
const percent = (value: string | null | undefined, locale: string) =>
  value ? formatDecimalInput(decimal(value).times(100).toFixed(), locale) : '';

function discountOf(discount: ClientInvoice['discount'], locale: string): Pick<ItemValues, 'discount_type' | 'discount_value'> {
  if (discount?.type === 'percentage') return { discount_type: 'percentage', discount_value: percent(discount.value, locale) };
  if (discount?.type === 'absolute') return { discount_type: 'absolute', discount_value: typed(discount.value, locale) };
  return { discount_type: '', discount_value: '' };
}

/** The preset that gives this due date, so an untouched draft shows "In 30 days" rather than a bare date. */
function presetFor(issueDate: string, dueDate: string): string {
  return dueDatePresets.find((preset) => preset.value !== 'custom' && dueDateFor(preset.value, issueDate) === dueDate)?.value ?? 'custom';
}

/**
 * A draft as Qonto returns it, opened in the composer: the same text the user would have typed. The
 * organization's settings overrides are not read back (Qonto returns them merged with the organization's
 * own values), so an update leaves them as they are.
 */
export function invoiceToComposer(invoice: ClientInvoice, locale: string): ComposerValues {
  const base = emptyComposer({ iban: '', vatRate: '' });
  const issueDate = text(invoice.issue_date) || base.issue_date;
  const dueDate = text(invoice.due_date);
  const items = invoice.items.map<ItemValues>((item) => ({
    title: text(item.title),
    description: text(item.description),
    quantity: typed(item.quantity, locale),
    unit: text(item.unit),
    unit_price: typed(item.unit_price?.value, locale),
    vat_rate: percent(item.vat_rate, locale),
    vat_exemption_reason: text(item.vat_exemption_reason),
    ...discountOf(item.discount, locale),
  }));
  return {
    ...base,
    client_id: text(invoice.client?.id),
    issue_date: issueDate,
    due_preset: dueDate ? presetFor(issueDate, dueDate) : base.due_preset,
    due_date: dueDate || base.due_date,
    performance_start_date: text(invoice.performance_start_date),
    performance_end_date: text(invoice.performance_end_date),
    number: text(invoice.number),
    purchase_order: text(invoice.purchase_order),
    header: text(invoice.header),
    footer: text(invoice.footer),
    terms_and_conditions: text(invoice.terms_and_conditions),
    iban: text(invoice.payment_methods[0]?.iban),
    upload_id: text(invoice.upload_id),
    items: items.length > 0 ? items : base.items,
    ...discountOf(invoice.discount, locale),
    italy: {
      ...base.italy,
      payment_conditions: text(invoice.payment_reporting?.conditions),
      payment_method: text(invoice.payment_reporting?.method),
      welfare_type: text(invoice.welfare_fund?.type),
      welfare_rate: percent(invoice.welfare_fund?.rate, locale),
      withholding_reason: text(invoice.withholding_tax?.reason),
      withholding_rate: percent(invoice.withholding_tax?.rate, locale),
      withholding_payment_reason: text(invoice.withholding_tax?.payment_reason),
      stamp_duty_amount: typed(invoice.stamp_duty_amount, locale),
    },
    spain: { withholding_rate: percent(invoice.withholding_tax?.rate, locale) },
  };
}
