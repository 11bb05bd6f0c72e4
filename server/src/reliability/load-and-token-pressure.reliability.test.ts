import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startBffHarness, type BffHarness } from '../testing/bff-harness.ts';
import type { BrowserClient } from '../testing/browser-client.ts';
import { frenchInvoice } from '../testing/invoice-payloads.ts';

const sessions = 50;
const invoicesPerSession = 20;
const accessTokenTtlS = 1;

describe('load with expiring tokens', () => {
  let h: BffHarness;
  let browsers: BrowserClient[];
  before(async () => {
    h = await startBffHarness();
    await h.emulator.reset({ numbering_mode: 'automatic', access_token_ttl_s: accessTokenTtlS });
    browsers = [];
    for (let i = 0; i < sessions; i += 1) {
      const browser = h.browser();
      await browser.connect();
      browsers.push(browser);
    }
  });
  after(() => h.close());

  it('50 concurrent sessions create 20 invoices each: 1,000 invoices, no error, no duplicate, unique numbers, no auth failure, one refresh per session per expiry', async () => {
    const grantsBefore = (await h.emulator.state()).counters.tokenGrants.refresh_token;
    const started = Date.now();
    const statuses = new Map<number, number>();
    const numbers: string[] = [];
    await Promise.all(
      browsers.map(async (browser, s) => {
        for (let i = 0; i < invoicesPerSession; i += 1) {
          const body = frenchInvoice({ number: undefined, purchase_order: `S${s}-I${i}` });
          const answer = await browser.json('/api/qonto/v2/client_invoices', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: JSON.stringify(body),
          });
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (answer.status === 201) numbers.push(answer.body.client_invoice.number);
        }
      }),
    );
    const elapsedS = (Date.now() - started) / 1000;
    const state = await h.emulator.state();
    const refreshes = state.counters.tokenGrants.refresh_token - grantsBefore;
    const expiryPeriods = Math.ceil(elapsedS / (accessTokenTtlS * 0.75)) + 1;
    console.log(
      `load: ${numbers.length} invoices in ${elapsedS.toFixed(1)} s (${(numbers.length / elapsedS).toFixed(0)}/s), statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${refreshes} refreshes for ${sessions} sessions (bound ${sessions * expiryPeriods})`,
    );
    assert.deepEqual(Object.fromEntries(statuses), { 201: sessions * invoicesPerSession });
    assert.equal(state.counters.invoicesCreated, sessions * invoicesPerSession);
    assert.equal(new Set(numbers).size, numbers.length, 'every number unique');
    assert.ok(refreshes >= sessions, 'tokens did expire and were refreshed during the load');
    assert.ok(refreshes <= sessions * expiryPeriods, `at most one refresh per session per expiry (${refreshes})`);
  });
});
