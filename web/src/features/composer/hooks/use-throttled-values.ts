import { useEffect, useState } from 'react';
import type { ComposerValues } from '../model/composer-values.ts';
import type { FormChanges } from '../form/form-changes.ts';

/** The form's values at most every `intervalMs`: a preview that follows typing without flicker or lag. */
export function useThrottledValues(
  changes: FormChanges,
  getValues: () => ComposerValues,
  intervalMs: number,
  enabled: boolean,
): ComposerValues {
  const [values, setValues] = useState(getValues);
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setValues(getValues());
    const unsubscribe = changes.subscribe(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setValues(structuredClone(getValues()));
      }, intervalMs);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [changes, getValues, intervalMs, enabled]);
  return values;
}
