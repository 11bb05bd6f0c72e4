import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { DiscountTypeSelect } from './discount-type-select.tsx';
import { TextField } from './text-field.tsx';

export function DiscountSection({
  control,
  register,
  currency,
}: {
  control: Control<ComposerValues>;
  register: UseFormRegister<ComposerValues>;
  currency: string;
}) {
  const type = useWatch({ control, name: 'discount_type' });
  return (
    <fieldset className="section grid-3">
      <legend>Discount on the whole invoice</legend>
      <DiscountTypeSelect id="field-discount_type" label="Global discount" currency={currency} registration={register('discount_type')} />
      {type && (
        <TextField
          control={control}
          register={register}
          name="discount_value"
          label={type === 'percentage' ? 'Global discount (%)' : `Global discount (${currency})`}
          inputMode="decimal"
          hint="Applied after item discounts, spread over the VAT rates."
        />
      )}
    </fieldset>
  );
}
