import type { RefObject } from 'react';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { validateComposer, type ComposerContext } from '../model/validate-composer.ts';

/**
 * react-hook-form resolver running the shared schema and organization rules on the composer's values;
 * problems that match no field land on `root` for the summary.
 */
export function composerResolver(context: RefObject<ComposerContext | null>): Resolver<ComposerValues> {
  return async (values) => {
    const result = validateComposer(values, context.current!);
    if (result.fieldErrors.length === 0 && result.formErrors.length === 0) return { values, errors: {} };
    const errors: FieldErrors<ComposerValues> = {};
    for (const problem of result.fieldErrors) set(errors, problem.field, { type: 'validate', message: problem.message });
    if (result.formErrors.length > 0) set(errors, 'root', { type: 'validate', message: result.formErrors.join('\n') });
    return { values: {}, errors };
  };
}
