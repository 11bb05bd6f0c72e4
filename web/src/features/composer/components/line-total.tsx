import { useLingui } from '@lingui/react/macro';
import { computeInvoiceTotals } from '@composer/shared';
import { userLocale } from '../../../lib/user-locale.ts';
import { formatMoney } from '../../../lib/format.ts';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { useChangedValue, type FormChanges } from '../form/form-changes.ts';
import { readItem } from '../model/read-composer.ts';

/** One line's net total, re-read after a change in that line. */
export function LineTotal({ index, lineChanges }: { index: number; lineChanges: FormChanges }) {
  const { t } = useLingui();
  const { getValues } = useComposerForm();
  const { locale, currency } = useComposerSettings();
  const net = useChangedValue(lineChanges, () => {
    const item = getValues(`items.${index}`);
    return item ? computeInvoiceTotals({ items: [readItem(item, locale).totals] }).taxable.value : '0.00';
  });
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
