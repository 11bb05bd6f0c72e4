import { clientIssueSentence } from './client-issue-sentence.ts';
import { t } from '@lingui/core/macro';
import { itemCurrency } from '@composer/shared/constants/currencies';
import type { QontoError } from '@composer/shared/errors/error-envelope';
import { zodIssuesToQontoErrors } from '@composer/shared/errors/zod-issues-to-qonto-errors';
import { clientIssues, type ClientFacts } from '@composer/shared/rules/client-invoiceability';
import { organizationProfile, type OrganizationFacts } from '@composer/shared/rules/organization-profile';
import { clientInvoiceCreatePayloadSchema, type ClientInvoiceCreatePayload } from '@composer/shared/schemas/client-invoice-create-payload';
import { checkInvoiceInContext } from '@composer/shared/schemas/invoice-context-rules';
import { readComposer, type FieldProblem } from './read-composer.ts';
import type { ComposerValues } from './composer-values.ts';
import { placeQontoErrors } from './place-qonto-errors.ts';

export interface ComposerContext {
  locale: string;
  organization: OrganizationFacts;
  numberingMode: 'automatic' | 'manual';
  ibans: readonly string[];
  client: (ClientFacts & { id: string }) | null;
}

export interface ComposerValidation {
  payload: ClientInvoiceCreatePayload | undefined;
  fieldErrors: FieldProblem[];
  /** Problems that belong to no field: shown in the summary at the top. */
  formErrors: string[];
}

/**
 * Checks the composer with the very rules the API applies (the shared schema and context rules), so
 * what passes here passes at Qonto and what fails says so on the right field.
 */
export function validateComposer(values: ComposerValues, context: ComposerContext): ComposerValidation {
  const profile = organizationProfile(context.organization);
  const { payload, problems } = readComposer(values, { locale: context.locale, profile, currency: context.client?.currency ?? null });
  const fieldErrors: FieldProblem[] = [...problems];
  const formErrors: string[] = [];
  if (!values.client_id || !context.client) fieldErrors.push({ field: 'client_id', message: t`Choose a client.` });
  else {
    const currencyIssue = clientIssues(context.client, profile).find((issue) => issue.invoiceField === 'currency');
    if (currencyIssue) fieldErrors.push({ field: 'client_id', message: clientIssueSentence(currencyIssue.code, context.client) });
  }

  const parsed = clientInvoiceCreatePayloadSchema.safeParse(payload);
  const qontoErrors: QontoError[] = parsed.success ? [] : zodIssuesToQontoErrors(parsed.error, payload);
  if (parsed.success && context.client) {
    qontoErrors.push(
      ...checkInvoiceInContext(parsed.data, {
        organization: context.organization,
        numberingMode: context.numberingMode,
        ibans: context.ibans,
        client: context.client,
      }),
    );
  }
  // A currency problem (no client, none on the client, not invoiceable) is said once, on the client.
  const currencyFine = context.client?.currency === itemCurrency;
  const relevant = currencyFine
    ? qontoErrors
    : qontoErrors.filter((error) => !/\/(unit_price\/currency|currency)$/.test(error.source?.pointer ?? ''));
  const placed = placeQontoErrors(relevant, profile);
  const taken = new Set(fieldErrors.map((problem) => problem.field));
  for (const problem of placed.fieldErrors) {
    if (!taken.has(problem.field)) {
      fieldErrors.push(problem);
      taken.add(problem.field);
    }
  }
  formErrors.push(...placed.formErrors);
  const valid = parsed.success && fieldErrors.length === 0 && formErrors.length === 0;
  return { payload: valid ? parsed.data : undefined, fieldErrors, formErrors };
}
