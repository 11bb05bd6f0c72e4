import { Trans, useLingui } from '@lingui/react/macro';
import { useWatch } from 'react-hook-form';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { DiscountTypeSelect } from './discount-type-select.tsx';
import { TextField } from './text-field.tsx';

export function DiscountSection() {
  const { t } = useLingui();
  const { control, register } = useComposerForm();
  const { currency } = useComposerSettings();
  const type = useWatch({ control, name: 'discount_type' });
  return (
    <fieldset className="section grid-3">
      <legend>
        <Trans>Discount on the whole invoice</Trans>
      </legend>
      <DiscountTypeSelect
        id="field-discount_type"
        label={t`Global discount`}
        currency={currency}
        registration={register('discount_type')}
      />
      {type && (
        <TextField
          name="discount_value"
          label={type === 'percentage' ? t`Global discount (%)` : t`Global discount (${currency})`}
          inputMode="decimal"
          hint={t`Applied after item discounts, spread over the VAT rates.`}
        />
      )}
    </fieldset>
  );
}
