import { parseJsonPointer } from './json-pointer.ts';

/** Prefixes Qonto puts before a request field in `source.pointer`, longest first. */
export const defaultPointerPrefixes = [['data', 'attributes'], ['data'], []] as const;

/**
 * Turns Qonto's `source.pointer` into a form field path (`/data/attributes/items/0/title` → `items.0.title`).
 * Returns undefined when the pointer is malformed or names no field.
 */
export function pointerToFieldPath(pointer: string, prefixes: readonly (readonly string[])[] = defaultPointerPrefixes): string | undefined {
  let tokens: string[];
  try {
    tokens = parseJsonPointer(pointer);
  } catch {
    return undefined;
  }
  for (const prefix of prefixes) {
    if (prefix.every((token, i) => tokens[i] === token)) {
      return tokens.length > prefix.length ? tokens.slice(prefix.length).join('.') : undefined;
    }
  }
  return undefined;
}
