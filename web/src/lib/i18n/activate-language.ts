import { i18n, type Messages } from '@lingui/core';
import { setFormattingLanguage } from '../user-locale.ts';
import { preferredLanguage, type Language } from './languages.ts';

const storageKey = 'invoice-composer:language';

/** Each catalog is its own chunk: only the active language's is downloaded. */
export async function loadCatalog(language: Language): Promise<Messages> {
  const { messages } = await import(`../../locales/${language}.po`);
  return messages;
}

export function initialLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // Storage can be disabled; the browser's preference still applies.
  }
  return preferredLanguage(navigator.languages, stored);
}

/** Loads and activates a language app-wide: messages, formats, the page's `lang`, and the user's choice remembered. */
export async function activateLanguage(language: Language, remember = false): Promise<void> {
  const messages = await loadCatalog(language);
  setFormattingLanguage(language);
  i18n.loadAndActivate({ locale: language, messages });
  document.documentElement.lang = language;
  if (!remember) return;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered when storage is disabled; the switch still applies to this visit.
  }
}
