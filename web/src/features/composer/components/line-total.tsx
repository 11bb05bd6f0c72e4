import { computeInvoiceTotals } from '@composer/shared';
import type { UseFormGetValues } from 'react-hook-form';
import { formatMoney } from '../../../lib/format.ts';
import type { ComposerValues } from '../model/composer-values.ts';
import { itemForTotals } from '../model/totals-from-values.ts';

/** One line's net total, read when its line re-renders (after a change in that line). */
export function LineTotal({
  getValues,
  index,
  locale,
  currency,
}: {
  getValues: UseFormGetValues<ComposerValues>;
  index: number;
  locale: string;
  currency: string;
}) {
  const item = getValues(`items.${index}`);
  const net = item ? computeInvoiceTotals({ items: [itemForTotals(item, locale)] }).taxable.value : '0.00';
  return (
    <output
      className="line-total numeric"
      aria-live="off"
      aria-label={`Line ${index + 1} total`}
      htmlFor={`field-items-${index}-quantity field-items-${index}-unit_price`}
    >
      {formatMoney(net, currency, locale)}
    </output>
  );
}
