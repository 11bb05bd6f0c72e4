import type { ComposerValues, ItemValues } from './composer-values.ts';

/**
 * A copy of the live values in which the lines that did not change keep their previous objects: the
 * preview's memoised lines skip them, and a long invoice is not cloned whole on every refresh.
 */
export function snapshotValues(live: ComposerValues, previous: ComposerValues | undefined): ComposerValues {
  const copy = structuredClone({ ...live, items: [] }) as ComposerValues;
  copy.items = live.items.map((item, index) => {
    const before = previous?.items[index];
    return before && sameLine(before, item) ? before : { ...item };
  });
  return copy;
}

function sameLine(a: ItemValues, b: ItemValues): boolean {
  for (const key in b) if (a[key as keyof ItemValues] !== b[key as keyof ItemValues]) return false;
  return true;
}
