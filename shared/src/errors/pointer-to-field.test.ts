import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJsonPointer, parseJsonPointer } from './json-pointer.ts';
import { pointerToFieldPath } from './pointer-to-field.ts';

describe('JSON pointers (RFC 6901)', () => {
  it('decodes ~1 as / and ~0 as ~, in that order', () => {
    assert.deepEqual(parseJsonPointer('/a~1b/m~0n/~01'), ['a/b', 'm~n', '~1']);
    assert.deepEqual(parseJsonPointer(''), []);
    assert.throws(() => parseJsonPointer('no-slash'));
  });

  it('round-trips', () => {
    const tokens = ['items', '0', 'a/b~c'];
    assert.deepEqual(parseJsonPointer(formatJsonPointer(tokens)), tokens);
  });
});

describe('pointerToFieldPath', () => {
  it('maps Qonto pointers onto form fields', () => {
    assert.equal(pointerToFieldPath('/data/attributes/items/0/title'), 'items.0.title');
    assert.equal(pointerToFieldPath('/data/attributes/payment_methods/iban'), 'payment_methods.iban');
    assert.equal(pointerToFieldPath('/data/number'), 'number');
    assert.equal(pointerToFieldPath('/due_date'), 'due_date');
  });

  it('uses the per-endpoint prefix list and gives undefined when nothing matches', () => {
    assert.equal(pointerToFieldPath('/client/name', [['client']]), 'name');
    assert.equal(pointerToFieldPath('/other/name', [['client']]), undefined);
    assert.equal(pointerToFieldPath('/data/attributes'), undefined);
    assert.equal(pointerToFieldPath('garbage'), undefined);
  });
});
