import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { errorSentence, type ErrorLine } from './error-codes.ts';

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

// First strong isolate / pop directional isolate: invisible, and meant for text set apart in a sentence. A
// field's error travels as one string (react-hook-form's message); they mark where Qonto's words start and end.
const [open, close] = ['\u2068', '\u2069'];
const englishDetail = (text: string) => `${open}${text}${close}`;
const worded = new RegExp(`^([^]*) \\(${open}([^]*)${close}\\)$`);

/** A message fieldMessage worded with Qonto's English detail, as its two parts (for ErrorLineText). */
export function errorLineOf(message: string): ErrorLine | undefined {
  const parts = worded.exec(message);
  return parts ? { sentence: parts[1], detail: parts[2] } : undefined;
}
