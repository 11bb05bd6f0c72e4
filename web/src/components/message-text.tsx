import { messageParts } from '../lib/field-message.ts';

/**
 * A message as text, its English detail (see englishDetail) rendered as English (`lang="en"`): a screen
 * reader reads Qonto's words with an English voice, and the rest of the page keeps its language.
 */
export function MessageText({ text }: { text: string }) {
  const parts = messageParts(text);
  if (parts.length === 1) return text;
  return (
    <>
      {parts.map((part, index) =>
        part.english ? (
          <span key={index} lang="en">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
