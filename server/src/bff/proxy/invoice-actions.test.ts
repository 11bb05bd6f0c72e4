import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';
import type { BrowserClient } from '../../testing/browser-client.ts';
import { frenchInvoice } from '../../testing/invoice-payloads.ts';

describe('invoice lifecycle through the app server', () => {
  let h: BffHarness;
  let browser: BrowserClient;
  before(async () => {
    // Short enough for the lost-answer test below, long enough for a send (it renders the PDF) on a busy CI machine.
    h = await startBffHarness({ QONTO_TIMEOUT_MS: '3000' });
    browser = h.browser();
    await browser.connect();
  });
  beforeEach(async () => {
    await h.emulator.clearFaults();
    await h.emulator.reset();
  });
  after(() => h.close());

  const call = (method: string, path: string, body?: unknown, key?: string) =>
    browser.json(`${qontoApi}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(key ? { 'idempotency-key': key } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const draft = async () => (await call('POST', '/v2/client_invoices', frenchInvoice({ status: 'draft' }))).body.client_invoice;
  const outbox = async () => (await h.emulator.control('/_emulator/outbox', 'GET')).emails as unknown[];

  it('allows exactly the lifecycle operations: update, delete, finalize, send, e-invoice, pay, unpay, cancel, credit notes, attachments', async () => {
    const invoice = await draft();
    const id = invoice.id;
    assert.equal((await call('PATCH', `/v2/client_invoices/${id}`, { header: 'Mission 2026' })).status, 200);
    assert.equal((await call('POST', `/v2/client_invoices/${id}/finalize`)).status, 200);
    assert.equal((await call('POST', `/v2/client_invoices/${id}/send`, { send_to: ['a@b.example'], email_title: 'Invoice' })).status, 204);
    assert.equal((await call('POST', `/v2/client_invoices/${id}/send_by_einvoice`)).status, 204);
    assert.equal((await call('POST', `/v2/client_invoices/${id}/mark_as_paid`, {})).status, 200);
    assert.equal((await call('POST', `/v2/client_invoices/${id}/unmark_as_paid`)).status, 200);
    const note = await call('POST', '/v2/credit_notes', {
      invoice_id: id,
      issue_date: '2026-11-21',
      reason: 'Overbilled',
      currency: 'EUR',
      number: `CN-${randomUUID().slice(0, 8)}`,
      items: [{ title: 'Monthly bookkeeping', quantity: '0.5', unit_price: { value: '450.00', currency: 'EUR' }, vat_rate: '0.2' }],
    });
    assert.equal(note.status, 201);
    assert.equal((await call('GET', '/v2/credit_notes')).status, 200);
    assert.equal((await call('GET', `/v2/credit_notes/${note.body.credit_note.id}`)).status, 200);
    assert.equal((await call('GET', `/v2/attachments/${invoice.attachment_id}`)).status, 200);
    assert.equal((await call('POST', `/v2/client_invoices/${id}/mark_as_canceled`)).status, 200);
    const other = await draft();
    assert.equal((await call('DELETE', `/v2/client_invoices/${other.id}`)).status, 204);
  });

  it('refuses neighbours of the new operations with 404, never forwarding them', async () => {
    const id = (await draft()).id;
    const before = (await h.emulator.state()).counters.apiRequests;
    for (const [method, path] of [
      ['POST', `/v2/client_invoices/${id}/mark_as_sent`],
      ['PUT', `/v2/client_invoices/${id}`],
      ['DELETE', '/v2/credit_notes'],
      ['PATCH', '/v2/credit_notes/' + id],
      ['DELETE', `/v2/attachments/${id}`],
      ['POST', `/v2/client_invoices/${id}/finalize/x`],
    ] as const) {
      const answer = await call(method, path);
      assert.equal(answer.status, 404, `${method} ${path}`);
    }
    assert.equal((await h.emulator.state()).counters.apiRequests, before);
  });

  it('needs the same-origin CSRF proof for PATCH, DELETE and actions', async () => {
    const id = (await draft()).id;
    for (const [method, path] of [
      ['PATCH', `/v2/client_invoices/${id}`],
      ['DELETE', `/v2/client_invoices/${id}`],
      ['POST', `/v2/client_invoices/${id}/finalize`],
    ] as const) {
      const response = await browser.request(`${qontoApi}${path}`, {
        method,
        csrf: false,
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(response.status, 403, `${method} ${path}`);
    }
    assert.equal((await call('GET', `/v2/client_invoices/${id}`)).body.client_invoice.status, 'draft');
  });

  it('a retried finalize, send or credit note with the same key acts once and replays the first answer', async () => {
    const id = (await draft()).id;
    const finalizeKey = randomUUID();
    const first = await call('POST', `/v2/client_invoices/${id}/finalize`, undefined, finalizeKey);
    const again = await call('POST', `/v2/client_invoices/${id}/finalize`, undefined, finalizeKey);
    assert.equal(first.status, 200);
    assert.equal(again.status, 200, 'replayed, not a 412 from a second finalize');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const sendKey = randomUUID();
    const email = { send_to: ['compta@atelier-durand.example'], email_title: 'Invoice' };
    assert.equal((await call('POST', `/v2/client_invoices/${id}/send`, email, sendKey)).status, 204);
    assert.equal((await call('POST', `/v2/client_invoices/${id}/send`, email, sendKey)).status, 204);
    assert.equal((await outbox()).length, 1);
    const reused = await call('POST', `/v2/client_invoices/${id}/mark_as_paid`, {}, sendKey);
    assert.equal(reused.status, 422);
    assert.equal(reused.body.errors[0].code, 'idempotency_key_reused');
  });

  it('a send whose answer was lost is never sent again under the same key', async () => {
    const id = (await draft()).id;
    await call('POST', `/v2/client_invoices/${id}/finalize`);
    await h.emulator.faults({ method: 'POST', path: `/v2/client_invoices/${id}/send`, status: 'delay', delay_ms: 4000 });
    const key = randomUUID();
    const email = { send_to: ['compta@atelier-durand.example'], email_title: 'Invoice' };
    assert.equal((await call('POST', `/v2/client_invoices/${id}/send`, email, key)).status, 504);
    await sleep(3300);
    const retry = await call('POST', `/v2/client_invoices/${id}/send`, email, key);
    assert.equal(retry.status, 409);
    assert.equal(retry.body.errors[0].code, 'idempotency_outcome_unknown');
    assert.equal((await outbox()).length, 1, 'the delayed send landed once; the retry did not send again');
  });
});
