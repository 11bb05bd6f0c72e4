import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { userLocale } from '../../../lib/user-locale.ts';
import { formatMoney, formatPercent } from '../../../lib/format.ts';
import { useCallback, useRef } from 'react';
import { useLiveText } from '../../../lib/use-live-text.ts';
import { useComposerForm, useComposerSettings, useComposerTotals } from '../form/composer-form.tsx';
import { adjustmentsOf, AmountRow, type Adjustment } from './amount-row.tsx';
import { Fact } from '../../../components/fact.tsx';

const adjustmentLabels: Record<Adjustment, MessageDescriptor> = {
  welfareFund: msg`Welfare fund`,
  withholdingTax: msg`Withholding tax`,
  stampDuty: msg`Stamp duty`,
};

/**
 * Live totals from the shared implementation: what you see is what Qonto computes. The total follows each
 * key press at once (written without a render); the other figures follow in a transition.
 */
export function TotalsPanel() {
  const { t } = useLingui();
  const { currency } = useComposerSettings();
  const totals = useComposerTotals();
  // Read in the form's locale, shown in the UI's (they differ after a language switch).
  const shownIn = userLocale();
  const money = (value: string) => formatMoney(value, currency, shownIn);
  return (
    <section className="totals-panel" aria-labelledby="totals-title">
      <h2 id="totals-title">
        <Trans>Totals</Trans>
      </h2>
      <dl className="totals">
        <Fact term={<Trans>Subtotal</Trans>}>{money(totals.subtotal.value)}</Fact>
        {totals.itemDiscounts.cents > 0 && <Fact term={<Trans>Item discounts</Trans>}>−{money(totals.itemDiscounts.value)}</Fact>}
        {totals.globalDiscount.cents > 0 && <Fact term={<Trans>Global discount</Trans>}>−{money(totals.globalDiscount.value)}</Fact>}
        <Fact term={<Trans>Total excluding VAT</Trans>}>{money(totals.taxable.value)}</Fact>
        {totals.vatByRate.map((group) => {
          const rate = formatPercent(group.rate, shownIn);
          return (
            <Fact key={group.rate} term={t`VAT ${rate}`}>
              {money(group.vat.value)}
            </Fact>
          );
        })}
        {adjustmentsOf(totals).map(({ key, value, negative }) => (
          <AmountRow key={key} label={t(adjustmentLabels[key])} amount={money(value)} negative={negative} />
        ))}
        <Fact className="grand-total" term={<Trans>Total</Trans>}>
          <GrandTotal />
        </Fact>
      </dl>
    </section>
  );
}

/** The invoice's total, written at once on each change (useLiveText), before the rest of the panel renders. */
function GrandTotal() {
  const { t } = useLingui();
  const { totals } = useComposerForm();
  const { locale, profile, currency } = useComposerSettings();
  const shownIn = userLocale();
  const output = useRef<HTMLOutputElement>(null);
  const read = useCallback(
    () => formatMoney(totals.read({ locale, profile, currency }).total.value, currency, shownIn),
    [totals, locale, profile, currency, shownIn],
  );
  useLiveText(output, totals.subscribe, read);
  return <output ref={output} aria-label={t`Invoice total`} />;
}
