import { LengthCounter } from './length-counter.tsx';
import { TextField } from './text-field.tsx';

export function TextsSection() {
  return (
    <fieldset className="section grid-2">
      <legend>Texts</legend>
      <TextField name="header" label="Header" multiline />
      <TextField name="footer" label="Footer" multiline />
      <TextField
        name="terms_and_conditions"
        label="Terms and conditions"
        multiline
        rows={4}
        hint={<LengthCounter name="terms_and_conditions" max={525} />}
      />
    </fieldset>
  );
}
