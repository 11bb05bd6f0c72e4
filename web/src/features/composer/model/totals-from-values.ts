import { computeInvoiceTotals, decimal, type InvoiceTotals, type TotalsItemInput } from '@composer/shared';
import type { ComposerValues, ItemValues } from './composer-values.ts';
import { parseDecimalInput } from './parse-decimal-input.ts';

/** Half-typed input counts as zero so the totals follow the user while they type. */
function amount(text: string | undefined, locale: string): string {
  return (text && parseDecimalInput(text, locale)) || '0';
}

function fraction(percentText: string | undefined, locale: string): string {
  return decimal(amount(percentText, locale)).div(100).toFixed();
}

const parsedLines = new Map<string, TotalsItemInput>();

/** A line's figures parsed once per distinct text: typing in one line re-parses that line only. */
export function itemForTotals(item: ItemValues, locale: string): TotalsItemInput {
  const key = `${locale}\u0000${item.quantity}\u0000${item.unit_price}\u0000${item.vat_rate}\u0000${item.discount_type}\u0000${item.discount_value}`;
  let parsed = parsedLines.get(key);
  if (!parsed) {
    if (parsedLines.size > 5000) parsedLines.clear();
    parsed = parseItem(item, locale);
    parsedLines.set(key, parsed);
  }
  return parsed;
}

function parseItem(item: ItemValues, locale: string): TotalsItemInput {
  const discountValue = item.discount_type === 'percentage' ? fraction(item.discount_value, locale) : amount(item.discount_value, locale);
  return {
    quantity: amount(item.quantity, locale),
    unit_price: { value: amount(item.unit_price, locale) },
    vat_rate: fraction(item.vat_rate, locale),
    discount: item.discount_type ? { type: item.discount_type, value: discountValue } : undefined,
  };
}

type TotalsValues = Pick<ComposerValues, 'items' | 'discount_type' | 'discount_value' | 'italy' | 'spain'>;

/** The composer's live totals, from the same shared code the API uses. */
export function totalsFromValues(values: TotalsValues, locale: string, country: string): InvoiceTotals {
  const italian = country === 'IT';
  const withholding = italian ? values.italy.withholding_rate : country === 'ES' ? values.spain.withholding_rate : '';
  return computeInvoiceTotals({
    items: values.items.map((item) => itemForTotals(item, locale)),
    discount: values.discount_type
      ? {
          type: values.discount_type,
          value: values.discount_type === 'percentage' ? fraction(values.discount_value, locale) : amount(values.discount_value, locale),
        }
      : undefined,
    welfare_fund: italian && values.italy.welfare_rate ? { rate: fraction(values.italy.welfare_rate, locale) } : undefined,
    withholding_tax: withholding ? { rate: fraction(withholding, locale) } : undefined,
    stamp_duty_amount: italian ? amount(values.italy.stamp_duty_amount, locale) : undefined,
  });
}
