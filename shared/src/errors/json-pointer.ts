/** Splits an RFC 6901 JSON pointer into its unescaped tokens (`~1` is `/`, `~0` is `~`, in that order). */
export function parseJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function formatJsonPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The value an RFC 6901 pointer designates in a JSON document, or undefined when the path is absent. */
export function valueAtPointer(root: unknown, pointer: string): unknown {
  return parseJsonPointer(pointer).reduce<unknown>((node, token) => (node as Record<string, unknown> | null | undefined)?.[token], root);
}
