/**
 * The committed catalogs as the app runs them (ids generated as the macros do, ICU compiled by Lingui),
 * for unit tests and for the language journeys, which find controls by their translated names.
 */
import { readFileSync } from 'node:fs';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { generateMessageId } from '@lingui/message-utils/generateMessageId';
import { readPo } from '../../scripts/read-po.ts';
import type { Language } from '../lib/i18n/languages.ts';

/** A language's messages, both parts of its catalog (see lingui.config.ts). */
export const catalogMessages = (language: Language): Map<string, string> =>
  new Map(
    [`${language}.po`, `pages/${language}.po`].flatMap((file) => [
      ...readPo(readFileSync(new URL(`../locales/${file}`, import.meta.url), 'utf8')),
    ]),
  );

/** Translates an English message (its msgid, placeholders included) into the language, as the app would. */
export function translator(language: Language): (message: string, values?: Record<string, unknown>) => string {
  const messages = Object.fromEntries(
    [...catalogMessages(language)].map(([message, translation]) => [generateMessageId(message), compileMessage(translation || message)]),
  );
  const i18n = setupI18n({ locale: language, messages: { [language]: messages } });
  return (message, values) => {
    const id = generateMessageId(message);
    if (!(id in messages)) throw new Error(`Not in the ${language} catalog: "${message}"`);
    return i18n._({ id, message, values });
  };
}

/**
 * The English words a page in `language` must not show: each English message the language translates
 * differently, cut at its placeholders and tags into the runs of words a page would show as they are.
 */
export function englishLeftovers(language: Language): string[] {
  const english = catalogMessages('en');
  const translated = catalogMessages(language);
  const fragments = new Set<string>();
  for (const message of english.keys()) {
    const translation = translated.get(message);
    if (!translation || translation === message) continue;
    for (const fragment of literalRuns(message)) {
      if (/\p{L}{3}/u.test(fragment) && !translation.includes(fragment)) fragments.add(fragment);
    }
  }
  return [...fragments];
}

/** The text of a message outside its ICU arguments and its `<0>…</0>` tags. */
function literalRuns(message: string): string[] {
  const runs: string[] = [];
  let depth = 0;
  let run = '';
  const cut = () => {
    if (run.trim()) runs.push(run.trim().replace(/[\s:;,.–—-]+$/u, ''));
    run = '';
  };
  for (let index = 0; index < message.length; index += 1) {
    const char = message[index]!;
    if (char === '{') {
      if (depth === 0) cut();
      depth += 1;
    } else if (char === '}') depth -= 1;
    else if (depth === 0 && char === '<') {
      cut();
      index = message.indexOf('>', index);
    } else if (depth === 0) run += char;
  }
  cut();
  return runs.filter(Boolean);
}
