import { Trans, useLingui } from '@lingui/react/macro';
import { welfareFundTypes, withholdingTaxReasons } from '@composer/shared/constants/italian-codes';
import { useComposerForm } from '../form/composer-form.tsx';
import { italianPaymentConditions, italianPaymentMethods, type CodeLabel } from '../model/code-labels.ts';
import { errorId, FieldError, useFieldError } from './field-error.tsx';
import { TextField } from './text-field.tsx';

type SelectName = 'italy.payment_conditions' | 'italy.payment_method' | 'italy.welfare_type' | 'italy.withholding_reason';

/** Codes without a description (welfare fund types, withholding reasons) are shown as Qonto names them. */
function CodeSelect({ name, label, options }: { name: SelectName; label: string; options: readonly (CodeLabel | string)[] }) {
  const { t } = useLingui();
  const { register } = useComposerForm();
  const id = `field-${name.replace('.', '-')}`;
  const error = useFieldError(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error !== undefined || undefined} aria-describedby={errorId(name)} {...register(name)}>
        <option value="">
          <Trans>None</Trans>
        </option>
        {options.map((option) =>
          typeof option === 'string' ? (
            <option key={option} value={option}>
              {option}
            </option>
          ) : (
            <option key={option.code} value={option.code}>
              {t(option.label)}
            </option>
          ),
        )}
      </select>
      <FieldError name={name} message={error} />
    </div>
  );
}

/** Italy's SdI e-invoicing blocks; other countries never see or send them. */
export function ItalySection() {
  const { t } = useLingui();
  const { register } = useComposerForm();
  return (
    <fieldset className="section">
      <legend>
        <Trans>Italy</Trans>
      </legend>
      <label className="checkbox">
        <Trans>
          <input type="checkbox" {...register('italy.report_einvoicing')} />
          Send to the Sistema di Interscambio (SdI) as an e-invoice
        </Trans>
      </label>
      <div className="grid-3">
        <CodeSelect name="italy.payment_conditions" label={t`Payment conditions`} options={italianPaymentConditions} />
        <CodeSelect name="italy.payment_method" label={t`Payment method`} options={italianPaymentMethods} />
        <CodeSelect name="italy.welfare_type" label={t`Welfare fund (cassa)`} options={welfareFundTypes} />
        <TextField name="italy.welfare_rate" label={t`Welfare fund rate (%)`} inputMode="decimal" />
        <CodeSelect name="italy.withholding_reason" label={t`Withholding tax reason`} options={withholdingTaxReasons} />
        <TextField name="italy.withholding_rate" label={t`Withholding tax rate (%)`} inputMode="decimal" />
        <TextField name="italy.withholding_payment_reason" label={t`Withholding payment reason`} maxLength={2} />
        <TextField
          name="italy.stamp_duty_amount"
          label={t`Stamp duty (EUR)`}
          inputMode="decimal"
          hint={t`2.00 EUR is due when VAT-exempt lines exceed 77.47 EUR.`}
        />
      </div>
    </fieldset>
  );
}
