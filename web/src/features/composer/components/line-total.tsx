import { useLingui } from '@lingui/react/macro';
import { computeInvoiceTotals } from '@composer/shared';
import { userLocale } from '../../../lib/user-locale.ts';
import { formatMoney } from '../../../lib/format.ts';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { readItem } from '../model/read-composer.ts';

/** One line's net total, read when its line re-renders (after a change in that line). */
export function LineTotal({ index }: { index: number }) {
  const { t } = useLingui();
  const { getValues } = useComposerForm();
  const { locale, currency } = useComposerSettings();
  const item = getValues(`items.${index}`);
  const net = item ? computeInvoiceTotals({ items: [readItem(item, locale).totals] }).taxable.value : '0.00';
  return (
    <output
      className="line-total numeric"
      aria-live="off"
      aria-label={t`Line ${index + 1} total`}
      htmlFor={`field-items-${index}-quantity field-items-${index}-unit_price`}
    >
      {formatMoney(net, currency, userLocale())}
    </output>
  );
}
