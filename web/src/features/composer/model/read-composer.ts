import { t } from '@lingui/core/macro';
import { itemCurrency } from '@composer/shared/constants/currencies';
import { decimal } from '@composer/shared/money/decimal';
import type { DiscountInput, InvoiceAdjustments, TotalsInput, TotalsItemInput } from '@composer/shared/money/invoice-totals';
import { operationCategoryFromUnits } from '@composer/shared/rules/french-reform-mentions';
import type { OrganizationProfile } from '@composer/shared/rules/organization-profile';
import type { ComposerValues, ItemValues } from './composer-values.ts';
import { parseDecimalInput } from './parse-decimal-input.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ReadingContext {
  locale: string;
  profile: Pick<OrganizationProfile, 'italianBlocks' | 'withholding' | 'reformMentions'>;
  /** The chosen client's currency; the invoice follows it. */
  currency: string | null;
}

/**
 * The composer's one reading of its text: Qonto's `ClientInvoiceCreatePayload` (decimals canonical,
 * percentages as fractions, empty optional fields left out), the totals' input (half-typed numbers count as
 * zero, so the totals follow the user while they type), and the numbers that could not be read.
 */
export interface ComposerReading {
  payload: Record<string, unknown>;
  totalsInput: TotalsInput;
  problems: FieldProblem[];
}

/** Whether two contexts read the same text the same way (the totals read anew when they do not). */
export const sameReadingContext = (a: ReadingContext | undefined, b: ReadingContext) =>
  a?.locale === b.locale && a.profile === b.profile && a.currency === b.currency;

type Reader = ReturnType<typeof numberReader>;

/** Reads numbers typed in the user's locale, noting each unreadable or missing one on its field. */
function numberReader(locale: string, problems: FieldProblem[]) {
  const number = (text: string, field: string, required: boolean): string | undefined => {
    if (text.trim() === '') {
      if (required) problems.push({ field, message: t`Required.` });
      return undefined;
    }
    const parsed = parseDecimalInput(text, locale);
    if (parsed === undefined) problems.push({ field, message: t`Enter a number, like 1 234,56 or 1234.56.` });
    return parsed;
  };
  const percent = (text: string, field: string, required: boolean, minDecimals = 0): string | undefined => {
    const parsed = number(text, field, required);
    if (parsed === undefined) return undefined;
    const fraction = decimal(parsed).div(100);
    const decimals = Math.max(minDecimals, (fraction.toFixed().split('.')[1] ?? '').length);
    return fraction.toFixed(decimals);
  };
  const discount = (type: ItemValues['discount_type'], text: string, field: string): DiscountInput | undefined => {
    if (!type) return undefined;
    const value = type === 'percentage' ? percent(text, field, true) : number(text, field, true);
    return value === undefined ? undefined : { type, value };
  };
  return { number, percent, discount };
}

/** French invoices state the operation's category; unless chosen, the lines' units suggest it. */
const suggestedCategory = (items: readonly ItemValues[]) => operationCategoryFromUnits(items.map((item) => item.unit));

const text = (value: string) => (value.trim() === '' ? undefined : value);

function omitUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

interface LineReading {
  payload: Record<string, unknown>;
  totals: TotalsItemInput;
  /** Fields named within the line (`quantity`), so the reading holds wherever the line moves. */
  problems: FieldProblem[];
}

function readLine(item: ItemValues, locale: string): LineReading {
  const problems: FieldProblem[] = [];
  const read = numberReader(locale, problems);
  const quantity = read.number(item.quantity, 'quantity', true);
  const unitPrice = read.number(item.unit_price, 'unit_price', true);
  const vatRate = read.percent(item.vat_rate, 'vat_rate', true);
  const discount = read.discount(item.discount_type, item.discount_value, 'discount_value');
  const payload = omitUndefined({
    title: item.title,
    description: text(item.description),
    quantity,
    unit: text(item.unit),
    unit_price: { value: unitPrice, currency: itemCurrency },
    vat_rate: vatRate,
    vat_exemption_reason: text(item.vat_exemption_reason),
    discount,
  });
  const totals: TotalsItemInput = {
    quantity: quantity ?? '0',
    unit_price: { value: unitPrice ?? '0' },
    vat_rate: vatRate ?? '0',
    discount: item.discount_type ? (discount ?? { type: item.discount_type, value: '0' }) : undefined,
  };
  return { payload, totals, problems };
}

const itemFields = [
  'title',
  'description',
  'quantity',
  'unit',
  'unit_price',
  'vat_rate',
  'vat_exemption_reason',
  'discount_type',
  'discount_value',
] as const satisfies readonly (keyof ItemValues)[];

interface CachedReading {
  locale: string;
  fields: string[];
  reading: LineReading;
}

// By the line's object (react-hook-form edits it in place, so its fields are compared too): a key press
// re-reads the edited line only and allocates nothing for the others.
const lineCache = new WeakMap<ItemValues, CachedReading>();

