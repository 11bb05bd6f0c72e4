import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frenchReading as context, invoiceOfLines, totalsFromScratch as fromScratch } from '../../../test-support/composer-invoices.ts';
import type { ComposerValues, ItemValues } from '../model/composer-values.ts';
import { snapshotValues } from '../model/values-snapshot.ts';
import { SnapshotTotals } from './snapshot-totals.ts';

/** A copy whose lines count how often any of their fields is read. */
function countingLines(snapshot: ComposerValues): { snapshot: ComposerValues; reads: { count: number } } {
  const reads = { count: 0 };
  const items = snapshot.items.map(
    (item) =>
      new Proxy(item, {
        get(target, key, receiver) {
          reads.count += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      }) as ItemValues,
  );
  return { snapshot: { ...snapshot, items }, reads };
}

describe('SnapshotTotals', () => {
  it('reads only the lines whose object changed since the last copy, and gives what reading the whole copy gives', () => {
    const live = invoiceOfLines(300);
    const totals = new SnapshotTotals();
    const { snapshot: first, reads } = countingLines(snapshotValues(live, undefined));
    assert.deepEqual(totals.read(first, context), fromScratch(first));

    live.items[149]!.quantity = '12,5';
    const second = snapshotValues(live, first);
    assert.notEqual(second.items[149], first.items[149]);
    reads.count = 0;
    const after = totals.read(second, context);
    assert.equal(reads.count, 0, 'no unchanged line is read');
    assert.deepEqual(after, fromScratch(second));
    assert.equal(totals.read(second, context), after, 'the same copy gives the same object');
  });

  it('follows lines added and removed, a global discount, and the currency', () => {
    const live = invoiceOfLines(30);
    const totals = new SnapshotTotals();
    let snapshot = snapshotValues(live, undefined);
    totals.read(snapshot, context);

    live.items.push({ ...live.items[0]!, quantity: '3' });
    snapshot = snapshotValues(live, snapshot);
    assert.deepEqual(totals.read(snapshot, context), fromScratch(snapshot));

    live.items.splice(4, 2);
    snapshot = snapshotValues(live, snapshot);
    assert.deepEqual(totals.read(snapshot, context), fromScratch(snapshot));

    live.discount_type = 'percentage';
    live.discount_value = '10';
    snapshot = snapshotValues(live, snapshot);
    const discounted = totals.read(snapshot, context);
    assert.deepEqual(discounted, fromScratch(snapshot));
    assert.notEqual(discounted.globalDiscount.value, '0.00');

    const inDollars = { ...context, currency: 'USD' };
    assert.deepEqual(totals.read(snapshot, inDollars), fromScratch(snapshot, inDollars));
  });
});
