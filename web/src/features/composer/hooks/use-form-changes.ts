import { useEffect, useReducer } from 'react';
import type { FormChanges } from '../form/form-changes.ts';

/** Re-renders the calling component after every change of the form. */
export function useFormChanges(changes: FormChanges): number {
  const [version, bump] = useReducer((count: number) => count + 1, 0);
  useEffect(() => changes.subscribe(bump), [changes]);
  return version;
}
