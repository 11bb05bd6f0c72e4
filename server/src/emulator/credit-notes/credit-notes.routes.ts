import {
  computeInvoiceTotals,
  creditNoteCreatePayloadSchema,
  decimal,
  zodIssuesToQontoErrors,
  type CreditNoteCreatePayload,
} from '@composer/shared';
import { Hono } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { paginate } from '../../lib/pagination.ts';
import { newUuid, uuidPattern } from '../../lib/random-id.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import { wrongStatus } from '../client-invoices/find-invoice.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore, StoredCreditNote, StoredInvoice } from '../emulator-store.ts';

function nextCreditNoteNumber(store: EmulatorStore, year: number): string {
  let candidate: string;
  do {
    candidate = `CN-${year}-${String(store.nextCreditNoteSequence).padStart(4, '0')}`;
    store.nextCreditNoteSequence += 1;
  } while (store.creditNoteNumbers.has(candidate));
  return candidate;
}

/** What is still creditable on the invoice: its total less every credit note already issued. */
export function creditableAmount(store: EmulatorStore, invoice: StoredInvoice): string {
  const total = (invoice.record.total_amount as { value: string }).value;
  return [...store.creditNotes.values()]
    .filter((note) => note.record.invoice_id === invoice.record.id)
    .reduce((left, note) => left.minus(note.creditedTotal), decimal(total))
    .toFixed(2);
}

function buildCreditNote(store: EmulatorStore, invoice: StoredInvoice, payload: CreditNoteCreatePayload, number: string) {
  const totals = computeInvoiceTotals(payload);
  const negative = (value: string) => decimal(value).neg().toFixed(2);
  const money = (value: string) => ({ value: negative(value), currency: payload.currency });
  const createdAt = new Date().toISOString();
  return {
    id: newUuid(),
    invoice_id: invoice.record.id,
    organization_id: store.organization.id,
    number,
    issue_date: payload.issue_date,
    reason: payload.reason,
    currency: payload.currency,
    total_amount: money(totals.total.value),
    total_amount_cents: -totals.total.cents,
    vat_amount: money(totals.vat.value),
    vat_amount_cents: -totals.vat.cents,
    items: payload.items.map((item, i) => ({
      title: item.title,
      ...(item.description === undefined ? {} : { description: item.description }),
      quantity: decimal(item.quantity).neg().toString(),
      ...(item.unit === undefined ? {} : { unit: item.unit }),
      unit_price: { value: item.unit_price.value, currency: payload.currency },
      vat_rate: item.vat_rate,
      total_vat: money(totals.items[i]!.vat.value),
      total_amount: money(totals.items[i]!.total.value),
      subtotal: money(totals.items[i]!.subtotal.value),
    })),
    client: invoice.record.client,
    organization: invoice.record.organization,
    created_at: createdAt,
    updated_at: createdAt,
  };
}

/** `POST/GET /v2/credit_notes`: a finalized invoice corrected, never edited. */
export function creditNotesRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.post('/v2/credit_notes', requireScope(store, options, 'client_invoice.write'), async (c) => {
    const body = await readJsonObject(c);
    const parsed = creditNoteCreatePayloadSchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
    const payload = parsed.data;
    const invoice = store.invoices.get(payload.invoice_id.toLowerCase());
    if (!invoice) {
      throw new ApiProblem(422, { code: 'invalid', detail: 'No client invoice with this id.', pointer: '/data/attributes/invoice_id' });
    }
    if (invoice.record.status === 'draft') throw wrongStatus('invoice_not_finalized', 'A draft is edited or deleted, not credited.');
    if (invoice.record.status === 'canceled') throw wrongStatus('invoice_canceled', 'The invoice is already canceled.');
    if (store.settings.numberingMode === 'manual' && payload.number === undefined) {
      throw new ApiProblem(422, {
        code: 'missing_field',
        detail: 'A number is required: the organization numbers its documents manually.',
        pointer: '/data/attributes/number',
      });
    }
    if (payload.number !== undefined && store.creditNoteNumbers.has(payload.number)) {
      throw new ApiProblem(409, {
        code: 'invoice_number_already_exists',
        detail: `A credit note numbered ${payload.number} already exists.`,
        pointer: '/data/attributes/number',
      });
    }
    const credited = computeInvoiceTotals(payload).total.value;
    const left = creditableAmount(store, invoice);
    if (decimal(credited).gt(left)) {
      throw new ApiProblem(422, {
        code: 'invalid',
        detail: `The credit note (${credited}) exceeds what remains creditable on the invoice (${left}).`,
        pointer: '/data/attributes/items',
      });
    }
    const number = payload.number ?? nextCreditNoteNumber(store, Number(payload.issue_date.slice(0, 4)));
    const record = buildCreditNote(store, invoice, payload, number);
    const stored: StoredCreditNote = { record, creditedTotal: credited };
    store.creditNotes.set(record.id, stored);
    store.creditNoteNumbers.add(number);
    invoice.record.credit_notes_ids = [...((invoice.record.credit_notes_ids as string[] | undefined) ?? []), record.id];
    // A credit note for the whole invoice cancels it.
    if (decimal(credited).eq(left)) invoice.record.status = 'canceled';
    invoice.record.updated_at = record.created_at;
    return c.json({ credit_note: record }, 201);
  });

  app.get('/v2/credit_notes', requireScope(store, options, 'client_invoices.read'), (c) => {
    const rows = [...store.creditNotes.values()].reverse().map((note) => note.record);
    const { page, meta } = paginate(c, rows);
    return c.json({ credit_notes: page, meta });
  });

  app.get('/v2/credit_notes/:id', requireScope(store, options, 'client_invoices.read'), (c) => {
    const id = c.req.param('id');
    const note = uuidPattern.test(id) ? store.creditNotes.get(id.toLowerCase()) : undefined;
    if (!note) throw new ApiProblem(404, { code: 'not_found', detail: 'No credit note with this id.' });
    return c.json({ credit_note: note.record });
  });

  return app;
}
