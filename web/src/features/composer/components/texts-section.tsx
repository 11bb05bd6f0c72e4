import { Trans, useLingui } from '@lingui/react/macro';
import { LengthCounter } from './length-counter.tsx';
import { TextField } from './text-field.tsx';

export function TextsSection() {
  const { t } = useLingui();
  return (
    <fieldset className="section grid-2">
      <legend>
        <Trans>Texts</Trans>
      </legend>
      <TextField name="header" label={t`Header`} multiline />
      <TextField name="footer" label={t`Footer`} multiline />
      <TextField
        name="terms_and_conditions"
        label={t`Terms and conditions`}
        multiline
        rows={4}
        hint={<LengthCounter name="terms_and_conditions" max={525} />}
      />
    </fieldset>
  );
}
