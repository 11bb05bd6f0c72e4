import { expect, type Page } from '@playwright/test';
import { englishLeftovers } from '../../../web/src/test-support/catalog-messages.ts';
import type { Language } from '../../../web/src/lib/i18n/languages.ts';

/** A Lingui id where a message should be: six characters of base64 mixing cases and digits. */
const messageKey = /(?<![\p{L}\p{N}])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*\d)[A-Za-z0-9+/]{6}(?![\p{L}\p{N}])/u;
const leftoverCache = new Map<Language, { fragment: string; pattern: RegExp }[]>();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function leftoverPatterns(language: Language): { fragment: string; pattern: RegExp }[] {
  if (!leftoverCache.has(language)) {
    leftoverCache.set(
      language,
      englishLeftovers(language).map((fragment) => ({
        fragment,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(fragment)}(?![\\p{L}\\p{N}-])`, 'u'),
      })),
    );
  }
  return leftoverCache.get(language)!;
}

/**
 * The page's text in the UI language: visible text and accessible names (aria-label, placeholder, title,
 * options), leaving out what is marked as another language (Qonto's English detail, the client's preview).
 */
async function uiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const language = document.documentElement.lang;
    const inUiLanguage = (element: Element) => (element.closest('[lang]')?.getAttribute('lang') ?? language) === language;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      const text = walker.currentNode.textContent?.trim();
      if (!text || !parent || !inUiLanguage(parent)) continue;
      if (parent.closest('script, style') || (!parent.closest('option') && !parent.checkVisibility())) continue;
      texts.push(text);
    }
    for (const element of Array.from(document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))) {
      if (!inUiLanguage(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

/**
 * The page speaks `language`: its `lang`, no message key, no English message the language translates.
 * `alsoWords` are English fragments that are words of the page's language too (German "Status").
 */
export async function expectPageSpeaks(page: Page, language: Language, alsoWords: readonly string[] = []): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  // The product's name is a name, not English to translate.
  const texts = (await uiText(page)).map((text) => text.replaceAll('Invoice Composer', ''));
  const keys = texts.filter((text) => messageKey.test(text));
  const patterns = leftoverPatterns(language).filter(({ fragment }) => !alsoWords.includes(fragment));
  const english = texts.flatMap((text) =>
    patterns.filter(({ pattern }) => pattern.test(text)).map(({ fragment }) => `"${fragment}" in "${text}"`),
  );
  expect({ keys, english }, `${language} page at ${page.url()}`).toEqual({ keys: [], english: [] });
}
