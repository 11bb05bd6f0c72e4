import { useEffect, useState } from 'react';
import type { UseFormWatch } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';

/** The form's values at most every `intervalMs`: a preview that follows typing without flicker or lag. */
export function useThrottledValues(watch: UseFormWatch<ComposerValues>, getValues: () => ComposerValues, intervalMs: number, enabled: boolean): ComposerValues {
  const [values, setValues] = useState(getValues);
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setValues(getValues());
    const subscription = watch(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        setValues(structuredClone(getValues()));
      }, intervalMs);
    });
    return () => {
      subscription.unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [watch, getValues, intervalMs, enabled]);
  return values;
}
