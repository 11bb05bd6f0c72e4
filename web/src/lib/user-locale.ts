const supported = ['fr', 'it', 'de', 'es', 'en'] as const;
export type SupportedLanguage = (typeof supported)[number];

/** The browser's locale when its language is one we format for (fr, it, de, es, en), else en-GB. */
export function userLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): string {
  const match = languages.find((tag) => supported.includes(tag.slice(0, 2).toLowerCase() as SupportedLanguage));
  return match ?? 'en-GB';
}

export function userLanguage(locale = userLocale()): SupportedLanguage {
  return locale.slice(0, 2).toLowerCase() as SupportedLanguage;
}
