import type { ComposerValues } from '../model/composer-values.ts';
import { useComposerForm } from '../form/composer-form-context.ts';
import { useFormChanges } from '../hooks/use-form-changes.ts';

/** "12 / 40 characters", live, for fields Qonto limits. */
export function LengthCounter({ name, max }: { name: 'purchase_order' | 'terms_and_conditions' | 'number'; max: number }) {
  const { changes, getValues } = useComposerForm();
  useFormChanges(changes);
  const length = (getValues(name) as ComposerValues[typeof name] | undefined)?.length ?? 0;
  return (
    <span className={length > max ? 'counter over' : 'counter'}>
      {length} / {max} characters
    </span>
  );
}
