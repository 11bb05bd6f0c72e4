import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { useComposerForm } from '../form/composer-form.tsx';
import { errorId, FieldError, useFieldError } from './field-error.tsx';

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  name: string;
  label: ReactNode;
  error: string | undefined;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
}

/**
 * A labelled input (or textarea) registered with the form, with the error its caller subscribed to.
 * Typing writes the value with setValue instead of react-hook-form's change handler: that handler
 * recomputes the whole form's dirty state whenever a field returns to its default, a cost that grows
 * with the number of lines, and the composer keeps no dirty state there (the autosaved draft is its
 * record of unsaved work). Blur still goes through react-hook-form, which validates.
 */
export function TextInput({ name, label, error, hint, multiline, rows = 3, className, ...input }: TextInputProps) {
  const { register, writeTyped } = useComposerForm();
  const id = `field-${name.replaceAll('.', '-')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId(name)].filter(Boolean).join(' ');
  const { onChange: _validatingChange, ...registration } = register(name as never);
  const write = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => writeTyped(name as never, event.target.value as never);
  const invalid = error !== undefined || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...registration}
          onChange={write}
          {...(input as object)}
        />
      ) : (
        <input id={id} aria-invalid={invalid} aria-describedby={describedBy} {...registration} onChange={write} {...input} />
      )}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <FieldError name={name} message={error} />
    </div>
  );
}

/** A TextInput that subscribes to its own error: for fields outside the item lines. */
export function TextField(props: Omit<TextInputProps, 'error'>) {
  const error = useFieldError(props.name);
  return <TextInput {...props} error={error} />;
}
