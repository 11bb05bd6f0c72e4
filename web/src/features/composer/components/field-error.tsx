import { get, useFormState, type Control } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';

export const errorId = (name: string) => `${name.replaceAll('.', '-')}-error`;

/** The message under one field; subscribes to that field's error only. */
export function FieldError({ control, name }: { control: Control<ComposerValues>; name: string }) {
  const { errors } = useFormState({ control, name: name as never });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  return (
    <span id={errorId(name)} className="field-error">
      {message}
    </span>
  );
}

/** Whether one field currently has an error (for aria-invalid), without re-rendering on other fields. */
export function useFieldInvalid(control: Control<ComposerValues>, name: string): boolean {
  const { errors } = useFormState({ control, name: name as never });
  return get(errors, name) !== undefined;
}
