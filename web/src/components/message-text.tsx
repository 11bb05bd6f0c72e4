import { errorLineOf } from '../lib/field-message.ts';
import { ErrorLineText } from './error-text.tsx';

/**
 * A field's message as text; one that fieldMessage worded with Qonto's English detail is shown as any
 * error line is (ErrorLineText): the detail marked `lang="en"`, read by a screen reader with an English voice.
 */
export function MessageText({ text }: { text: string }) {
  const line = errorLineOf(text);
  return line ? <ErrorLineText line={line} /> : text;
}
