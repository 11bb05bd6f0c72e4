import { zodIssuesToQontoErrors, markAsPaidPayloadSchema } from '@composer/shared';
import { Hono } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import { emulatorNow, type EmulatorStore, type StoredInvoice } from '../emulator-store.ts';
import { buildClientInvoice } from './build-client-invoice.ts';
import { findInvoice, requireStatus } from './find-invoice.ts';
import { nextInvoiceNumber } from './next-invoice-number.ts';
import { publicInvoiceUrl } from './public-invoice-url.ts';
import { validateInvoicePayload } from './validate-invoice-payload.ts';

const draftOnly = 'invoice_not_in_draft_status';

function touch(invoice: StoredInvoice, changes: Record<string, unknown>): void {
  Object.assign(invoice.record, changes, { updated_at: new Date().toISOString() });
}

/**
 * Today in the organization's calendar, as Qonto compares `paid_at` with it: France, Italy, Germany and
 * Spain share Central European Time, where just after midnight it is already tomorrow, though not in UTC.
 */
const organizationDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

function today(store: EmulatorStore): string {
  return organizationDate.format(new Date(emulatorNow(store)));
}

/** Update, delete, finalize, pay, unpay and cancel: every transition of an invoice's status. */
export function invoiceLifecycleRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();
  const write = requireScope(store, options, 'client_invoice.write');

  app.patch('/v2/client_invoices/:id', write, async (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    if (invoice.imported || !invoice.payload)
      throw new ApiProblem(412, { code: draftOnly, detail: 'An imported invoice cannot be edited.' });
    requireStatus(invoice, ['draft'], draftOnly, 'updated');
    const changes = await readJsonObject(c);
    if (changes.status !== undefined && changes.status !== 'draft') {
      throw new ApiProblem(422, {
        code: 'invalid',
        detail: 'An update keeps the invoice a draft: finalize it with POST /v2/client_invoices/{id}/finalize.',
        pointer: '/data/attributes/status',
      });
    }
    const ownNumber = invoice.record.number;
    // Fields sent replace the draft's; a field sent as null is cleared; fields left out are kept.
    const merged = Object.fromEntries(
      Object.entries({ ...invoice.payload, ...changes, status: 'draft' }).filter(([, value]) => value !== null),
    );
    const { payload, client } = validateInvoicePayload(store, merged, ownNumber);
    const record = buildClientInvoice({
      id: invoice.record.id,
      number: payload.number,
      payload,
      organization: store.organization,
      client,
      invoiceUrl: publicInvoiceUrl(options.publicUrl, invoice.record.id),
      createdAt: new Date().toISOString(),
      firstCreatedAt: invoice.record.created_at,
      attachmentId: String(invoice.record.attachment_id),
    });
    if (ownNumber !== undefined) store.invoiceNumbers.delete(ownNumber);
    if (payload.number !== undefined) store.invoiceNumbers.add(payload.number);
    invoice.record = record;
    invoice.payload = payload;
    return c.json({ client_invoice: record });
  });

  app.delete('/v2/client_invoices/:id', write, (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    if (!invoice.imported) requireStatus(invoice, ['draft'], draftOnly, 'deleted');
    store.invoices.delete(invoice.record.id);
    if (invoice.record.number !== undefined) store.invoiceNumbers.delete(invoice.record.number);
    store.attachments.delete(String(invoice.record.attachment_id));
    return c.body(null, 204);
  });

  app.post('/v2/client_invoices/:id/finalize', write, (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    requireStatus(invoice, ['draft'], draftOnly, 'finalized');
    const now = new Date().toISOString();
    const number = invoice.record.number ?? nextInvoiceNumber(store, Number(now.slice(0, 4)));
    store.invoiceNumbers.add(number);
    touch(invoice, { status: 'unpaid', number, finalized_at: now });
    if (invoice.payload) invoice.payload = { ...invoice.payload, status: 'unpaid', number };
    // The Factur-X PDF replaces the draft's plain one asynchronously (Qonto: about 10 s later).
    invoice.facturx = { readyAt: emulatorNow(store) + store.settings.facturxDelayMs };
    return c.json({ client_invoice: invoice.record });
  });

  app.post('/v2/client_invoices/:id/mark_as_paid', write, async (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    requireStatus(invoice, ['unpaid', 'paid'], 'invoice_not_in_unpaid_status', 'marked as paid');
    const body = await readJsonObject(c, { optional: true });
    const parsed = markAsPaidPayloadSchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
    const paidOn = parsed.data.paid_at ?? today(store);
    if (paidOn > today(store)) {
      throw new ApiProblem(422, {
        code: 'invalid',
        detail: 'The payment date cannot be in the future.',
        pointer: '/data/attributes/paid_at',
      });
    }
    touch(invoice, { status: 'paid', paid_at: `${paidOn}T00:00:00.000Z`, amount_paid: invoice.record.total_amount });
    return c.json({ client_invoice: invoice.record });
  });

  app.post('/v2/client_invoices/:id/unmark_as_paid', write, (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    requireStatus(invoice, ['paid'], 'invoice_not_in_paid_status', 'unmarked as paid');
    touch(invoice, { status: 'unpaid', amount_paid: { value: '0.00', currency: invoice.record.currency } });
    delete invoice.record.paid_at;
    return c.json({ client_invoice: invoice.record });
  });

  app.post('/v2/client_invoices/:id/mark_as_canceled', write, (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    requireStatus(invoice, ['unpaid'], 'invoice_not_in_unpaid_status', 'canceled');
    touch(invoice, { status: 'canceled' });
    return c.json({ client_invoice: invoice.record });
  });

  return app;
}
