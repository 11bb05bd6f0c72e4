import { startTransition, useEffect, useState } from 'react';
import { useComposerForm } from '../form/composer-form.tsx';
import type { ComposerValues } from '../model/composer-values.ts';
import { snapshotValues } from '../model/values-snapshot.ts';

/**
 * A copy of the form's values at most every `intervalMs`, from the form's state at mount: a preview that
 * follows typing without flicker or lag. (The form's own values object is mutated in place, so a copy.)
 */
export function useThrottledValues(intervalMs: number): ComposerValues {
  const { changes, getValues } = useComposerForm();
  const [values, setValues] = useState(() => snapshotValues(getValues(), undefined));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = changes.subscribe(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        // A transition: React renders the preview in slices and lets a key press in between go first.
        startTransition(() => setValues((previous) => snapshotValues(getValues(), previous)));
      }, intervalMs);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [changes, getValues, intervalMs]);
  return values;
}
