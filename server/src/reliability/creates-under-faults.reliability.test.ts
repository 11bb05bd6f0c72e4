import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBffHarness, type BffHarness, qontoApi } from '../testing/bff-harness.ts';
import type { BrowserClient } from '../testing/browser-client.ts';
import { frenchInvoice } from '../testing/invoice-payloads.ts';

/** A seeded generator, so a failing run can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const faults = [null, null, { status: 500 }, { status: 503 }, { status: 'reset' }, { status: 'delay', delay_ms: 450 }] as const;

describe('faults on invoice creation', () => {
  let h: BffHarness;
  let browser: BrowserClient;
  before(async () => {
    h = await startBffHarness({ QONTO_TIMEOUT_MS: '300' });
    await h.emulator.reset({ numbering_mode: 'automatic' });
    browser = h.browser();
    await browser.connect();
  });
  after(() => h.close());

  it('100 creates under random faults, retried with the same idempotency key, leave no duplicate invoice', async () => {
    const next = random(Number(process.env.FAULT_SEED ?? 20261121));
    const seed = process.env.FAULT_SEED ?? '20261121';
    const ids = new Set<string>();
    const tally = { attempts: 0, faults: 0, inProgress: 0 };
    for (let i = 0; i < 100; i += 1) {
      const key = randomUUID();
      const body = JSON.stringify(
        frenchInvoice({
          number: undefined,
          items: [{ title: `Line ${i}`, quantity: '1', unit_price: { value: `${100 + i}.00`, currency: 'EUR' }, vat_rate: '0.2' }],
        }),
      );
      for (let attempt = 0; ; attempt += 1) {
        assert.ok(attempt < 20, `invoice ${i} never got through (seed ${seed})`);
        const fault = attempt < 3 ? faults[Math.floor(next() * faults.length)] : null;
        if (fault) {
          tally.faults += 1;
          await h.emulator.faults({ method: 'POST', path: '/v2/client_invoices', ...fault, times: 1 });
        }
        tally.attempts += 1;
        const answer = await browser.json(`${qontoApi}/v2/client_invoices`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body,
        });
        await h.emulator.clearFaults();
        if (answer.status === 201) {
          ids.add(answer.body.client_invoice.id);
          break;
        }
        assert.ok([409, 500, 502, 503, 504].includes(answer.status), `unexpected ${answer.status}: ${JSON.stringify(answer.body)}`);
        assert.ok(Array.isArray(answer.body.errors), 'every failure is explained in the envelope');
        if (answer.status === 409) tally.inProgress += 1;
        await sleep(answer.status === 409 ? 200 : 20);
      }
    }
    await sleep(500);
    const state = await h.emulator.state();
    console.log(
      `creates under faults (seed ${seed}): ${tally.attempts} attempts, ${tally.faults} faults, ${tally.inProgress} told to wait; ${state.counters.invoicesCreated} invoices`,
    );
    assert.equal(ids.size, 100);
    assert.equal(state.counters.invoicesCreated, 100, 'exactly one invoice per key: no duplicate');
  });
});
