import { useWatch, type Control } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';

/** "12 / 40 characters", live, for fields Qonto limits. */
export function LengthCounter({ control, name, max }: { control: Control<ComposerValues>; name: 'purchase_order' | 'terms_and_conditions' | 'number'; max: number }) {
  const length = useWatch({ control, name, compute: (value: string) => value.length });
  return (
    <span className={length > max ? 'counter over' : 'counter'}>
      {length} / {max} characters
    </span>
  );
}
