import type { OrganizationProfile } from '@composer/shared/rules/organization-profile';
import type { ClientInvoiceCreatePayload } from '@composer/shared/schemas/client-invoice-create-payload';
import type { OrganizationResponse } from '@composer/shared/schemas/organization';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  FormProvider,
  useFieldArray,
  useForm,
  type Control,
  type UseFormGetValues,
  type UseFormRegister,
  type UseFormReturn,
  type UseFormSetValue,
} from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import type { ComposerContext } from '../model/validate-composer.ts';
import { composerResolver } from './composer-resolver.ts';
import { ComposerTotals } from './composer-totals.ts';
import { FormChanges } from './form-changes.ts';
import { FormErrors } from './form-errors.ts';

/** The form's handles, stable for its lifetime, so reading them never re-renders a section. */
export interface ComposerForm {
  control: Control<ComposerValues, ComposerContext, ClientInvoiceCreatePayload>;
  register: UseFormRegister<ComposerValues>;
  getValues: UseFormGetValues<ComposerValues>;
  /** Writes a value and tells the listeners (totals, preview, autosave): programmatic updates cannot forget to. */
  setValue: UseFormSetValue<ComposerValues>;
  /** Writes what the user typed; its input event bubbles to the form, which tells the listeners once. */
  writeTyped: UseFormSetValue<ComposerValues>;
  changes: FormChanges;
  /** The errors shown, one subscription for every field and line. */
  errors: FormErrors;
  /** The totals, kept as the form changes. */
  totals: ComposerTotals;
}

/** What the sections show the form for: changes only when the client (currency) or the organization does. */
export interface ComposerSettings {
  organization: OrganizationResponse['organization'];
  profile: OrganizationProfile;
  numberingMode: 'automatic' | 'manual';
  locale: string;
  currency: string;
}

const FormContext = createContext<ComposerForm | null>(null);
const SettingsContext = createContext<ComposerSettings | null>(null);

/**
 * The composer's form: react-hook-form with the shared rules as resolver, given the organization and the
 * client through its `context` option. `methods.handleSubmit` hands over Qonto's payload.
 */
export function useComposerFormSetup(defaultValues: ComposerValues, context: ComposerContext) {
  const methods = useForm<ComposerValues, ComposerContext, ClientInvoiceCreatePayload>({
    defaultValues,
    mode: 'onBlur',
    reValidateMode: 'onBlur',
    shouldFocusError: true,
    resolver: composerResolver,
    context,
  });
  const [form] = useState<ComposerForm>(() => {
    const changes = new FormChanges();
    const setValue: UseFormSetValue<ComposerValues> = (name, value, options) => {
      methods.setValue(name, value, options);
      changes.emit(name);
    };
    return {
      control: methods.control,
      register: methods.register,
      getValues: methods.getValues,
      setValue,
      writeTyped: methods.setValue,
      changes,
      errors: new FormErrors(methods),
      totals: new ComposerTotals(() => methods.getValues(), changes),
    };
  });
  return { methods, form };
}

interface ProviderProps {
  methods: UseFormReturn<ComposerValues, ComposerContext, ClientInvoiceCreatePayload>;
  form: ComposerForm;
  settings: ComposerSettings;
  children: ReactNode;
}

export function ComposerFormProvider({ methods, form, settings, children }: ProviderProps) {
  return (
    <FormProvider {...methods}>
      <FormContext value={form}>
        <SettingsContext value={settings}>{children}</SettingsContext>
      </FormContext>
    </FormProvider>
  );
}

export function useComposerForm(): ComposerForm {
  const form = useContext(FormContext);
  if (!form) throw new Error('useComposerForm is used outside ComposerFormProvider');
  return form;
}

export function useComposerSettings(): ComposerSettings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useComposerSettings is used outside ComposerFormProvider');
  return settings;
}

/** The invoice's lines; adding, removing or moving one tells the listeners, as typing does. */
export function useComposerLines() {
  const { control, changes } = useComposerForm();
  const lines = useFieldArray({ control, name: 'items' });
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current) changes.emit();
    mounted.current = true;
  }, [lines.fields, changes]);
  return lines;
}
