import {
  checkInvoiceInContext,
  clientFacts,
  invoiceCreationRefusal,
  clientInvoiceCreatePayloadSchema,
  qontoError,
  zodIssuesToQontoErrors,
  type ClientInvoiceCreatePayload,
  type QontoError,
} from '@composer/shared';
import type { Context } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { newUuid } from '../../lib/random-id.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore } from '../emulator-store.ts';
import type { ClientRecord } from '../seed/demo-clients.ts';
import { buildClientInvoice } from './build-client-invoice.ts';
import { nextInvoiceNumber } from './next-invoice-number.ts';
import { publicInvoiceUrl } from './public-invoice-url.ts';

function parsePayload(body: Record<string, unknown>): ClientInvoiceCreatePayload {
  const parsed = clientInvoiceCreatePayloadSchema.safeParse(body);
  if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
  return parsed.data;
}

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

/** `POST /v2/client_invoices`: shape, then references, then organization rules, then number uniqueness. */
export function createClientInvoiceHandler(store: EmulatorStore, options: EmulatorOptions) {
  return async function createClientInvoice(c: Context<EmulatorEnv>) {
    const refusal = invoiceCreationRefusal(store.organization, store.settings.einvoicingActivated);
    if (refusal) throw new ApiProblem(403, [refusal]);
    const payload = parsePayload(await readJsonObject(c));
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
    if (payload.number !== undefined && store.invoiceNumbers.has(payload.number)) {
      throw new ApiProblem(409, {
        code: 'invoice_number_already_exists',
        detail: `An invoice numbered ${payload.number} already exists.`,
        pointer: '/data/attributes/number',
      });
    }
    const createdAt = new Date().toISOString();
    const id = newUuid();
    const number = payload.number ?? nextInvoiceNumber(store, Number(createdAt.slice(0, 4)));
    const record = buildClientInvoice({
      id,
      number,
      payload,
      organization: store.organization,
      client,
      invoiceUrl: publicInvoiceUrl(options.publicUrl, id),
      createdAt,
    });
    store.invoices.set(id, { record, imported: false });
    store.invoiceNumbers.add(number);
    store.counters.invoicesCreated += 1;
    return c.json({ client_invoice: record }, 201);
  };
}
