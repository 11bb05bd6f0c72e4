import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness, type JsonBody } from '../../testing/emulator-harness.ts';
import { clientIds, frenchInvoice, jsonPost } from '../../testing/invoice-payloads.ts';

let emulator: EmulatorHarness;
before(async () => {
  emulator = await startEmulatorHarness();
});
after(() => emulator.close());
beforeEach(() => emulator.reset());

const post = (path: string, body?: unknown) => emulator.api(path, body === undefined ? { method: 'POST' } : jsonPost(body));

async function draft(overrides: Record<string, unknown> = {}) {
  const created = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ status: 'draft', ...overrides })));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.client_invoice as JsonBody;
}

async function finalized(overrides: Record<string, unknown> = {}) {
  const invoice = await draft(overrides);
  const answer = await post(`/v2/client_invoices/${invoice.id}/finalize`);
  assert.equal(answer.status, 200);
  return answer.body.client_invoice as JsonBody;
}

function refusal(answer: { status: number; body: JsonBody }, status: number, code: string) {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.errors[0].code, code);
}

describe('update and delete (drafts only)', () => {
  it('PATCH merges into a draft, recomputes totals, keeps id and created_at', async () => {
    const invoice = await draft();
    const answer = await emulator.api(`/v2/client_invoices/${invoice.id}`, {
      ...jsonPost({ items: [{ title: 'Audit', quantity: '3', unit_price: { value: '100.00', currency: 'EUR' }, vat_rate: '0.2' }] }),
      method: 'PATCH',
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.client_invoice.id, invoice.id);
    assert.equal(answer.body.client_invoice.created_at, invoice.created_at);
    assert.equal(answer.body.client_invoice.total_amount.value, '360.00');
    assert.equal(answer.body.client_invoice.status, 'draft');
  });

  it('PATCH validates like create and refuses to finalize through status', async () => {
    const invoice = await draft();
    const patch = (body: unknown) => emulator.api(`/v2/client_invoices/${invoice.id}`, { ...jsonPost(body), method: 'PATCH' });
    const bad = await patch({ due_date: '2020-01-01' });
    assert.equal(bad.status, 422);
    refusal(await patch({ status: 'unpaid' }), 422, 'invalid');
    const other = await draft();
    refusal(await patch({ number: other.number }), 409, 'invoice_number_already_exists');
    assert.equal((await patch({ number: invoice.number })).status, 200, 'its own number is no clash');
  });

  it('PATCH keeps fields left out, clears a field sent as null, and a required field sent as null is a 422', async () => {
    const invoice = await draft();
    const patch = (body: unknown) => emulator.api(`/v2/client_invoices/${invoice.id}`, { ...jsonPost(body), method: 'PATCH' });
    const withHeader = await patch({ header: 'Mission 2026', discount: { type: 'percentage', value: '0.1' } });
    assert.equal(withHeader.body.client_invoice.header, 'Mission 2026');
    assert.equal(withHeader.body.client_invoice.discount.type, 'percentage');
    const kept = await patch({ footer: 'Merci' });
    assert.equal(kept.body.client_invoice.header, 'Mission 2026', 'a field left out is kept');
    const cleared = await patch({ header: null, discount: null });
    assert.equal(cleared.status, 200);
    assert.equal(cleared.body.client_invoice.header, '');
    assert.equal(cleared.body.client_invoice.discount, undefined);
    assert.equal(cleared.body.client_invoice.total_amount.value, invoice.total_amount.value);
    const required = await patch({ due_date: null });
    assert.equal(required.status, 422);
    assert.ok(
      required.body.errors.some((error: { source?: { pointer?: string } }) => error.source?.pointer === '/data/attributes/due_date'),
    );
  });

  it('PATCH and DELETE refuse a finalized invoice with 412 invoice_not_in_draft_status; a draft deletes with 204', async () => {
    const done = await finalized();
    refusal(
      await emulator.api(`/v2/client_invoices/${done.id}`, { ...jsonPost({ header: 'x' }), method: 'PATCH' }),
      412,
      'invoice_not_in_draft_status',
    );
    refusal(await emulator.api(`/v2/client_invoices/${done.id}`, { method: 'DELETE' }), 412, 'invoice_not_in_draft_status');
    const open = await draft();
    assert.equal((await emulator.api(`/v2/client_invoices/${open.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await emulator.api(`/v2/client_invoices/${open.id}`)).status, 404);
    assert.equal((await emulator.api(`/v2/client_invoices/${open.id}`, { method: 'DELETE' })).status, 404);
  });
});

describe('finalize', () => {
  it('draft → unpaid with finalized_at; a second finalize is 412', async () => {
    const invoice = await draft();
    assert.equal(invoice.finalized_at, undefined);
    const answer = await post(`/v2/client_invoices/${invoice.id}/finalize`);
    assert.equal(answer.body.client_invoice.status, 'unpaid');
    assert.ok(Date.parse(answer.body.client_invoice.finalized_at) >= Date.parse(invoice.created_at));
    refusal(await post(`/v2/client_invoices/${invoice.id}/finalize`), 412, 'invoice_not_in_draft_status');
  });

  it('in automatic numbering a draft has no number until finalize gives it the next one', async () => {
    await emulator.reset({ numbering_mode: 'automatic' });
    const { number: _manual, ...payload } = frenchInvoice();
    const first = await emulator.api('/v2/client_invoices', jsonPost({ ...payload, status: 'draft' }));
    assert.equal(first.body.client_invoice.number, undefined);
    const second = await emulator.api('/v2/client_invoices', jsonPost(payload));
    assert.match(second.body.client_invoice.number, /^INV-\d{4}-0001$/);
    const done = await post(`/v2/client_invoices/${first.body.client_invoice.id}/finalize`);
    assert.match(done.body.client_invoice.number, /^INV-\d{4}-0002$/);
  });
});

describe('payment and cancellation', () => {
  it('mark_as_paid (today by default, a past date, never the future), unmark, and their refusals', async () => {
    const invoice = await finalized();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const paid = await post(`/v2/client_invoices/${invoice.id}/mark_as_paid`);
    assert.equal(paid.body.client_invoice.status, 'paid');
    assert.equal(paid.body.client_invoice.paid_at.slice(0, 10), today);
    assert.equal(paid.body.client_invoice.amount_paid.value, invoice.total_amount.value);
    const redated = await post(`/v2/client_invoices/${invoice.id}/mark_as_paid`, { paid_at: '2026-01-15' });
    assert.equal(redated.body.client_invoice.paid_at.slice(0, 10), '2026-01-15');
    const future = await post(`/v2/client_invoices/${invoice.id}/mark_as_paid`, { paid_at: '2999-01-01' });
    assert.equal(future.status, 422);
    assert.equal(future.body.errors[0].source.pointer, '/data/attributes/paid_at');
    refusal(await post(`/v2/client_invoices/${invoice.id}/mark_as_canceled`), 412, 'invoice_not_in_unpaid_status');
    const unpaid = await post(`/v2/client_invoices/${invoice.id}/unmark_as_paid`);
    assert.equal(unpaid.body.client_invoice.status, 'unpaid');
    assert.equal(unpaid.body.client_invoice.paid_at, undefined);
    refusal(await post(`/v2/client_invoices/${invoice.id}/unmark_as_paid`), 412, 'invoice_not_in_paid_status');
  });

  it('cancel: unpaid → canceled, irreversible, number kept; drafts cannot be paid or canceled', async () => {
    const invoice = await finalized();
    const canceled = await post(`/v2/client_invoices/${invoice.id}/mark_as_canceled`);
    assert.equal(canceled.body.client_invoice.status, 'canceled');
    assert.equal(canceled.body.client_invoice.number, invoice.number);
    refusal(await post(`/v2/client_invoices/${invoice.id}/mark_as_paid`), 412, 'invoice_not_in_unpaid_status');
    refusal(await post(`/v2/client_invoices/${invoice.id}/mark_as_canceled`), 412, 'invoice_not_in_unpaid_status');
    const open = await draft();
    refusal(await post(`/v2/client_invoices/${open.id}/mark_as_paid`), 412, 'invoice_not_in_unpaid_status');
    refusal(await post(`/v2/client_invoices/${open.id}/mark_as_canceled`), 412, 'invoice_not_in_unpaid_status');
  });
});

describe('send by email', () => {
  it('records the email in the outbox with the PDF; status unchanged; copy to self by default', async () => {
    const invoice = await finalized();
    const answer = await post(`/v2/client_invoices/${invoice.id}/send`, {
      send_to: ['compta@atelier-durand.example', 'direction@atelier-durand.example'],
      email_title: `Invoice ${invoice.number}`,
      email_body: 'Please find attached our invoice.',
    });
    assert.equal(answer.status, 204);
    const { emails } = await emulator.control('/_emulator/outbox', 'GET');
    assert.equal(emails.length, 1);
    assert.deepEqual(emails[0].send_to, ['compta@atelier-durand.example', 'direction@atelier-durand.example']);
    assert.equal(emails[0].email_title, `Invoice ${invoice.number}`);
    assert.equal(emails[0].copy_to.length, 1);
    assert.equal(emails[0].attachment.content_type, 'application/pdf');
    assert.ok(emails[0].attachment.size > 500);
    assert.equal((await emulator.api(`/v2/client_invoices/${invoice.id}`)).body.client_invoice.status, 'unpaid');
  });

  it('refuses an empty or invalid body (422), a draft and a canceled invoice (412)', async () => {
    const invoice = await finalized();
    const empty = await post(`/v2/client_invoices/${invoice.id}/send`, {});
    assert.equal(empty.status, 422);
    const pointers = empty.body.errors.map((error: JsonBody) => error.source?.pointer).sort();
    assert.deepEqual(pointers, ['/data/attributes/email_title', '/data/attributes/send_to']);
    const bad = await post(`/v2/client_invoices/${invoice.id}/send`, { send_to: ['not-an-email'], email_title: 'x', cc: ['a@b.c'] });
    assert.equal(bad.status, 422);
    const open = await draft();
    refusal(
      await post(`/v2/client_invoices/${open.id}/send`, { send_to: ['a@b.example'], email_title: 'x' }),
      412,
      'invoice_not_finalized',
    );
    await post(`/v2/client_invoices/${invoice.id}/mark_as_canceled`);
    refusal(await post(`/v2/client_invoices/${invoice.id}/send`, { send_to: ['a@b.example'], email_title: 'x' }), 412, 'invoice_canceled');
    assert.equal((await emulator.control('/_emulator/outbox', 'GET')).emails.length, 0);
  });
});

describe('send as e-invoice', () => {
  it('moves submitted (200) → issued (201) → received (202) as time passes; a second call does nothing', async () => {
    await emulator.reset({ einvoicing_step_ms: 60_000 });
    const invoice = await finalized();
    assert.equal((await post(`/v2/client_invoices/${invoice.id}/send_by_einvoice`)).status, 204);
    const read = async () => (await emulator.api(`/v2/client_invoices/${invoice.id}`)).body.client_invoice;
    let current = await read();
    assert.equal(current.einvoicing_status, 'submitted');
    assert.deepEqual(
      current.einvoicing_lifecycle_events.map((event: JsonBody) => event.status_code),
      [200],
    );
    assert.equal((await post(`/v2/client_invoices/${invoice.id}/send_by_einvoice`)).status, 204);
    await emulator.advanceClock(60);
    current = await read();
    assert.deepEqual(
      current.einvoicing_lifecycle_events.map((event: JsonBody) => event.status_code),
      [200, 201],
    );
    await emulator.advanceClock(60);
    current = await read();
    assert.deepEqual(
      current.einvoicing_lifecycle_events.map((event: JsonBody) => event.status_code),
      [200, 201, 202],
    );
    assert.equal(current.status, 'unpaid');
  });

  it('a platform rejection ends in 213 and submission_failed; an unreachable client is 412', async () => {
    await emulator.control('/_emulator/einvoicing', 'POST', { reject_next_sends: 1 });
    const invoice = await finalized();
    await post(`/v2/client_invoices/${invoice.id}/send_by_einvoice`);
    const current = (await emulator.api(`/v2/client_invoices/${invoice.id}`)).body.client_invoice;
    assert.deepEqual(
      current.einvoicing_lifecycle_events.map((event: JsonBody) => event.status_code),
      [200, 213],
    );
    assert.equal(current.einvoicing_status, 'submission_failed');
    const unreachable = await finalized({ client_id: clientIds.claireDubois });
    refusal(await post(`/v2/client_invoices/${unreachable.id}/send_by_einvoice`), 412, 'client_not_einvoicing_reachable');
  });

  it('is refused where the organization cannot send e-invoices', async () => {
    await emulator.reset({ country: 'DE' });
    const org = (await emulator.api('/v2/organization')).body.organization;
    const invoice = await finalized({ payment_methods: { iban: org.bank_accounts[0].iban } });
    refusal(await post(`/v2/client_invoices/${invoice.id}/send_by_einvoice`), 403, 'einvoicing_sending_disabled');
  });
});
