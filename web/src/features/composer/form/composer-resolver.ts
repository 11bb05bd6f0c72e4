import type { ClientInvoiceCreatePayload } from '@composer/shared/schemas/client-invoice-create-payload';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { validateComposer, type ComposerContext } from '../model/validate-composer.ts';

/**
 * react-hook-form resolver running the shared schema and organization rules on the composer's values, with
 * the organization and client passed as the form's `context`. A valid form resolves to Qonto's payload, so
 * `handleSubmit` receives it without validating again; problems that match no field land on `root`.
 */
export const composerResolver: Resolver<ComposerValues, ComposerContext, ClientInvoiceCreatePayload> = async (values, context) => {
  const result = validateComposer(values, context!);
  if (result.payload) return { values: result.payload, errors: {} };
  const errors: FieldErrors<ComposerValues> = {};
  for (const problem of result.fieldErrors) set(errors, problem.field, { type: 'validate', message: problem.message });
  if (result.formErrors.length > 0) set(errors, 'root', { type: 'validate', message: result.formErrors.join('\n') });
  return { values: {}, errors };
};
