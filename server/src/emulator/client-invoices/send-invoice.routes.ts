import { createHash } from 'node:crypto';
import { organizationProfile, sendInvoicePayloadSchema, zodIssuesToQontoErrors } from '@composer/shared';
import { Hono } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { newUuid } from '../../lib/random-id.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import { invoiceDocument } from '../attachments/invoice-document.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import { emulatorNow, type EmulatorStore, type StoredInvoice } from '../emulator-store.ts';
import { plannedEinvoicingSteps } from './einvoicing-progress.ts';
import { findInvoice, wrongStatus } from './find-invoice.ts';

function requireSendable(invoice: StoredInvoice): void {
  if (invoice.record.status === 'draft') throw wrongStatus('invoice_not_finalized', 'Finalize the invoice before sending it.');
  if (invoice.record.status === 'canceled') throw wrongStatus('invoice_canceled', 'A canceled invoice cannot be sent.');
}

/** `/send` (email, recorded in the outbox) and `/send_by_einvoice` (the approved platform, asynchronous). */
export function sendInvoiceRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();
  const write = requireScope(store, options, 'client_invoice.write');

  app.post('/v2/client_invoices/:id/send', write, async (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    requireSendable(invoice);
    const body = await readJsonObject(c);
    const parsed = sendInvoicePayloadSchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
    const document = await invoiceDocument(store, invoice);
    const copyToSelf = parsed.data.copy_to_self ?? true;
    store.outbox.push({
      id: newUuid(),
      invoice_id: invoice.record.id,
      invoice_number: invoice.record.number ?? null,
      send_to: parsed.data.send_to,
      copy_to: copyToSelf ? [store.organization.contact_email] : [],
      email_title: parsed.data.email_title,
      email_body: parsed.data.email_body ?? '',
      attachment: {
        file_name: document.fileName,
        content_type: 'application/pdf',
        size: document.bytes.byteLength,
        sha256: createHash('sha256').update(document.bytes).digest('hex'),
        has_facturx_xml: document.facturx,
      },
      sent_at: new Date().toISOString(),
    });
    return c.body(null, 204);
  });

  app.post('/v2/client_invoices/:id/send_by_einvoice', write, (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    requireSendable(invoice);
    const profile = organizationProfile(store.organization);
    const sending = profile.einvoicingByDefault || (profile.needsEinvoicingActivated && store.settings.einvoicingActivated);
    if (!sending) {
      throw new ApiProblem(403, {
        code: 'einvoicing_sending_disabled',
        detail: 'E-invoicing sending is not enabled for this organization.',
      });
    }
    const clientId = String((invoice.record.client as { id?: string } | undefined)?.id ?? '');
    if (store.clients.get(clientId)?.e_invoicing_reachable !== true) {
      throw wrongStatus('client_not_einvoicing_reachable', 'The client cannot receive e-invoices: send the invoice by email.');
    }
    // A second call does nothing (Qonto's documented behaviour).
    if (!invoice.einvoicing) {
      const rejected = store.einvoicingRejections > 0;
      if (rejected) store.einvoicingRejections -= 1;
      invoice.einvoicing = { steps: plannedEinvoicingSteps(store, emulatorNow(store), rejected) };
    }
    return c.body(null, 204);
  });

  return app;
}
