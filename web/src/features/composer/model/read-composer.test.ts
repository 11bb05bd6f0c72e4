import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyComposer } from './composer-values.ts';
import { readItem } from './read-composer.ts';

describe('readItem', () => {
  it('reads a line again when react-hook-form edits it in place, and not otherwise', () => {
    const item = { ...emptyComposer({ iban: 'FR7616958000012345678901234', vatRate: '20' }).items[0]!, quantity: '2' };
    const first = readItem(item, 'fr-FR');
    assert.equal(readItem(item, 'fr-FR'), first);
    item.quantity = '2,5';
    const second = readItem(item, 'fr-FR');
    assert.notEqual(second, first);
    assert.equal(second.totals.quantity, '2.5');
    assert.notEqual(readItem(item, 'en-GB'), second);
  });
});
