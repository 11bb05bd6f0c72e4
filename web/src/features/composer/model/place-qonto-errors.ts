import type { QontoError } from '@composer/shared/errors/error-envelope';
import type { OrganizationProfile } from '@composer/shared/rules/organization-profile';
import { fieldMessage } from '../../../lib/field-message.ts';
import { pointerToComposerField } from './form-fields.ts';
import type { FieldProblem } from './read-composer.ts';

/** Qonto's errors placed on the composer's fields; those that match no field go to the summary. */
export function placeQontoErrors(
  errors: readonly QontoError[],
  profile: Pick<OrganizationProfile, 'withholding'>,
): { fieldErrors: FieldProblem[]; formErrors: string[] } {
  const fieldErrors: FieldProblem[] = [];
  const formErrors: string[] = [];
  for (const error of errors) {
    const field = pointerToComposerField(error.source?.pointer, profile);
    if (field) fieldErrors.push({ field, message: fieldMessage(error.detail, error.code) });
    else formErrors.push(error.detail ?? error.code.replaceAll('_', ' '));
  }
  return { fieldErrors, formErrors };
}
