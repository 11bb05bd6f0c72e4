import type { Control, UseFormGetValues, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { DiscountTypeSelect } from './discount-type-select.tsx';
import { TextField } from './text-field.tsx';

export function ItemDiscountField({ control, register, getValues, index, currency }: { control: Control<ComposerValues>; register: UseFormRegister<ComposerValues>; getValues: UseFormGetValues<ComposerValues>; index: number; currency: string }) {
  const type = getValues(`items.${index}.discount_type`);
  return (
    <>
      <DiscountTypeSelect id={`field-items-${index}-discount_type`} label="Discount" currency={currency} registration={register(`items.${index}.discount_type`)} />
      {type && (
        <TextField control={control} register={register} name={`items.${index}.discount_value`} label={type === 'percentage' ? 'Discount (%)' : `Discount (${currency})`} inputMode="decimal" className="narrow" />
      )}
    </>
  );
}
