import { Trans, useLingui } from '@lingui/react/macro';
import { useComposerSettings } from '../form/composer-form.tsx';
import { LengthCounter } from './length-counter.tsx';
import { TextField } from './text-field.tsx';

export function NumberSection() {
  const { t } = useLingui();
  const manual = useComposerSettings().numberingMode === 'manual';
  return (
    <fieldset className="section grid-2">
      <legend>
        <Trans>Number</Trans>
      </legend>
      <TextField
        name="number"
        label={manual ? t`Invoice number (required)` : t`Invoice number (optional)`}
        aria-required={manual}
        maxLength={60}
        hint={
          <>
            {manual
              ? t`Your organization numbers invoices by hand: each number must be new.`
              : t`Qonto numbers invoices automatically; a number typed here is used instead.`}{' '}
            <LengthCounter name="number" max={40} />
          </>
        }
      />
      <TextField name="purchase_order" label={t`Purchase order`} hint={<LengthCounter name="purchase_order" max={40} />} />
    </fieldset>
  );
}