/** A line read once per distinct text: typing in one line re-reads that line only. */
export function readItem(item: ItemValues, locale: string): LineReading {
  const cached = lineCache.get(item);
  if (cached && cached.locale === locale && itemFields.every((field, index) => cached.fields[index] === item[field])) return cached.reading;
  const reading = readLine(item, locale);
  lineCache.set(item, { locale, fields: itemFields.map((field) => item[field]), reading });
  return reading;
}

export function readComposer(values: ComposerValues, context: ReadingContext): ComposerReading {
  const problems: FieldProblem[] = [];
  const read = numberReader(context.locale, problems);
  const lines = values.items.map((item, index) => {
    const line = readItem(item, context.locale);
    for (const problem of line.problems) problems.push({ field: `items.${index}.${problem.field}`, message: problem.message });
    return line;
  });

  const globalDiscount = read.discount(values.discount_type, values.discount_value, 'discount_value');
  const s = values.settings;
  const settings = omitUndefined({
    vat_number: text(s.vat_number),
    company_leadership: text(s.company_leadership),
    district_court: text(s.district_court),
    commercial_register_number: text(s.commercial_register_number),
    tax_number: text(s.tax_number),
    legal_capital_share: s.legal_capital_share_value.trim()
      ? {
          value: read.number(s.legal_capital_share_value, 'settings.legal_capital_share_value', true),
          currency: s.legal_capital_share_currency,
        }
      : undefined,
    transaction_type: text(s.transaction_type) ?? (context.profile.reformMentions ? suggestedCategory(values.items) : undefined),
    vat_payment_condition: text(s.vat_payment_condition),
    discount_conditions: text(s.discount_conditions),
    late_payment_penalties: text(s.late_payment_penalties),
    legal_fixed_compensation: text(s.legal_fixed_compensation),
  });

  const payload: Record<string, unknown> = omitUndefined({
    client_id: values.client_id || undefined,
    upload_id: text(values.upload_id),
    issue_date: values.issue_date || undefined,
    due_date: values.due_date || undefined,
    performance_start_date: text(values.performance_start_date),
    performance_end_date: text(values.performance_end_date),
    number: text(values.number),
    purchase_order: text(values.purchase_order),
    terms_and_conditions: text(values.terms_and_conditions),
    header: text(values.header),
    footer: text(values.footer),
    currency: context.currency ?? undefined,
    payment_methods: { iban: values.iban },
    settings: Object.keys(settings).length > 0 ? settings : undefined,
    items: lines.map((line) => line.payload),
    discount: globalDiscount,
  });
  // The totals read the lines, the global discount and the Italian and Spanish blocks only: ComposerTotals
  // (form/composer-totals.ts, totalsPath) re-reads them for changes to these fields alone.
  const totalsInput: TotalsInput = {
    items: lines.map((line) => line.totals),
    discount: values.discount_type ? (globalDiscount ?? { type: values.discount_type, value: '0' }) : undefined,
  };

  if (context.profile.italianBlocks) readItalianBlocks(values.italy, read, payload, totalsInput);
  if (context.profile.withholding === 'irpf' && values.spain.withholding_rate.trim()) {
    const rate = read.percent(values.spain.withholding_rate, 'spain.withholding_rate', true, 2);
    payload.withholding_tax = { rate };
    if (rate !== undefined) totalsInput.withholding_tax = { rate };
  }
  return { payload, totalsInput, problems };
}

function readItalianBlocks(it: ComposerValues['italy'], read: Reader, payload: Record<string, unknown>, totalsInput: TotalsInput) {
  payload.report_einvoicing = it.report_einvoicing;
  if (it.payment_conditions || it.payment_method)
    payload.payment_reporting = { conditions: it.payment_conditions, method: it.payment_method };
  if (it.welfare_type || it.welfare_rate.trim()) {
    const rate = read.percent(it.welfare_rate, 'italy.welfare_rate', true, 2);
    payload.welfare_fund = { type: it.welfare_type, rate };
    if (rate !== undefined) totalsInput.welfare_fund = { rate };
  }
  if (it.withholding_reason || it.withholding_rate.trim() || it.withholding_payment_reason) {
    const rate = read.percent(it.withholding_rate, 'italy.withholding_rate', true, 2);
    payload.withholding_tax = omitUndefined({
      reason: text(it.withholding_reason),
      rate,
      payment_reason: text(it.withholding_payment_reason),
    });
    if (rate !== undefined) totalsInput.withholding_tax = { rate };
  }
  const stamp = read.number(it.stamp_duty_amount, 'italy.stamp_duty_amount', false);
  if (stamp !== undefined) {
    payload.stamp_duty_amount = decimal(stamp).toFixed(2);
    totalsInput.stamp_duty_amount = stamp;
  }
}

/** What the totals read besides the lines (the global discount, the Italian and Spanish blocks), without reading a line. */
export function readTotalsAdjustments(values: ComposerValues, context: ReadingContext): InvoiceAdjustments {
  const { items: _lines, ...adjustments } = readComposer({ ...values, items: [] }, context).totalsInput;
  return adjustments;
}
