import { InvoiceTotalsTally, type InvoiceAdjustments, type InvoiceSummary, type Money } from '@composer/shared/money/invoice-totals';
import type { ComposerValues, ItemValues } from '../model/composer-values.ts';
import { readComposer, readItem, sameReadingContext, type ReadingContext } from '../model/read-composer.ts';
import type { FormChanges } from './form-changes.ts';

const linePath = /^items\.(\d+)(?:\.|$)/;
/** The fields besides the lines that the totals read (readComposer's totalsInput); the others leave them as they are. */
const totalsPath = /^(items|discount_|italy\.|spain\.)/;

/**
 * The invoice's totals as the form changes, for the totals panel. A change named after one line (a key
 * press in its quantity) re-reads that line alone and re-totals without a pass over the others; a field the
 * totals do not read (the footer, a date) changes nothing; anything else (lines added, removed or moved, the
 * global discount, Italian or Spanish withholding, the client's currency) reads the form anew.
 * The lines array is react-hook-form's own, edited in place while typing and replaced when lines are
 * added, removed or moved: a different array is read anew too, whatever the changes said.
 */
export class ComposerTotals {
  readonly #tally = new InvoiceTotalsTally();
  readonly #listeners = new Set<() => void>();
  readonly #changedLines = new Set<number>();
  #stale = true;
  #items: readonly ItemValues[] | undefined;
  #context: ReadingContext | undefined;
  #adjustments: InvoiceAdjustments = {};
  #summary: InvoiceSummary | undefined;

  readonly #getValues: () => ComposerValues;

  constructor(getValues: () => ComposerValues, changes: FormChanges) {
    this.#getValues = getValues;
    changes.subscribe((path) => {
      const line = path === undefined ? undefined : linePath.exec(path)?.[1];
      if (line !== undefined) this.#changedLines.add(Number(line));
      else if (path === undefined || totalsPath.test(path)) this.#stale = true;
      else return;
      for (const listener of this.#listeners) listener();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The totals now; the same object as last time while no figure differs. */
  read(context: ReadingContext): InvoiceSummary {
    const values = this.#getValues();
    const sameContext = sameReadingContext(this.#context, context);
    if (this.#stale || !sameContext || values.items !== this.#items || values.items.length !== this.#tally.size) {
      const { items, ...adjustments } = readComposer(values, context).totalsInput;
      this.#tally.reset(items);
      this.#adjustments = adjustments;
      this.#items = values.items;
      this.#context = context;
    } else if (this.#changedLines.size > 0) {
      for (const index of this.#changedLines) this.#tally.replace(index, readItem(values.items[index]!, context.locale).totals);
    } else if (this.#summary) {
      return this.#summary;
    }
    this.#stale = false;
    this.#changedLines.clear();
    const summary = this.#tally.totals(this.#adjustments);
    if (this.#summary && sameSummary(this.#summary, summary)) return this.#summary;
    return (this.#summary = summary);
  }
}

const sameMoney = (a: Money, b: Money) => a.value === b.value;

function sameSummary(a: InvoiceSummary, b: InvoiceSummary): boolean {
  const amounts = [
    'subtotal',
    'itemDiscounts',
    'globalDiscount',
    'taxable',
    'vat',
    'welfareFund',
    'withholdingTax',
    'stampDuty',
    'total',
  ] as const;
  return (
    amounts.every((key) => sameMoney(a[key], b[key])) &&
    a.vatByRate.length === b.vatByRate.length &&
    a.vatByRate.every((group, i) => {
      const other = b.vatByRate[i]!;
      return group.rate === other.rate && sameMoney(group.taxable, other.taxable) && sameMoney(group.vat, other.vat);
    })
  );
}
