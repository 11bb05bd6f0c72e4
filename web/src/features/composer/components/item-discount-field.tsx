import type { Control, UseFormGetValues, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { TextField } from './text-field.tsx';

export function ItemDiscountField({ control, register, getValues, index, currency }: { control: Control<ComposerValues>; register: UseFormRegister<ComposerValues>; getValues: UseFormGetValues<ComposerValues>; index: number; currency: string }) {
  const type = getValues(`items.${index}.discount_type`);
  return (
    <>
      <div className="field">
        <label htmlFor={`field-items-${index}-discount_type`}>Discount</label>
        <select id={`field-items-${index}-discount_type`} {...register(`items.${index}.discount_type`)}>
          <option value="">None</option>
          <option value="percentage">Percent</option>
          <option value="absolute">Amount ({currency})</option>
        </select>
      </div>
      {type && (
        <TextField control={control} register={register} name={`items.${index}.discount_value`} label={type === 'percentage' ? 'Discount (%)' : `Discount (${currency})`} inputMode="decimal" className="narrow" />
      )}
    </>
  );
}
