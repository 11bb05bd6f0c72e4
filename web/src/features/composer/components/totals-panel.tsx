import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import type { InvoiceSummary, Money } from '@composer/shared/money/invoice-totals';
import { useCallback, useRef, useSyncExternalStore, type RefObject } from 'react';
import { Fact } from '../../../components/fact.tsx';
import { deductionSign, formatMoney, formatPercent } from '../../../lib/format.ts';
import { useLiveText } from '../../../lib/use-live-text.ts';
import { userLocale } from '../../../lib/user-locale.ts';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { adjustmentsOf, type Adjustment } from './amount-row.tsx';

const adjustmentLabels: Record<Adjustment, MessageDescriptor> = {
  welfareFund: msg`Welfare fund`,
  withholdingTax: msg`Withholding tax`,
  stampDuty: msg`Stamp duty`,
};

/** The rows the panel shows; it renders again only when they change (a VAT rate or a discount appears). */
function rowsOf(totals: InvoiceSummary): string {
  return [
    totals.itemDiscounts.cents > 0 ? 'item-discounts' : '',
    totals.globalDiscount.cents > 0 ? 'global-discount' : '',
    ...totals.vatByRate.map((group) => `vat:${group.rate}`),
    ...adjustmentsOf(totals).map(({ key }) => key),
  ].join(' ');
}

/**
 * Live totals from the shared implementation: what you see is what Qonto computes. The total is written in
 * the key press's own event, the other figures just before the next frame (useLiveText): a key press costs
 * one frame and no React render.
 */
export function TotalsPanel() {
  const { t } = useLingui();
  const { totals } = useComposerForm();
  const { locale, profile, currency } = useComposerSettings();
  const read = useCallback(() => totals.read({ locale, profile, currency }), [totals, locale, profile, currency]);
  useSyncExternalStore(totals.subscribe, () => rowsOf(read()));
  const summary = read();
  // Read in the form's locale, shown in the UI's (they differ after a language switch).
  const shownIn = userLocale();
  const figure = (pick: (totals: InvoiceSummary) => Money | undefined, sign = '') => (
    <LiveFigure subscribe={totals.subscribe} text={() => sign + formatMoney(pick(read())?.value ?? '0', currency, shownIn)} />
  );
  return (
    <section className="totals-panel" aria-labelledby="totals-title">
      <h2 id="totals-title">
        <Trans>Totals</Trans>
      </h2>
      <dl className="totals">
        <Fact term={<Trans>Subtotal</Trans>}>{figure((s) => s.subtotal)}</Fact>
        {summary.itemDiscounts.cents > 0 && (
          <Fact term={<Trans>Item discounts</Trans>}>{figure((s) => s.itemDiscounts, deductionSign)}</Fact>
        )}
        {summary.globalDiscount.cents > 0 && (
          <Fact term={<Trans>Global discount</Trans>}>{figure((s) => s.globalDiscount, deductionSign)}</Fact>
        )}
        <Fact term={<Trans>Total excluding VAT</Trans>}>{figure((s) => s.taxable)}</Fact>
        {summary.vatByRate.map((group) => {
          const rate = formatPercent(group.rate, shownIn);
          return (
            <Fact key={group.rate} term={t`VAT ${rate}`}>
              {figure((s) => s.vatByRate.find((other) => other.rate === group.rate)?.vat)}
            </Fact>
          );
        })}
        {adjustmentsOf(summary).map(({ key, negative }) => (
          <Fact key={key} term={t(adjustmentLabels[key])}>
            {figure((s) => s[key], negative ? deductionSign : '')}
          </Fact>
        ))}
        <Fact className="grand-total" term={<Trans>Total</Trans>}>
          <LiveFigure
            subscribe={totals.subscribe}
            text={() => formatMoney(read().total.value, currency, shownIn)}
            label={t`Invoice total`}
          />
        </Fact>
      </dl>
    </section>
  );
}

interface LiveFigureProps {
  subscribe: (listener: () => void) => () => void;
  text: () => string;
  /** The total: a status its label names, written in the key's own event; the others just before the next frame. */
  label?: string;
}

/** A figure of the totals, its own relayout boundary (.live-figure), rewritten without a React render. */
function LiveFigure({ subscribe, text, label }: LiveFigureProps) {
  const element = useRef<HTMLElement>(null);
  useLiveText(element, subscribe, text, label ? 'event' : 'frame');
  return label ? (
    <output ref={element as RefObject<HTMLOutputElement>} className="live-figure" aria-label={label} />
  ) : (
    <span ref={element} className="live-figure" />
  );
}
