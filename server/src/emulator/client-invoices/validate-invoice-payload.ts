import {
  checkInvoiceInContext,
  clientFacts,
  clientInvoiceCreatePayloadSchema,
  qontoError,
  zodIssuesToQontoErrors,
  type ClientInvoiceCreatePayload,
  type QontoError,
} from '@composer/shared';
import { ApiProblem } from '../../lib/error-response.ts';
import type { EmulatorStore } from '../emulator-store.ts';
import type { ClientRecord } from '../seed/demo-clients.ts';

function referenceErrors(payload: ClientInvoiceCreatePayload, store: EmulatorStore): { client?: ClientRecord; errors: QontoError[] } {
  const errors: QontoError[] = [];
  const client = store.clients.get(payload.client_id.toLowerCase());
  if (!client) {
    errors.push(
      qontoError(422, {
        code: 'invalid_client_id',
        detail: 'No client with this id in the organization.',
        pointer: '/data/attributes/client_id',
      }),
    );
  }
  if (payload.upload_id !== undefined && !store.uploads.has(payload.upload_id.toLowerCase())) {
    errors.push(
      qontoError(422, { code: 'invalid', detail: 'No upload with this id in the organization.', pointer: '/data/attributes/upload_id' }),
    );
  }
  return client ? { client, errors } : { errors };
}

/**
 * What create and update check, in Qonto's order: shape, then references, then the organization's rules,
 * then number uniqueness (`ownNumber`: the number the updated invoice already holds, not a clash).
 */
export function validateInvoicePayload(
  store: EmulatorStore,
  body: Record<string, unknown>,
  ownNumber?: string,
): { payload: ClientInvoiceCreatePayload; client: ClientRecord } {
  const parsed = clientInvoiceCreatePayloadSchema.safeParse(body);
  if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
  const payload = parsed.data;
  const { client, errors } = referenceErrors(payload, store);
  if (client) {
    errors.push(
      ...checkInvoiceInContext(payload, {
        organization: store.organization,
        numberingMode: store.settings.numberingMode,
        ibans: store.organization.bank_accounts.map((account) => account.iban),
        client: clientFacts(client),
      }),
    );
  }
  if (errors.length > 0 || !client) throw new ApiProblem(422, errors);
  if (payload.number !== undefined && payload.number !== ownNumber && store.invoiceNumbers.has(payload.number)) {
    throw new ApiProblem(409, {
      code: 'invoice_number_already_exists',
      detail: `An invoice numbered ${payload.number} already exists.`,
      pointer: '/data/attributes/number',
    });
  }
  return { payload, client };
}
