import { i18n, type Messages } from '@lingui/core';
import { setFormattingLanguage } from '../user-locale.ts';
import { preferredLanguage, type Language } from './languages.ts';

const storageKey = 'invoice-composer:language';

/**
 * Each catalog is its own chunk: only the active language's is downloaded, in two parts. The first part (the
 * shell and the New invoice page) comes with the app; the other pages' part with the first of them opened.
 */
const loadFirstPart = async (language: Language): Promise<Messages> => (await import(`../../locales/${language}.po`)).messages;
const loadPagesPart = async (language: Language): Promise<Messages> => (await import(`../../locales/pages/${language}.po`)).messages;

/** Both parts of a language's catalog, for another language than the UI's (what a client will read). */
export async function loadCatalog(language: Language): Promise<Messages> {
  const [first, pages] = await Promise.all([loadFirstPart(language), loadPagesPart(language)]);
  return { ...first, ...pages };
}

let pagesWanted = false;
/** The language last asked for, active or on its way. */
let wantedLanguage: Language | undefined;

/** The other pages' messages in the UI's language: their routes wait for this before showing. */
export async function loadPagesCatalog(): Promise<void> {
  pagesWanted = true;
  const language = wantedLanguage ?? (i18n.locale as Language);
  const messages = await loadPagesPart(language);
  i18n.load(language, messages);
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
  wantedLanguage = language;
  const withPages = pagesWanted;
  let messages = withPages ? await loadCatalog(language) : await loadFirstPart(language);
  // One of the other pages was opened meanwhile: it needs its part in this language too.
  if (pagesWanted && !withPages) messages = { ...messages, ...(await loadPagesPart(language)) };
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
