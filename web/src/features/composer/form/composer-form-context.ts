import { createContext, useContext } from 'react';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import type { FormChanges } from './form-changes.ts';

/** What any field of the composer may need from the form; stable for the form's lifetime, so it never re-renders a reader. */
export interface ComposerFormBinding {
  setValue: UseFormSetValue<ComposerValues>;
  getValues: UseFormGetValues<ComposerValues>;
  changes: FormChanges;
}

export const ComposerFormContext = createContext<ComposerFormBinding | null>(null);

export function useComposerForm(): ComposerFormBinding {
  const binding = useContext(ComposerFormContext);
  if (!binding) throw new Error('useComposerForm is used outside InvoiceForm');
  return binding;
}
