import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useComposerForm } from '../form/composer-form.tsx';
import { dueDateFor, dueDatePresets } from '../model/due-date-presets.ts';
import { TextField } from './text-field.tsx';

export function DatesSection() {
  const { t } = useLingui();
  const { control, register, setValue, getValues } = useComposerForm();
  const [issueDate, preset] = useWatch({ control, name: ['issue_date', 'due_preset'] });
  // The form starts with its due date already computed; this follows later changes of date or term.
  useEffect(() => {
    const due = dueDateFor(preset, issueDate);
    if (due && due !== getValues('due_date')) setValue('due_date', due, { shouldDirty: true });
  }, [issueDate, preset, setValue, getValues]);
  return (
    <fieldset className="section grid-3">
      <legend>
        <Trans>Dates</Trans>
      </legend>
      <TextField name="issue_date" label={t`Issue date`} type="date" />
      <div className="field">
        <label htmlFor="field-due_preset">
          <Trans>Payment term</Trans>
        </label>
        <select id="field-due_preset" {...register('due_preset')}>
          {dueDatePresets.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="due_date"
        label={t`Due date`}
        type="date"
        min={issueDate}
        onInput={() => setValue('due_preset', 'custom')}
        hint={t`Never before the issue date.`}
      />
      <TextField
        name="performance_start_date"
        label={t`Service period start`}
        type="date"
        hint={t`Optional; needed when an end is given.`}
      />
      <TextField name="performance_end_date" label={t`Service period end`} type="date" hint={t`Optional; not before the start.`} />
    </fieldset>
  );
}
