import { useLingui } from '@lingui/react/macro';
import { useComposerForm, useComposerSettings } from '../form/composer-form.tsx';
import { useChangedValue, type FormChanges } from '../form/form-changes.ts';
import { exemptionLabel } from '../model/code-labels.ts';
import { parseDecimalInput } from '../model/parse-decimal-input.ts';
import { errorId, FieldError } from './field-error.tsx';

/** Shown only for a 0 % line, with the codes the organization's country uses (required in Italy). */
export function ExemptionReasonField({
  index,
  lineChanges,
  error,
}: {
  index: number;
  lineChanges: FormChanges;
  error: string | undefined;
}) {
  const { t } = useLingui();
  const { register, getValues } = useComposerForm();
  const { profile, locale } = useComposerSettings();
  const zeroRate = useChangedValue(lineChanges, () =>
    /^0+(\.0*)?$/.test(parseDecimalInput(getValues(`items.${index}.vat_rate`) ?? '', locale) ?? ''),
  );
  const name = `items.${index}.vat_exemption_reason` as const;
  if (!zeroRate) return null;
  const required = profile.exemptionRequiredAtZeroRate;
  return (
    <div className="field">
      <label htmlFor={`field-items-${index}-vat_exemption_reason`}>{required ? t`Exemption reason (required)` : t`Exemption reason`}</label>
      <select
        id={`field-items-${index}-vat_exemption_reason`}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={errorId(name)}
        {...register(name)}
      >
        <option value="">{required ? t`Choose an N-code` : t`None`}</option>
        {profile.exemptionCodes.map((code) => (
          <option key={code} value={code}>
            {required ? code : exemptionLabel(code, t)}
          </option>
        ))}
      </select>
      <FieldError name={name} message={error} />
    </div>
  );
}
