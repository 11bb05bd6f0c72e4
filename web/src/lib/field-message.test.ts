import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { i18n } from '@lingui/core';
import { fieldMessage, messageParts } from './field-message.ts';

describe('fieldMessage', () => {
  afterEach(() => i18n.activate('en'));

  it("marks Qonto's English words inside a message in another language, so they can be shown as English", () => {
    i18n.loadAndActivate({ locale: 'de', messages: {} });
    const [sentence, detail, end, ...rest] = messageParts(fieldMessage('`items.0.title` must have at most 40 characters.', 'invalid'));
    assert.equal(sentence?.english, false);
    assert.match(sentence?.text ?? '', /\S \($/);
    assert.deepEqual(detail, { text: 'Must have at most 40 characters.', english: true });
    assert.deepEqual(end, { text: ')', english: false });
    assert.deepEqual(rest, []);
  });

  it('leaves an English message whole', () => {
    assert.deepEqual(messageParts(fieldMessage('`iban` is invalid.', 'invalid')), [{ text: 'Is invalid.', english: false }]);
  });
});
