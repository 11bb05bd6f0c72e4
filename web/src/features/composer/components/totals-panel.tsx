import { formatMoney, formatPercent } from '../../../lib/format.ts';
import { useComposerForm, useComposerSettings, useFormChanges } from '../form/composer-form.tsx';
import { composerTotals } from '../model/read-composer.ts';

/** Live totals from the shared implementation: what you see is what Qonto computes. */
export function TotalsPanel() {
  const { getValues } = useComposerForm();
  const { locale, currency, profile } = useComposerSettings();
  useFormChanges();
  const totals = composerTotals(getValues(), { locale, profile, currency });
  const money = (value: string) => formatMoney(value, currency, locale);
  return (
    <section className="totals-panel" aria-labelledby="totals-title">
      <h2 id="totals-title">Totals</h2>
      <dl className="totals">
        <div>
          <dt>Subtotal</dt>
          <dd>{money(totals.subtotal.value)}</dd>
        </div>
        {totals.itemDiscounts.cents > 0 && (
          <div>
            <dt>Item discounts</dt>
            <dd>−{money(totals.itemDiscounts.value)}</dd>
          </div>
        )}
        {totals.globalDiscount.cents > 0 && (
          <div>
            <dt>Global discount</dt>
            <dd>−{money(totals.globalDiscount.value)}</dd>
          </div>
        )}
        <div>
          <dt>Total excluding VAT</dt>
          <dd>{money(totals.taxable.value)}</dd>
        </div>
        {totals.vatByRate.map((group) => (
          <div key={group.rate}>
            <dt>VAT {formatPercent(group.rate, locale)}</dt>
            <dd>{money(group.vat.value)}</dd>
          </div>
        ))}
        {totals.welfareFund.cents > 0 && (
          <div>
            <dt>Welfare fund</dt>
            <dd>{money(totals.welfareFund.value)}</dd>
          </div>
        )}
        {totals.withholdingTax.cents > 0 && (
          <div>
            <dt>Withholding tax</dt>
            <dd>−{money(totals.withholdingTax.value)}</dd>
          </div>
        )}
        {totals.stampDuty.cents > 0 && (
          <div>
            <dt>Stamp duty</dt>
            <dd>{money(totals.stampDuty.value)}</dd>
          </div>
        )}
        <div className="grand-total">
          <dt>Total</dt>
          <dd>
            <output aria-label="Invoice total">{money(totals.total.value)}</output>
          </dd>
        </div>
      </dl>
    </section>
  );
}
