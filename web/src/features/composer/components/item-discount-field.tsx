import { useLingui } from '@lingui/react/macro';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { useChangedValue, type FormChanges } from '../form/form-changes.ts';
import { DiscountTypeSelect } from './discount-type-select.tsx';
import { TextInput } from './text-field.tsx';

/** A line's discount; its value field follows the discount type chosen. */
export function ItemDiscountField({ index, lineChanges, error }: { index: number; lineChanges: FormChanges; error: string | undefined }) {
  const { t } = useLingui();
  const { register, getValues } = useComposerForm();
  const { currency } = useComposerSettings();
  const type = useChangedValue(lineChanges, () => getValues(`items.${index}.discount_type`));
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
