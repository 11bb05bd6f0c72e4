import { invoiceCreationRefusal } from '@composer/shared';
import type { Context } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { newUuid } from '../../lib/random-id.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import { emulatorNow, type EmulatorStore } from '../emulator-store.ts';
import { buildClientInvoice } from './build-client-invoice.ts';
import { nextInvoiceNumber } from './next-invoice-number.ts';
import { publicInvoiceUrl } from './public-invoice-url.ts';
import { validateInvoicePayload } from './validate-invoice-payload.ts';

/** `POST /v2/client_invoices`: shape, then references, then organization rules, then number uniqueness. */
export function createClientInvoiceHandler(store: EmulatorStore, options: EmulatorOptions) {
  return async function createClientInvoice(c: Context<EmulatorEnv>) {
    const refusal = invoiceCreationRefusal(store.organization, store.settings.einvoicingActivated);
    if (refusal) throw new ApiProblem(403, [refusal]);
    const { payload, client } = validateInvoicePayload(store, await readJsonObject(c));
    const createdAt = new Date().toISOString();
    const id = newUuid();
    // In automatic numbering a draft has no number until it is finalized (Qonto's Factur-X guide).
    const draft = payload.status === 'draft';
    const number = payload.number ?? (draft ? undefined : nextInvoiceNumber(store, Number(createdAt.slice(0, 4))));
    const record = buildClientInvoice({
      id,
      number,
      payload,
      organization: store.organization,
      client,
      invoiceUrl: publicInvoiceUrl(options.publicUrl, id),
      createdAt,
      attachmentId: newUuid(),
    });
    // Created finalized, an invoice gets its Factur-X PDF the same way as one finalized later.
    const facturx = draft ? {} : { facturx: { readyAt: emulatorNow(store) + store.settings.facturxDelayMs } };
    store.invoices.set(id, { record, imported: false, payload, ...facturx });
    store.attachments.set(record.attachment_id as string, id);
    if (number !== undefined) store.invoiceNumbers.add(number);
    store.counters.invoicesCreated += 1;
    return c.json({ client_invoice: record }, 201);
  };
}
