import { useLingui } from '@lingui/react/macro';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { DiscountTypeSelect } from './discount-type-select.tsx';
import { TextInput } from './text-field.tsx';

/** A line's discount; read when its line re-renders (after a change in that line). */
export function ItemDiscountField({ index, error }: { index: number; error: string | undefined }) {
  const { t } = useLingui();
  const { register, getValues } = useComposerForm();
  const { currency } = useComposerSettings();
  const type = getValues(`items.${index}.discount_type`);
  return (
    <>
      <DiscountTypeSelect
        id={`field-items-${index}-discount_type`}
        label={t`Discount`}
        currency={currency}
        registration={register(`items.${index}.discount_type`)}
      />
      {type && (
        <TextInput
          name={`items.${index}.discount_value`}
          label={type === 'percentage' ? t`Discount (%)` : t`Discount (${currency})`}
          inputMode="decimal"
          className="narrow"
          error={error}
        />
      )}
    </>
  );
}
