import { i18n, type Messages } from '@lingui/core';
import { setFormattingLanguage } from '../user-locale.ts';
import { preferredLanguage, type Language } from './languages.ts';

const storageKey = 'invoice-composer:language';

/**
 * Each catalog is its own chunk: only the active language's is downloaded, in two parts. The first part (the
 * shell and what the New invoice page shows when it opens) comes with the app; the second (the other pages, and
 * the first page's parts that load on use) with the first page or part that needs it.
 */
const loadFirstPart = async (language: Language): Promise<Messages> => (await import(`../../locales/${language}.po`)).messages;
const loadPagesPart = async (language: Language): Promise<Messages> => (await import(`../../locales/pages/${language}.po`)).messages;

/** Both parts of a language's catalog, for another language than the UI's (what a client will read). */
export async function loadCatalog(language: Language): Promise<Messages> {
  const [first, pages] = await Promise.all([loadFirstPart(language), loadPagesPart(language)]);
  return { ...first, ...pages };
}

let pagesWanted = false;
/** The language whose second part is loaded (once per language: loading again would re-render every message). */
let pagesLoadedIn: Language | undefined;
/** The language last asked for, active or on its way. */
let wantedLanguage: Language | undefined;

/**
 * The second part in the UI's language: the other pages' routes, and the parts of the first page that load on use
 * (a dialog, the drop zone, the form's checks), wait for it with their code.
 */
export async function loadPagesCatalog(): Promise<void> {
  pagesWanted = true;
  const language = wantedLanguage ?? (i18n.locale as Language);
  if (pagesLoadedIn === language) return;
  const messages = await loadPagesPart(language);
  i18n.load(language, messages);
  pagesLoadedIn = language;
}

/** A loader for code that shows messages of the second part: it resolves once both are there. */
export const withPagesCatalog =
  <T>(load: () => Promise<T>) =>
  async (): Promise<T> =>
    (await Promise.all([load(), loadPagesCatalog()]))[0];

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
  if (pagesWanted) pagesLoadedIn = language;
  document.documentElement.lang = language;
  if (!remember) return;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered when storage is disabled; the switch still applies to this visit.
  }
}
