import type { InputHTMLAttributes, ReactNode } from 'react';
import type { Control, UseFormRegister } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { errorId, FieldError, useFieldInvalid } from './field-error.tsx';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  control: Control<ComposerValues>;
  register: UseFormRegister<ComposerValues>;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
}

/** A labelled input (or textarea) registered with the form, its error announced and linked. */
export function TextField({ control, register, name, label, hint, multiline, rows = 3, className, ...input }: TextFieldProps) {
  const invalid = useFieldInvalid(control, name);
  const id = `field-${name.replaceAll('.', '-')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId(name)].filter(Boolean).join(' ');
  const registration = register(name as never);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={rows} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...registration} {...(input as object)} />
      ) : (
        <input id={id} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...registration} {...input} />
      )}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <FieldError control={control} name={name} />
    </div>
  );
}
