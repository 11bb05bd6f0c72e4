import { computeInvoiceTotals } from '@composer/shared';
import { useWatch, type Control } from 'react-hook-form';
import { formatMoney } from '../../../lib/format.ts';
import type { ComposerValues, ItemValues } from '../model/composer-values.ts';
import { itemForTotals } from '../model/totals-from-values.ts';

/** One line's net total; re-renders only when that figure changes (useWatch's compute). */
export function LineTotal({ control, index, locale, currency }: { control: Control<ComposerValues>; index: number; locale: string; currency: string }) {
  // Exact field names: RHF matches watchers by prefix, so watching `items.1` would also wake for `items.150`.
  const net = useWatch({
    control,
    name: [`items.${index}.quantity`, `items.${index}.unit_price`, `items.${index}.discount_type`, `items.${index}.discount_value`] as const,
    compute: ([quantity, unit_price, discount_type, discount_value]: [string, string, ItemValues['discount_type'], string]) =>
      computeInvoiceTotals({ items: [itemForTotals({ quantity, unit_price, discount_type, discount_value, vat_rate: '0' } as ItemValues, locale)] }).taxable.value,
  });
  return (
    <output className="line-total numeric" aria-live="off" aria-label={`Line ${index + 1} total`} htmlFor={`field-items-${index}-quantity field-items-${index}-unit_price`}>
      {formatMoney(net, currency, locale)}
    </output>
  );
}
