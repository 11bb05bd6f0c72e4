import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFormControl } from 'react-hook-form';
import { emptyComposer, type ComposerValues } from '../model/composer-values.ts';
import { FormErrors } from './form-errors.ts';

describe('FormErrors', () => {
  it("serves every field's and line's error through one subscription, told only when errors change", () => {
    const values = emptyComposer({ iban: 'FR7616958000012345678901234', vatRate: '20' });
    values.items = [values.items[0]!, { ...values.items[0]! }];
    const form = createFormControl<ComposerValues>({ defaultValues: values });
    const errors = new FormErrors(form);
    let told = 0;
    const stopA = errors.subscribe(() => (told += 1));
    const stopB = errors.subscribe(() => (told += 1));
    assert.equal(errors.lineKey(1), '{}');

    form.setValue('items.1.quantity', '3');
    assert.equal(told, 0, 'a typed value is not an error change');

    form.setError('items.1.quantity', { type: 'server', message: 'Must be positive.' });
    assert.equal(told, 2);
    assert.equal(errors.message('items.1.quantity'), 'Must be positive.');
    assert.deepEqual(JSON.parse(errors.lineKey(1)), { quantity: 'Must be positive.' });
    assert.equal(errors.lineKey(0), '{}');

    form.setError('iban', { type: 'validate' });
    assert.equal(errors.message('iban'), 'Check this value.');

    form.clearErrors();
    assert.equal(errors.lineKey(1), '{}');
    stopA();
    stopB();
    const before = told;
    form.setError('iban', { type: 'server', message: 'Unknown IBAN.' });
    assert.equal(told, before, 'no listener, no subscription');
  });
});
