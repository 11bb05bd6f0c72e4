import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { errorSentence } from './error-codes.ts';

/** "`items.0.title` must have at most 40 characters." → "Must have at most 40 characters." */
export function fieldMessage(detail: string | undefined, code: string): string {
  const english = detail
    ? detail.replace(/^`[^`]+`:?\s*/, '').replace(/`([^`]+)`/g, (_, name: string) => name.replaceAll('_', ' '))
    : code.replaceAll('_', ' ');
  const readable = english.charAt(0).toUpperCase() + english.slice(1);
  if (i18n.locale === 'en') return readable;
  // Qonto words its rules in English: the reader gets a sentence in their language, Qonto's words as the detail.
  const sentence = errorSentence(code);
  return `${sentence ? i18n._(sentence) : t`Qonto does not accept this value.`} (${englishDetail(readable)})`;
}

// First strong isolate / pop directional isolate: invisible, and meant for text set apart in a sentence.
const [open, close] = ['\u2068', '\u2069'];

/** Marks Qonto's own English words inside a message worded in the reader's language (MessageText renders them so). */
export const englishDetail = (text: string) => `${open}${text}${close}`;

/** A message's parts, each saying whether it is Qonto's English detail. */
export function messageParts(message: string): { text: string; english: boolean }[] {
  return message.split(new RegExp(`[${open}${close}]`)).map((text, index) => ({ text, english: index % 2 === 1 }));
}
