import { formattingLocale, preferredLanguage, type Language } from './i18n/languages.ts';

const browserLanguages = (): readonly string[] => globalThis.navigator?.languages ?? [];
let activeLocale: string | undefined;

/** Number, date and currency formats follow the active UI language (set when its catalog is activated). */
export function setFormattingLanguage(language: Language): void {
  activeLocale = formattingLocale(language, browserLanguages());
}

/** The locale formats use: the active language's, else the first of `languages` we speak, else en-GB. */
export function userLocale(languages?: readonly string[]): string {
  if (!languages && activeLocale) return activeLocale;
  const tags = languages ?? browserLanguages();
  return formattingLocale(preferredLanguage(tags), tags);
}
