import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDecimal, formatMoney, formatPercent } from './format.ts';
import { userLocale } from './user-locale.ts';

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting', () => {
  it('formats money in fr, it, de, es and en, from decimal strings without floats', () => {
    assert.equal(normalise(formatMoney('1234.56', 'EUR', 'fr-FR')), '1 234,56 €');
    assert.equal(normalise(formatMoney('1234.56', 'EUR', 'it-IT')), '1234,56 €');
    assert.equal(normalise(formatMoney('1234.56', 'EUR', 'de-DE')), '1.234,56 €');
    assert.equal(normalise(formatMoney('1234.56', 'EUR', 'es-ES')), '1234,56 €');
    assert.equal(normalise(formatMoney('1234.56', 'GBP', 'en-GB')), '£1,234.56');
    assert.equal(formatMoney('90071992547409.93', 'EUR', 'en-GB'), '€90,071,992,547,409.93');
  });

  it('formats dates without shifting them across time zones', () => {
    assert.equal(formatDate('2026-01-31', 'fr-FR'), '31 janv. 2026');
    assert.equal(formatDate('2026-01-31', 'de-DE'), '31.01.2026');
    assert.equal(formatDate('2026-01-31', 'en-GB'), '31 Jan 2026');
    assert.equal(formatDate(null, 'en-GB'), '—');
  });

  it('formats decimals and rates', () => {
    assert.equal(normalise(formatDecimal('1234.5', 'fr-FR')), '1 234,5');
    assert.equal(normalise(formatPercent('0.055', 'fr-FR')), '5,5 %');
    assert.equal(formatPercent('0.2', 'en-GB'), '20%');
  });

  it('picks the first supported browser language, else British English', () => {
    assert.equal(userLocale(['nl-NL', 'it-IT', 'en-US']), 'it-IT');
    assert.equal(userLocale(['ja-JP']), 'en-GB');
    assert.equal(userLocale([]), 'en-GB');
  });
});
