import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { userLocale } from '../../../lib/user-locale.ts';
import { formatMoney, formatPercent } from '../../../lib/format.ts';
import { useComposerForm, useComposerSettings, useFormChanges } from '../form/composer-form.tsx';
import { composerTotals } from '../model/read-composer.ts';
import { adjustmentsOf, AmountRow, type Adjustment } from './amount-row.tsx';

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
        <div>
          <dt>
            <Trans>Subtotal</Trans>
          </dt>
          <dd>{money(totals.subtotal.value)}</dd>
        </div>
        {totals.itemDiscounts.cents > 0 && (
          <div>
            <dt>
              <Trans>Item discounts</Trans>
            </dt>
            <dd>−{money(totals.itemDiscounts.value)}</dd>
          </div>
        )}
        {totals.globalDiscount.cents > 0 && (
          <div>
            <dt>
              <Trans>Global discount</Trans>
            </dt>
            <dd>−{money(totals.globalDiscount.value)}</dd>
          </div>
        )}
        <div>
          <dt>
            <Trans>Total excluding VAT</Trans>
          </dt>
          <dd>{money(totals.taxable.value)}</dd>
        </div>
        {totals.vatByRate.map((group) => {
          const rate = formatPercent(group.rate, shownIn);
          return (
            <div key={group.rate}>
              <dt>{t`VAT ${rate}`}</dt>
              <dd>{money(group.vat.value)}</dd>
            </div>
          );
        })}
        {adjustmentsOf(totals).map(({ key, value, negative }) => (
          <AmountRow key={key} label={t(adjustmentLabels[key])} amount={money(value)} negative={negative} />
        ))}
        <div className="grand-total">
          <dt>
            <Trans>Total</Trans>
          </dt>
          <dd>
            <output aria-label={t`Invoice total`}>{money(totals.total.value)}</output>
          </dd>
        </div>
      </dl>
    </section>
  );
}
