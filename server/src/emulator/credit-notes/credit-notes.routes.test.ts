import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness, type JsonBody } from '../../testing/emulator-harness.ts';
import { frenchInvoice, jsonPost } from '../../testing/invoice-payloads.ts';

let emulator: EmulatorHarness;
before(async () => {
  emulator = await startEmulatorHarness();
});
after(() => emulator.close());
beforeEach(() => emulator.reset());

const line = (quantity: string, price = '100.00') => ({
  title: 'Consulting',
  quantity,
  unit_price: { value: price, currency: 'EUR' },
  vat_rate: '0.2',
});

async function invoiceOf(status: 'draft' | 'unpaid') {
  const created = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ status, items: [line('3')] })));
  return created.body.client_invoice as JsonBody;
}

const creditNote = (invoiceId: string, overrides: Record<string, unknown> = {}) => ({
  invoice_id: invoiceId,
  issue_date: '2026-11-21',
  reason: 'One day not worked',
  currency: 'EUR',
  number: `CN-${Math.random().toString(36).slice(2, 10)}`,
  items: [line('1')],
  ...overrides,
});

describe('credit notes', () => {
  it('a partial credit note negates quantities and amounts and is listed on the invoice', async () => {
    const invoice = await invoiceOf('unpaid');
    const answer = await emulator.api('/v2/credit_notes', jsonPost(creditNote(invoice.id)));
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const note = answer.body.credit_note;
    assert.equal(note.items[0].quantity, '-1');
    assert.equal(note.total_amount.value, '-120.00');
    assert.equal(note.vat_amount.value, '-20.00');
    const after = (await emulator.api(`/v2/client_invoices/${invoice.id}`)).body.client_invoice;
    assert.deepEqual(after.credit_notes_ids, [note.id]);
    assert.equal(after.status, 'unpaid');
    assert.equal((await emulator.api(`/v2/credit_notes/${note.id}`)).body.credit_note.id, note.id);
    assert.equal((await emulator.api('/v2/credit_notes')).body.credit_notes.length, 1);
  });

  it('never credits more than remains; crediting the rest cancels the invoice', async () => {
    const invoice = await invoiceOf('unpaid');
    assert.equal((await emulator.api('/v2/credit_notes', jsonPost(creditNote(invoice.id, { items: [line('2')] })))).status, 201);
    const over = await emulator.api('/v2/credit_notes', jsonPost(creditNote(invoice.id, { items: [line('2')] })));
    assert.equal(over.status, 422);
    assert.match(over.body.errors[0].detail, /exceeds what remains creditable.*120\.00/);
    const rest = await emulator.api('/v2/credit_notes', jsonPost(creditNote(invoice.id, { items: [line('1')] })));
    assert.equal(rest.status, 201);
    const after = (await emulator.api(`/v2/client_invoices/${invoice.id}`)).body.client_invoice;
    assert.equal(after.status, 'canceled');
    assert.equal(after.credit_notes_ids.length, 2);
    const more = await emulator.api('/v2/credit_notes', jsonPost(creditNote(invoice.id, { items: [line('0.01', '1.00')] })));
    assert.equal(more.status, 412);
    assert.equal(more.body.errors[0].code, 'invoice_canceled');
  });

  it('refuses drafts (412), a missing number in manual numbering, a duplicate number (409), bad shapes (422)', async () => {
    const open = await invoiceOf('draft');
    const onDraft = await emulator.api('/v2/credit_notes', jsonPost(creditNote(open.id)));
    assert.equal(onDraft.status, 412);
    const invoice = await invoiceOf('unpaid');
    const { number: _number, ...withoutNumber } = creditNote(invoice.id);
    const unnumbered = await emulator.api('/v2/credit_notes', jsonPost(withoutNumber));
    assert.equal(unnumbered.status, 422);
    assert.equal(unnumbered.body.errors[0].source.pointer, '/data/attributes/number');
    const first = creditNote(invoice.id);
    await emulator.api('/v2/credit_notes', jsonPost(first));
    assert.equal((await emulator.api('/v2/credit_notes', jsonPost({ ...first }))).status, 409);
    const long = await emulator.api('/v2/credit_notes', jsonPost(creditNote(invoice.id, { reason: 'x'.repeat(501), items: [] })));
    assert.equal(long.status, 422);
    const pointers = long.body.errors.map((error: JsonBody) => error.source.pointer).sort();
    assert.deepEqual(pointers, ['/data/attributes/items', '/data/attributes/reason']);
  });

  it('numbers credit notes automatically in automatic numbering', async () => {
    await emulator.reset({ numbering_mode: 'automatic' });
    const { number: _n, ...payload } = frenchInvoice({ items: [line('3')] });
    const invoice = (await emulator.api('/v2/client_invoices', jsonPost(payload))).body.client_invoice;
    const { number: _c, ...note } = creditNote(invoice.id);
    const answer = await emulator.api('/v2/credit_notes', jsonPost(note));
    assert.match(answer.body.credit_note.number, /^CN-2026-0001$/);
  });
});
