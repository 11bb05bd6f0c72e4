import { InvoiceTotalsTally, type InvoiceTotals } from '@composer/shared/money/invoice-totals';
import type { ComposerValues, ItemValues } from '../model/composer-values.ts';
import { readItem, readTotalsAdjustments, sameReadingContext, type ReadingContext } from '../model/read-composer.ts';

/**
 * The totals of successive copies of the form (the preview's, see snapshotValues), each line's too. A copy keeps the
 * previous copy's object for each line that did not change, so only the lines whose object differs are read and
 * re-totalled: a refresh of a long invoice costs what its changed lines cost, not a pass over every line's figures.
 * Reading the same copy again gives the same object.
 */
export class SnapshotTotals {
  readonly #tally = new InvoiceTotalsTally();
  #values: ComposerValues | undefined;
  #items: readonly ItemValues[] = [];
  #context: ReadingContext | undefined;
  #totals: InvoiceTotals | undefined;

  read(values: ComposerValues, context: ReadingContext): InvoiceTotals {
    const sameContext = sameReadingContext(this.#context, context);
    if (this.#totals && sameContext && values === this.#values) return this.#totals;
    const { items } = values;
    if (!sameContext || items.length !== this.#items.length) {
      this.#tally.reset(items.map((item) => readItem(item, context.locale).totals));
    } else {
      for (let index = 0; index < items.length; index += 1) {
        const item = items[index]!;
        if (item !== this.#items[index]) this.#tally.replace(index, readItem(item, context.locale).totals);
      }
    }
    this.#values = values;
    this.#items = items;
    this.#context = context;
    return (this.#totals = this.#tally.totals(readTotalsAdjustments(values, context), true));
  }
}
