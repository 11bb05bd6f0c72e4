import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDecimalInput, parseDecimalInput } from './parse-decimal-input.ts';

describe('parseDecimalInput', () => {
  it('understands the French way and the dot way in a French locale', () => {
    assert.equal(parseDecimalInput('1 234,56', 'fr-FR'), '1234.56');
    assert.equal(parseDecimalInput('1\u202f234,56', 'fr-FR'), '1234.56');
    assert.equal(parseDecimalInput('1234.56', 'fr-FR'), '1234.56');
    assert.equal(parseDecimalInput('123,00', 'fr-FR'), '123.00');
    assert.equal(parseDecimalInput('0,5', 'fr-FR'), '0.5');
    assert.equal(parseDecimalInput(',5', 'fr-FR'), '0.5');
  });

  it('understands German, Italian and Spanish grouping with dots', () => {
    assert.equal(parseDecimalInput('1.234,56', 'de-DE'), '1234.56');
    assert.equal(parseDecimalInput('1.500', 'de-DE'), '1500');
    assert.equal(parseDecimalInput('1.5', 'de-DE'), '1.5');
    assert.equal(parseDecimalInput('12.345.678,9', 'it-IT'), '12345678.9');
    assert.equal(parseDecimalInput('99,95', 'es-ES'), '99.95');
  });

  it('understands English with commas for thousands', () => {
    assert.equal(parseDecimalInput('1,234.56', 'en-GB'), '1234.56');
    assert.equal(parseDecimalInput('1,234', 'en-GB'), '1234');
    assert.equal(parseDecimalInput('12.5', 'en-GB'), '12.5');
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'abc', '1,2,3,4', '1.2.3', '12-3', '1e5', '-5', '1,234.56.7'])
      assert.equal(parseDecimalInput(text, 'fr-FR'), undefined, text);
  });

  it('keeps every digit: no float rounding', () => {
    assert.equal(parseDecimalInput('0,1234567891', 'fr-FR'), '0.1234567891');
    assert.equal(parseDecimalInput('9007199254740993', 'en-GB'), '9007199254740993');
  });
});

describe('formatDecimalInput', () => {
  it('shows a canonical decimal in the user’s locale', () => {
    assert.equal(formatDecimalInput('1234.5', 'fr-FR').replace(/\s/g, ' '), '1 234,5');
    assert.equal(formatDecimalInput('1234.50', 'de-DE'), '1.234,50');
    assert.equal(formatDecimalInput('1234.5', 'en-GB'), '1,234.5');
  });

  it('round-trips through parseDecimalInput', () => {
    for (const locale of ['fr-FR', 'de-DE', 'it-IT', 'es-ES', 'en-GB']) {
      for (const value of ['0.5', '12', '1234.56', '1000000.001'])
        assert.equal(parseDecimalInput(formatDecimalInput(value, locale), locale), value, `${locale} ${value}`);
    }
  });
});
