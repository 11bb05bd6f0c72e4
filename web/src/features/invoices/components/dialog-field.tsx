import type { ReactNode } from 'react';

/** What a field's control carries, so that its problem is announced with it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string;
}

/** A dialog's labelled field: its control, given the props above, and below it the field's problem when it has one. */
export function DialogField({
  id,
  label,
  problem,
  children,
}: {
  id: string;
  label: ReactNode;
  problem: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': `${id}-error` })}
      <span id={`${id}-error`} className="field-error">
        {problem}
      </span>
    </div>
  );
}
