import { useEffect } from 'react';
import { useWatch, type Control, type UseFormGetValues, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { dueDateFor, dueDatePresets } from '../model/due-date-presets.ts';
import { TextField } from './text-field.tsx';

interface Props {
  control: Control<ComposerValues>;
  register: UseFormRegister<ComposerValues>;
  setValue: UseFormSetValue<ComposerValues>;
  getValues: UseFormGetValues<ComposerValues>;
  onChanged: () => void;
}

export function DatesSection({ control, register, setValue, getValues, onChanged }: Props) {
  const [issueDate, preset] = useWatch({ control, name: ['issue_date', 'due_preset'] });
  useEffect(() => {
    const due = dueDateFor(preset, issueDate);
    if (due && due !== getValues('due_date')) {
      setValue('due_date', due, { shouldDirty: true });
      onChanged();
    }
  }, [issueDate, preset, setValue, getValues, onChanged]);
  return (
    <fieldset className="section grid-3">
      <legend>Dates</legend>
      <TextField control={control} register={register} name="issue_date" label="Issue date" type="date" />
      <div className="field">
        <label htmlFor="field-due_preset">Payment term</label>
        <select id="field-due_preset" {...register('due_preset')}>
          {dueDatePresets.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        control={control}
        register={register}
        name="due_date"
        label="Due date"
        type="date"
        min={issueDate}
        onInput={() => setValue('due_preset', 'custom')}
        hint="Never before the issue date."
      />
      <TextField
        control={control}
        register={register}
        name="performance_start_date"
        label="Service period start"
        type="date"
        hint="Optional; needed when an end is given."
      />
      <TextField
        control={control}
        register={register}
        name="performance_end_date"
        label="Service period end"
        type="date"
        hint="Optional; not before the start."
      />
    </fieldset>
  );
}
