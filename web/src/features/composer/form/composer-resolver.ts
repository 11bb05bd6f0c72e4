import { t } from '@lingui/core/macro';
import type { ClientInvoiceCreatePayload } from '@composer/shared/schemas/client-invoice-create-payload';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { withPagesCatalog } from '../../../lib/i18n/activate-language.ts';
import { loadOnce } from '../../../lib/load-once.ts';
import type { ComposerValues } from '../model/composer-values.ts';
import type { ComposerContext } from '../model/validate-composer.ts';

/**
 * The checks (the shared payload schema, the context rules, zod's issue mapping) are not needed to show the page,
 * only at the first blur or submit, so they are not part of its first load; their messages come with them (the
 * catalog's second part). A failed load is tried again next time.
 */
const checks = loadOnce(withPagesCatalog(() => import('../model/validate-composer.ts').then((module) => module.validateComposer)));

/**
 * react-hook-form resolver running the shared schema and organization rules on the composer's values, with
 * the organization and client passed as the form's `context`. A valid form resolves to Qonto's payload, so
 * `handleSubmit` receives it without validating again; problems that match no field land on `root`.
 */
export const composerResolver: Resolver<ComposerValues, ComposerContext, ClientInvoiceCreatePayload> = async (values, context) => {
  const errors: FieldErrors<ComposerValues> = {};
  const validate = await checks.load().catch(() => undefined);
  if (!validate) {
    set(errors, 'root', { type: 'load', message: t`The form's checks could not be loaded. Check your connection, then try again.` });
    return { values: {}, errors };
  }
  const result = validate(values, context!);
  if (result.payload) return { values: result.payload, errors: {} };
  for (const problem of result.fieldErrors) set(errors, problem.field, { type: 'validate', message: problem.message });
  if (result.formErrors.length > 0) set(errors, 'root', { type: 'validate', message: result.formErrors.join('\n') });
  return { values: {}, errors };
};
