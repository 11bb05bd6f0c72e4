/** The languages the app speaks; English is the source every message is written in. */
export const languages = ['en', 'fr', 'it', 'de', 'es'] as const;
export type Language = (typeof languages)[number];

/** The region used for number, date and currency formats when the browser names none for the language. */
const defaultRegions: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT', de: 'de-DE', es: 'es-ES' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

const baseLanguage = (tag: string) => tag.slice(0, 2).toLowerCase();

/** The user's own choice when they made one, else the browser's first preferred language we speak, else English. */
export function preferredLanguage(browserLanguages: readonly string[], stored?: string | null): Language {
  if (isLanguage(stored)) return stored;
  const match = browserLanguages.map(baseLanguage).find(isLanguage);
  return match ?? 'en';
}

/** Formats follow the UI language, in the browser's region for it when it names one ("fr-BE" for a Belgian user). */
export function formattingLocale(language: Language, browserLanguages: readonly string[]): string {
  const regional = browserLanguages.find((tag) => baseLanguage(tag) === language && tag.length > 2);
  return regional ?? defaultRegions[language];
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** Intl.DisplayNames is slow to build, and the preview names two languages on each refresh. */
function languageNames(locale: string): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language' });
    displayNames.set(locale, names);
  }
  return names;
}

/** A language's name in that language ("Deutsch", "Français"), as language pickers show them. */
export function languageAutonym(language: string): string {
  const name = languageNames(language).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** A language's name in the reader's language ("italien" for a French reader). */
export function languageName(language: string, readerLocale: string): string {
  return languageNames(readerLocale).of(language) ?? language;
}
