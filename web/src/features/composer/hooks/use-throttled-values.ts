import { startTransition, useEffect, useState } from 'react';
import { throttleAfterFrame } from '../../../lib/throttle-after-frame.ts';
import { useComposerForm } from '../form/composer-form.tsx';
import type { ComposerValues } from '../model/composer-values.ts';
import { snapshotValues } from '../model/values-snapshot.ts';

/**
 * A copy of the form's values at most every `intervalMs` while typing goes on, each taken just after a key's frame
 * (see throttleAfterFrame), and once typing stops, from the form's state at mount: a preview that follows typing
 * without flicker, and whose refresh does not land on a key press. (The form's own values object is mutated in place,
 * so a copy.)
 */
export function useThrottledValues(intervalMs: number): ComposerValues {
  const { changes, getValues } = useComposerForm();
  const [values, setValues] = useState(() => snapshotValues(getValues(), undefined));
  useEffect(() => {
    // A transition: React renders the preview in slices and lets a key press in between go first.
    const throttle = throttleAfterFrame(
      () => startTransition(() => setValues((previous) => snapshotValues(getValues(), previous))),
      intervalMs,
    );
    const unsubscribe = changes.subscribe(throttle.changed);
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [changes, getValues, intervalMs]);
  return values;
}
