import { t } from '@lingui/core/macro';
import { get, useFormState, type FieldErrors } from 'react-hook-form';
import { useComposerForm } from '../form/composer-form.tsx';
import type { ComposerValues } from '../model/composer-values.ts';

export const errorId = (name: string) => `${name.replaceAll('.', '-')}-error`;

/** What to show for an error, if there is one (every error shows something, even one without a message). */
export function messageOf(error: { message?: string | undefined } | undefined): string | undefined {
  return error ? error.message || t`Check this value.` : undefined;
}

/** The message of one field's error in an errors object, if it has one. */
export function errorMessage(errors: FieldErrors<ComposerValues>, name: string): string | undefined {
  return messageOf(get(errors, name) as { message?: string } | undefined);
}

/** One field's error, with one subscription that re-renders the caller for that field's errors only. */
export function useFieldError(name: string): string | undefined {
  const { control } = useComposerForm();
  const { errors } = useFormState({ control, name: name as never });
  return errorMessage(errors, name);
}

/** The message under a field; always rendered, so the field's aria-describedby always resolves. */
export function FieldError({ name, message }: { name: string; message: string | undefined }) {
  return (
    <span id={errorId(name)} className="field-error">
      {message}
    </span>
  );
}
