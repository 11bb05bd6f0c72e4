import { Trans } from '@lingui/react/macro';
import { useComposerForm } from '../form/composer-form.tsx';
import { useChangedValue } from '../form/form-changes.ts';

/** "12 / 40 characters", live, for fields Qonto limits; re-renders only when the length changes. */
export function LengthCounter({ name, max }: { name: 'purchase_order' | 'terms_and_conditions' | 'number'; max: number }) {
  const { getValues, changes } = useComposerForm();
  const length = useChangedValue(changes, () => (getValues(name) as string | undefined)?.length ?? 0);
  return (
    <span className={length > max ? 'counter over' : 'counter'}>
      <Trans>
        {length} / {max} characters
      </Trans>
    </span>
  );
}
