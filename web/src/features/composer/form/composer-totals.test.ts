import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frenchReading as context, invoiceOfLines, totalsFromScratch } from '../../../test-support/composer-invoices.ts';
import type { ComposerValues, ItemValues } from '../model/composer-values.ts';
import { ComposerTotals } from './composer-totals.ts';
import { FormChanges } from './form-changes.ts';

/** The lines array, counting which lines are read. */
function countingReads(items: ItemValues[]): { items: ItemValues[]; read: Set<number> } {
  const read = new Set<number>();
  const counted = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: counted, read };
}

/** The totals from the whole reading, without the lines' own. */
const figures = (values: ComposerValues, readingContext = context) => {
  const { items: _lines, ...summary } = totalsFromScratch(values, readingContext);
  return summary;
};

describe('ComposerTotals', () => {
  it('re-reads only the line typed in, and gives what reading the whole form gives', () => {
    const values = invoiceOfLines(300);
    const changes = new FormChanges();
    const totals = new ComposerTotals(() => values, changes);
    assert.deepEqual(totals.read(context), figures(values));

    const counting = countingReads(values.items);
    values.items = counting.items;
    changes.emit(); // the array was replaced: read anew once
    totals.read(context);
    counting.read.clear();

    values.items[149]!.quantity = '12,5';
    changes.emit('items.149.quantity');
    counting.read.clear();
    const after = totals.read(context);
    assert.deepEqual([...counting.read], [149]);
    assert.deepEqual(after, figures(values));

    values.items[0]!.vat_rate = '20';
    changes.emit('items.0.vat_rate');
    assert.deepEqual(totals.read(context), figures(values));
  });

  it('keeps the same figures object while no figure changes (a title typed), and reads anew when anything else changes', () => {
    const values = invoiceOfLines(3);
    const changes = new FormChanges();
    const totals = new ComposerTotals(() => values, changes);
    const first = totals.read(context);
    values.items[1]!.title = 'Renamed';
    changes.emit('items.1.title');
    assert.equal(totals.read(context), first);

    values.discount_type = 'percentage';
    values.discount_value = '10';
    changes.emit('discount_value');
    const discounted = totals.read(context);
    assert.notEqual(discounted, first);
    assert.deepEqual(discounted, figures(values));

    values.items = [...values.items, { ...values.items[0]!, quantity: '4' }];
    changes.emit();
    assert.deepEqual(totals.read(context), figures(values));

    // A new array is read anew even when no change was told.
    values.items = values.items.slice(1);
    assert.deepEqual(totals.read(context), figures(values));
    // Another locale reads the typed numbers anew.
    const english = { ...context, locale: 'en-GB' };
    assert.deepEqual(totals.read(english), figures(values, english));
  });

  it('leaves the totals alone when a field they do not read changes (the footer), and tells no one', () => {
    const values = invoiceOfLines(300);
    const changes = new FormChanges();
    const totals = new ComposerTotals(() => values, changes);
    const first = totals.read(context);
    let told = 0;
    totals.subscribe(() => (told += 1));
    const counting = countingReads(values.items);
    values.items = counting.items;
    changes.emit();
    totals.read(context);
    counting.read.clear();
    told = 0;
    values.footer = 'Thank you';
    changes.emit('footer');
    assert.equal(told, 0);
    assert.deepEqual(totals.read(context), first);
    assert.equal(counting.read.size, 0);
  });

  it('tells its listeners after it has noted the change', () => {
    const values = invoiceOfLines(2);
    const changes = new FormChanges();
    const totals = new ComposerTotals(() => values, changes);
    totals.read(context);
    const seen: string[] = [];
    totals.subscribe(() => seen.push(totals.read(context).total.value));
    values.items[0]!.quantity = '10';
    changes.emit('items.0.quantity');
    assert.deepEqual(seen, [figures(values).total.value]);
  });
});
