import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogMessages, translator } from '../../test-support/catalog-messages.ts';
import { formatDate, formatFileSize, formatMoney } from '../format.ts';
import { formattingLocale, languages, preferredLanguage, type Language } from './languages.ts';

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const files = '{files, plural, one {# file} other {# files}}';

describe('each language’s plural rules and formats', () => {
  it('plurals follow the language’s own rules: French says "0 fichier", English "0 files"', () => {
    const expected: Record<Language, [string, string, string]> = {
      en: ['0 files', '1 file', '3 files'],
      fr: ['0 fichier', '1 fichier', '3 fichiers'],
      it: ['0 file', '1 file', '3 file'],
      de: ['0 Dateien', '1 Datei', '3 Dateien'],
      es: ['0 archivos', '1 archivo', '3 archivos'],
    };
    for (const language of languages) {
      const translate = translator(language);
      assert.deepEqual(
        [0, 1, 3].map((count) => translate(files, { files: count })),
        expected[language],
        language,
      );
    }
  });

  it('every translation keeps the placeholders of its English message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\s*[},]/g)].map((match) => match[1]).sort();
    const english = catalogMessages('en');
    const mismatches = languages
      .filter((code) => code !== 'en')
      .flatMap((language) => {
        const translated = catalogMessages(language);
        return [...english.keys()]
          .filter((message) => placeholders(translated.get(message) ?? '').join() !== placeholders(message).join())
          .map((message) => `${language}: ${message} → ${translated.get(message)}`);
      });
    assert.deepEqual(mismatches, []);
  });

  it('money, dates and file sizes in each language’s own format', () => {
    const shown = Object.fromEntries(
      languages.map((language) => {
        const locale = formattingLocale(language, []);
        return [
          language,
          [formatMoney('1234.5', 'EUR', locale), formatDate('2026-03-09', locale), formatFileSize(6_291_456, locale)].map(normalise),
        ];
      }),
    );
    assert.deepEqual(shown, {
      en: ['€1,234.50', '9 Mar 2026', '6.2 MB'],
      fr: ['1 234,50 €', '9 mars 2026', '6,2 Mo'],
      it: ['1234,50 €', '9 mar 2026', '6,2 MB'],
      de: ['1.234,50 €', '09.03.2026', '6,2 MB'],
      es: ['1234,50 €', '9 mar 2026', '6,2 MB'],
    });
  });

  it('the language is the user’s choice, else the browser’s first of the five, else English; formats keep the browser’s region', () => {
    assert.equal(preferredLanguage(['nl-BE', 'fr-BE', 'en'], null), 'fr');
    assert.equal(preferredLanguage(['fr-FR'], 'de'), 'de');
    assert.equal(preferredLanguage(['ja-JP'], 'klingon'), 'en');
    assert.equal(formattingLocale('fr', ['nl-BE', 'fr-BE']), 'fr-BE');
    assert.equal(formattingLocale('de', ['fr-FR']), 'de-DE');
  });
});
