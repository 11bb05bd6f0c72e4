import { useLingui } from '@lingui/react/macro';
import { lineTotalsOf } from '@composer/shared/money/invoice-totals';
import { useCallback, useRef } from 'react';
import { userLocale } from '../../../lib/user-locale.ts';
import { formatMoney } from '../../../lib/format.ts';
import { useLiveText } from '../../../lib/use-live-text.ts';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import type { FormChanges } from '../form/form-changes.ts';
import { readItem } from '../model/read-composer.ts';

/** One line's net total, re-read after a change in that line and written without a render (useLiveText). */
export function LineTotal({ index, lineChanges }: { index: number; lineChanges: FormChanges }) {
  const { t } = useLingui();
  const { getValues } = useComposerForm();
  const { locale, currency } = useComposerSettings();
  const shownIn = userLocale();
  const output = useRef<HTMLOutputElement>(null);
  const read = useCallback(() => {
    const item = getValues(`items.${index}`);
    const net = item ? lineTotalsOf(readItem(item, locale).totals).taxable.value : '0.00';
    return formatMoney(net, currency, shownIn);
  }, [getValues, index, locale, currency, shownIn]);
  useLiveText(output, lineChanges.subscribe, read);
  // The output is its own relayout boundary (.live-figure): a new figure lays out that box alone.
  return (
    <div className="line-total">
      <output
        ref={output}
        className="live-figure"
        aria-live="off"
        aria-label={t`Line ${index + 1} total`}
        htmlFor={`field-items-${index}-quantity field-items-${index}-unit_price`}
      />
    </div>
  );
}
