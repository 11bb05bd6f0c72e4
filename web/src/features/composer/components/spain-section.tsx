import { Trans, useLingui } from '@lingui/react/macro';
import { TextField } from './text-field.tsx';

export function SpainSection() {
  const { t } = useLingui();
  return (
    <fieldset className="section">
      <legend>
        <Trans>Spain</Trans>
      </legend>
      <TextField
        name="spain.withholding_rate"
        label={t`IRPF withholding rate (%)`}
        inputMode="decimal"
        hint={t`Freelancers only: deducted from the total after VAT.`}
      />
    </fieldset>
  );
}
