import { useComposerForm, useFormChanges } from '../form/composer-form.tsx';

/** "12 / 40 characters", live, for fields Qonto limits. */
export function LengthCounter({ name, max }: { name: 'purchase_order' | 'terms_and_conditions' | 'number'; max: number }) {
  const { getValues } = useComposerForm();
  useFormChanges();
  const length = (getValues(name) as string | undefined)?.length ?? 0;
  return (
    <span className={length > max ? 'counter over' : 'counter'}>
      {length} / {max} characters
    </span>
  );
}
