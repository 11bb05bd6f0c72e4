import { decimal, itemCurrency } from '@composer/shared';
import type { ComposerValues } from './composer-values.ts';
import { parseDecimalInput } from './parse-decimal-input.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Conversion {
  payload: Record<string, unknown>;
  problems: FieldProblem[];
}

export interface ConversionContext {
  locale: string;
  country: string;
  /** Whether the organization sends a withholding tax as a Spanish freelancer (IRPF). */
  irpf: boolean;
  /** The chosen client's currency; the invoice follows it. */
  currency: string | null;
}

/**
 * The composer's text → Qonto's `ClientInvoiceCreatePayload`: decimals canonical (dot, no grouping),
 * percentages as fractions, empty optional fields left out. Unreadable numbers are reported on their field.
 */
export function composerToPayload(values: ComposerValues, context: ConversionContext): Conversion {
  const problems: FieldProblem[] = [];
  const number = (text: string, field: string, required: boolean): string | undefined => {
    if (text.trim() === '') {
      if (required) problems.push({ field, message: 'Required.' });
      return undefined;
    }
    const parsed = parseDecimalInput(text, context.locale);
    if (parsed === undefined) problems.push({ field, message: 'Enter a number, like 1 234,56 or 1234.56.' });
    return parsed;
  };
  const percent = (text: string, field: string, required: boolean, minDecimals = 0): string | undefined => {
    const parsed = number(text, field, required);
    if (parsed === undefined) return undefined;
    const fraction = decimal(parsed).div(100);
    const decimals = Math.max(minDecimals, (fraction.toFixed().split('.')[1] ?? '').length);
    return fraction.toFixed(decimals);
  };
  const money = (text: string, field: string, required: boolean) => number(text, field, required);
  const text = (value: string) => (value.trim() === '' ? undefined : value);
  const currency = context.currency ?? undefined;

  const items = values.items.map((item, index) => {
    const at = (name: string) => `items.${index}.${name}`;
    const discountValue =
      item.discount_type === 'percentage'
        ? percent(item.discount_value, at('discount_value'), true)
        : item.discount_type === 'absolute'
          ? money(item.discount_value, at('discount_value'), true)
          : undefined;
    return omitUndefined({
      title: item.title,
      description: text(item.description),
      quantity: number(item.quantity, at('quantity'), true),
      unit: text(item.unit),
      unit_price: { value: money(item.unit_price, at('unit_price'), true), currency: itemCurrency },
      vat_rate: percent(item.vat_rate, at('vat_rate'), true),
      vat_exemption_reason: text(item.vat_exemption_reason),
      discount: item.discount_type && discountValue !== undefined ? { type: item.discount_type, value: discountValue } : undefined,
    });
  });

  const globalDiscount =
    values.discount_type === 'percentage'
      ? percent(values.discount_value, 'discount_value', true)
      : values.discount_type === 'absolute'
        ? money(values.discount_value, 'discount_value', true)
        : undefined;
  const s = values.settings;
  const settings = omitUndefined({
    vat_number: text(s.vat_number),
    company_leadership: text(s.company_leadership),
    district_court: text(s.district_court),
    commercial_register_number: text(s.commercial_register_number),
    tax_number: text(s.tax_number),
    legal_capital_share: s.legal_capital_share_value.trim()
      ? { value: money(s.legal_capital_share_value, 'settings.legal_capital_share_value', true), currency: s.legal_capital_share_currency }
      : undefined,
    transaction_type: text(s.transaction_type),
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
    currency,
    payment_methods: { iban: values.iban },
    settings: Object.keys(settings).length > 0 ? settings : undefined,
    items,
    discount: values.discount_type && globalDiscount !== undefined ? { type: values.discount_type, value: globalDiscount } : undefined,
  });

  if (context.country === 'IT') {
    const it = values.italy;
    payload.report_einvoicing = it.report_einvoicing;
    if (it.payment_conditions || it.payment_method)
      payload.payment_reporting = { conditions: it.payment_conditions, method: it.payment_method };
    if (it.welfare_type || it.welfare_rate.trim())
      payload.welfare_fund = { type: it.welfare_type, rate: percent(it.welfare_rate, 'italy.welfare_rate', true, 2) };
    if (it.withholding_reason || it.withholding_rate.trim() || it.withholding_payment_reason) {
      payload.withholding_tax = omitUndefined({
        reason: text(it.withholding_reason),
        rate: percent(it.withholding_rate, 'italy.withholding_rate', true, 2),
        payment_reason: text(it.withholding_payment_reason),
      });
    }
    const stamp = money(it.stamp_duty_amount, 'italy.stamp_duty_amount', false);
    if (stamp !== undefined) payload.stamp_duty_amount = decimal(stamp).toFixed(2);
  }
  if (context.irpf && values.spain.withholding_rate.trim()) {
    payload.withholding_tax = { rate: percent(values.spain.withholding_rate, 'spain.withholding_rate', true, 2) };
  }
  return { payload, problems };
}

function omitUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
