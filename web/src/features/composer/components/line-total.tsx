import { computeInvoiceTotals } from '@composer/shared';
import { useWatch, type Control } from 'react-hook-form';
import { formatMoney } from '../../../lib/format.ts';
import type { ComposerValues, ItemValues } from '../model/composer-values.ts';
import { itemForTotals } from '../model/totals-from-values.ts';

/** One line's net total; re-renders only when that figure changes (useWatch's compute). */
export function LineTotal({ control, index, locale, currency }: { control: Control<ComposerValues>; index: number; locale: string; currency: string }) {
  const net = useWatch({
    control,
    name: `items.${index}` as const,
    compute: (item: ItemValues) => (item ? computeInvoiceTotals({ items: [itemForTotals(item, locale)] }).taxable.value : '0.00'),
  });
  return (
    <output className="line-total numeric" aria-live="off" aria-label={`Line ${index + 1} total`} htmlFor={`field-items-${index}-quantity field-items-${index}-unit_price`}>
      {formatMoney(net, currency, locale)}
    </output>
  );
}
