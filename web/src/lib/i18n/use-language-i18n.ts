import { i18n as uiI18n, setupI18n, type I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { useEffect, useState } from 'react';
import { loadCatalog } from './activate-language.ts';
import { isLanguage, type Language } from './languages.ts';

const instances = new Map<Language, Promise<I18n>>();

function languageI18n(language: Language): Promise<I18n> {
  let instance = instances.get(language);
  if (!instance) {
    instance = loadCatalog(language).then((messages) => setupI18n({ locale: language, messages: { [language]: messages } }));
    instances.set(language, instance);
  }
  return instance;
}

/** A Qonto locale ("fr", "FR", "fr_FR") as one of the five languages, or undefined. */
export function languageOfLocale(locale: string | null | undefined): Language | undefined {
  const language = locale?.slice(0, 2).toLowerCase();
  return isLanguage(language) ? language : undefined;
}

/**
 * Messages in another language than the UI's (the client's, for what the client will read): that
 * language's catalog is loaded once, on first use; until it is there, the UI's language stands in.
 */
export function useLanguageI18n(language: Language | undefined): { i18n: I18n; language: Language } {
  const { i18n: active } = useLingui();
  const uiLanguage = active.locale as Language;
  const wanted = language ?? uiLanguage;
  const [loaded, setLoaded] = useState<I18n>();
  useEffect(() => {
    if (wanted === uiLanguage) return undefined;
    let current = true;
    void languageI18n(wanted).then((instance) => {
      if (current) setLoaded(instance);
    });
    return () => {
      current = false;
    };
  }, [wanted, uiLanguage]);
  if (wanted === uiLanguage || loaded?.locale !== wanted) return { i18n: uiI18n, language: uiLanguage };
  return { i18n: loaded, language: wanted };
}
