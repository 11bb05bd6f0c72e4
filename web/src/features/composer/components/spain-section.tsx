import type { Control, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { TextField } from './text-field.tsx';

export function SpainSection({ control, register }: { control: Control<ComposerValues>; register: UseFormRegister<ComposerValues> }) {
  return (
    <fieldset className="section">
      <legend>Spain</legend>
      <TextField
        control={control}
        register={register}
        name="spain.withholding_rate"
        label="IRPF withholding rate (%)"
        inputMode="decimal"
        hint="Freelancers only: deducted from the total after VAT."
      />
    </fieldset>
  );
}
