import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { i18n } from '@lingui/core';
import { errorLineOf, fieldMessage } from './field-message.ts';

describe('fieldMessage', () => {
  afterEach(() => i18n.activate('en'));

  it("marks Qonto's English words inside a message in another language, so they can be shown as English", () => {
    i18n.loadAndActivate({ locale: 'de', messages: {} });
    const line = errorLineOf(fieldMessage('`items.0.title` must have at most 40 characters.', 'invalid'));
    assert.match(line?.sentence ?? '', /\S$/);
    assert.equal(line?.detail, 'Must have at most 40 characters.');
  });

  it('leaves an English message whole', () => {
    const message = fieldMessage('`iban` is invalid.', 'invalid');
    assert.equal(message, 'Is invalid.');
    assert.equal(errorLineOf(message), undefined);
  });
});
