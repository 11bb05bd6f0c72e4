import type { Control, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { LengthCounter } from './length-counter.tsx';
import { TextField } from './text-field.tsx';

export function TextsSection({ control, register }: { control: Control<ComposerValues>; register: UseFormRegister<ComposerValues> }) {
  return (
    <fieldset className="section grid-2">
      <legend>Texts</legend>
      <TextField control={control} register={register} name="header" label="Header" multiline />
      <TextField control={control} register={register} name="footer" label="Footer" multiline />
      <TextField
        control={control}
        register={register}
        name="terms_and_conditions"
        label="Terms and conditions"
        multiline
        rows={4}
        hint={<LengthCounter name="terms_and_conditions" max={525} />}
      />
    </fieldset>
  );
}
