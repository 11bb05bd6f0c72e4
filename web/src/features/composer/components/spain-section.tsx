import { TextField } from './text-field.tsx';

export function SpainSection() {
  return (
    <fieldset className="section">
      <legend>Spain</legend>
      <TextField
        name="spain.withholding_rate"
        label="IRPF withholding rate (%)"
        inputMode="decimal"
        hint="Freelancers only: deducted from the total after VAT."
      />
    </fieldset>
  );
}
