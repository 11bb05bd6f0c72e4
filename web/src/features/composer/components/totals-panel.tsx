import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { userLocale } from '../../../lib/user-locale.ts';
import { formatMoney, formatPercent } from '../../../lib/format.ts';
import { useComposerForm, useComposerSettings, useFormChanges } from '../form/composer-form.tsx';
import { composerTotals } from '../model/read-composer.ts';
import { adjustmentsOf, AmountRow, type Adjustment } from './amount-row.tsx';
import { Fact } from '../../../components/fact.tsx';

const adjustmentLabels: Record<Adjustment, MessageDescriptor> = {
  welfareFund: msg`Welfare fund`,
  withholdingTax: msg`Withholding tax`,
  stampDuty: msg`Stamp duty`,
};

/** Live totals from the shared implementation: what you see is what Qonto computes. */
export function TotalsPanel() {
  const { t } = useLingui();
  const { getValues } = useComposerForm();
  const { locale, currency, profile } = useComposerSettings();
  useFormChanges();
  const totals = composerTotals(getValues(), { locale, profile, currency });
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
          <output aria-label={t`Invoice total`}>{money(totals.total.value)}</output>
        </Fact>
      </dl>
    </section>
  );
}
