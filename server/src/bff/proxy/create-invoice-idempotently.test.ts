import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';
import type { BrowserClient } from '../../testing/browser-client.ts';
import { frenchInvoice } from '../../testing/invoice-payloads.ts';

describe('idempotent invoice creation', () => {
  let h: BffHarness;
  let browser: BrowserClient;
  before(async () => {
    h = await startBffHarness({ QONTO_TIMEOUT_MS: '600' });
    browser = h.browser();
    await browser.connect();
  });
  beforeEach(() => h.emulator.clearFaults());
  after(() => h.close());

  const create = (key: string, body: Record<string, unknown>) =>
    browser.json(`${qontoApi}/v2/client_invoices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
  const created = async () => (await h.emulator.state()).counters.invoicesCreated as number;

  it('returns the first invoice when the same key is sent again', async () => {
    const key = randomUUID();
    const body = frenchInvoice();
    const before = await created();
    const first = await create(key, body);
    const again = await create(key, body);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.body.client_invoice.id, first.body.client_invoice.id);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(await created(), before + 1);
  });

  it('refuses the same key with a different body (422) and a key that is not a UUID (400)', async () => {
    const key = randomUUID();
    await create(key, frenchInvoice());
    const other = await create(key, frenchInvoice());
    assert.equal(other.status, 422);
    assert.equal(other.body.errors[0].code, 'idempotency_key_reused');
    assert.equal((await create('not-a-uuid', frenchInvoice())).status, 400);
  });

  it('replays a validation error too: the same bad request gives the same answer without reaching Qonto again', async () => {
    const key = randomUUID();
    const body = frenchInvoice({ items: [] });
    assert.equal((await create(key, body)).status, 422);
    const requests = (await h.emulator.state()).counters.apiRequests;
    assert.equal((await create(key, body)).status, 422);
    assert.equal((await h.emulator.state()).counters.apiRequests, requests);
  });

  it('after a dropped connection, a retry with the same key creates the invoice once', async () => {
    const key = randomUUID();
    const body = frenchInvoice();
    const before = await created();
    await h.emulator.faults({ method: 'POST', path: '/v2/client_invoices', status: 'reset' });
    assert.equal((await create(key, body)).status, 502);
    await sleep(650);
    const retry = await create(key, body);
    assert.equal(retry.status, 201);
    assert.equal(await created(), before + 1);
  });

  it('after a timeout whose invoice was created anyway, the retry finds it instead of creating another', async () => {
    const key = randomUUID();
    const body = frenchInvoice({ number: undefined });
    await h.emulator.reset({ numbering_mode: 'automatic' });
    await h.emulator.faults({ method: 'POST', path: '/v2/client_invoices', status: 'delay', delay_ms: 900 });
    const first = await create(key, body);
    assert.equal(first.status, 504);
    assert.equal(first.body.errors[0].code, 'upstream_timeout');
    const early = await create(key, body);
    assert.equal(early.status, 409);
    assert.equal(early.body.errors[0].code, 'idempotency_request_in_progress');
    assert.ok(early.headers.get('retry-after'));
    await sleep(700);
    const retry = await create(key, body);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(await created(), 1);
    await h.emulator.reset();
  });

  it('without a key, POST is still sent once and never retried', async () => {
    await h.emulator.faults({ method: 'POST', path: '/v2/client_invoices', status: 503, times: 3 });
    const answer = await browser.json(`${qontoApi}/v2/client_invoices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(frenchInvoice()),
    });
    assert.equal(answer.status, 503);
    assert.equal((await h.emulator.state()).faults[0].remaining, 2);
  });
});
