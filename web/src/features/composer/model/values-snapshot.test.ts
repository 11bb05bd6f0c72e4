import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyComposer } from './composer-values.ts';
import { snapshotValues } from './values-snapshot.ts';

describe('snapshotValues', () => {
  const live = emptyComposer({ iban: 'FR7616958000012345678901234', vatRate: '20' });
  live.items = [0, 1, 2].map((i) => ({ ...live.items[0]!, title: `Line ${i}`, quantity: '1' }));

  it('copies: editing the live values in place does not reach the snapshot', () => {
    const first = snapshotValues(live, undefined);
    assert.notEqual(first.items[0], live.items[0]);
    assert.notEqual(first.settings, live.settings);
    live.items[0]!.quantity = '5';
    live.settings.vat_number = 'FR123';
    assert.equal(first.items[0]!.quantity, '1');
    assert.equal(first.settings.vat_number, '');
  });

  it('keeps the objects of the lines that did not change, and only those', () => {
    const before = snapshotValues(live, undefined);
    live.items[1]!.unit_price = '12,50';
    const after = snapshotValues(live, before);
    assert.equal(after.items[0], before.items[0]);
    assert.equal(after.items[2], before.items[2]);
    assert.notEqual(after.items[1], before.items[1]);
    assert.equal(after.items[1]!.unit_price, '12,50');
  });
});
