import type { UseFormGetValues, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { exemptionReasons } from '../model/country-rules.ts';
import { parseDecimalInput } from '../model/parse-decimal-input.ts';
import { errorId, FieldError } from './field-error.tsx';

interface Props {
  register: UseFormRegister<ComposerValues>;
  getValues: UseFormGetValues<ComposerValues>;
  index: number;
  country: string;
  locale: string;
  error: string | undefined;
}

/** Shown only for a 0 % line: N-codes in Italy (required there), the other mentions elsewhere. */
export function ExemptionReasonField({ register, getValues, index, country, locale, error }: Props) {
  const zeroRate = /^0+(\.0*)?$/.test(parseDecimalInput(getValues(`items.${index}.vat_rate`) ?? '', locale) ?? '');
  const name = `items.${index}.vat_exemption_reason` as const;
  if (!zeroRate) return null;
  const italian = country === 'IT';
  return (
    <div className="field">
      <label htmlFor={`field-items-${index}-vat_exemption_reason`}>{italian ? 'Exemption reason (required)' : 'Exemption reason'}</label>
      <select
        id={`field-items-${index}-vat_exemption_reason`}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={errorId(name)}
        {...register(name)}
      >
        <option value="">{italian ? 'Choose an N-code' : 'None'}</option>
        {italian
          ? exemptionReasons.italian.map((code) => <option key={code}>{code}</option>)
          : exemptionReasons.other.map((reason) => (
              <option key={reason.code} value={reason.code}>
                {reason.label}
              </option>
            ))}
      </select>
      <FieldError name={name} message={error} />
    </div>
  );
}
