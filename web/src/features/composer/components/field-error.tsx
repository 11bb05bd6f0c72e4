import { MessageText } from '../../../components/message-text.tsx';
import { useComposerForm } from '../form/composer-form.tsx';
import { useFormError } from '../form/form-errors.ts';

export const errorId = (name: string) => `${name.replaceAll('.', '-')}-error`;

/** One field's error message; the caller re-renders when that message changes, not for other fields. */
export function useFieldError(name: string): string | undefined {
  return useFormError(useComposerForm().errors, name);
}

/** The message under a field; always rendered, so the field's aria-describedby always resolves. */
export function FieldError({ name, message }: { name: string; message: string | undefined }) {
  return (
    <span id={errorId(name)} className="field-error">
      {message && <MessageText text={message} />}
    </span>
  );
}
