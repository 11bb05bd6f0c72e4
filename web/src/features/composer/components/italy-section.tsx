import { welfareFundTypes, withholdingTaxReasons } from '@composer/shared';
import type { Control, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { italianPaymentConditions, italianPaymentMethods } from '../model/country-rules.ts';
import { errorId, FieldError, useFieldError } from './field-error.tsx';
import { TextField } from './text-field.tsx';

type SelectName = 'italy.payment_conditions' | 'italy.payment_method' | 'italy.welfare_type' | 'italy.withholding_reason';

function Select({
  control,
  register,
  name,
  label,
  options,
}: {
  control: Control<ComposerValues>;
  register: UseFormRegister<ComposerValues>;
  name: SelectName;
  label: string;
  options: { code: string; label: string }[];
}) {
  const id = `field-${name.replace('.', '-')}`;
  const error = useFieldError(control, name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error !== undefined || undefined} aria-describedby={errorId(name)} {...register(name)}>
        <option value="">None</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} message={error} />
    </div>
  );
}

/** Italy's SdI e-invoicing blocks; other countries never see or send them. */
export function ItalySection({ control, register }: { control: Control<ComposerValues>; register: UseFormRegister<ComposerValues> }) {
  return (
    <fieldset className="section">
      <legend>Italy</legend>
      <label className="checkbox">
        <input type="checkbox" {...register('italy.report_einvoicing')} />
        Send to the Sistema di Interscambio (SdI) as an e-invoice
      </label>
      <div className="grid-3">
        <Select
          control={control}
          register={register}
          name="italy.payment_conditions"
          label="Payment conditions"
          options={italianPaymentConditions}
        />
        <Select control={control} register={register} name="italy.payment_method" label="Payment method" options={italianPaymentMethods} />
        <Select
          control={control}
          register={register}
          name="italy.welfare_type"
          label="Welfare fund (cassa)"
          options={welfareFundTypes.map((code) => ({ code, label: code }))}
        />
        <TextField control={control} register={register} name="italy.welfare_rate" label="Welfare fund rate (%)" inputMode="decimal" />
        <Select
          control={control}
          register={register}
          name="italy.withholding_reason"
          label="Withholding tax reason"
          options={withholdingTaxReasons.map((code) => ({ code, label: code }))}
        />
        <TextField
          control={control}
          register={register}
          name="italy.withholding_rate"
          label="Withholding tax rate (%)"
          inputMode="decimal"
        />
        <TextField
          control={control}
          register={register}
          name="italy.withholding_payment_reason"
          label="Withholding payment reason"
          maxLength={2}
        />
        <TextField
          control={control}
          register={register}
          name="italy.stamp_duty_amount"
          label="Stamp duty (EUR)"
          inputMode="decimal"
          hint="2.00 EUR is due when VAT-exempt lines exceed 77.47 EUR."
        />
      </div>
    </fieldset>
  );
}
