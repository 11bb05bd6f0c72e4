import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { TextField } from './text-field.tsx';

export function DiscountSection({ control, register, currency }: { control: Control<ComposerValues>; register: UseFormRegister<ComposerValues>; currency: string }) {
  const type = useWatch({ control, name: 'discount_type' });
  return (
    <fieldset className="section grid-3">
      <legend>Discount on the whole invoice</legend>
      <div className="field">
        <label htmlFor="field-discount_type">Global discount</label>
        <select id="field-discount_type" {...register('discount_type')}>
          <option value="">None</option>
          <option value="percentage">Percent</option>
          <option value="absolute">Amount ({currency})</option>
        </select>
      </div>
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
