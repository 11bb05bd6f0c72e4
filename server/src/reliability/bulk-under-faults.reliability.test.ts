import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBffHarness, type BffHarness, qontoApi } from '../testing/bff-harness.ts';
import type { BrowserClient } from '../testing/browser-client.ts';
import { makePdf, multipart } from '../testing/test-files.ts';

describe('faults on bulk import', () => {
  let h: BffHarness;
  let browser: BrowserClient;
  before(async () => {
    h = await startBffHarness({ QONTO_TIMEOUT_MS: '300' });
    browser = h.browser();
    await browser.connect();
  });
  after(() => h.close());

  it('30 files under faults end with every file imported exactly once after "Retry failed"', async () => {
    const files = Array.from({ length: 30 }, (_, i) => ({ name: `archive-${i + 1}.pdf`, bytes: makePdf(`archive ${i + 1}`) }));
    const batches = Array.from({ length: 6 }, (_, i) => files.slice(i * 5, i * 5 + 5));
    await h.emulator.faults({
      rules: [
        { method: 'POST', path: '/v2/client_invoices/bulk', status: 500, times: 1 },
        { method: 'POST', path: '/v2/client_invoices/bulk', status: 'reset', times: 1 },
        { method: 'POST', path: '/v2/client_invoices/bulk', status: 503, times: 1 },
        { method: 'POST', path: '/v2/client_invoices/bulk', status: 'delay', delay_ms: 450, times: 1 },
      ],
    });
    const invoiceOf = new Map<string, string>();
    let pending = batches;
    let round = 0;
    while (pending.length > 0) {
      assert.ok(round < 6, 'the retries converge');
      const failed: typeof batches = [];
      for (const batch of pending) {
        const answer = await browser.json(`${qontoApi}/v2/client_invoices/bulk`, {
          method: 'POST',
          body: multipart('client_invoices', batch),
        });
        if (answer.status !== 200) {
          assert.ok(Array.isArray(answer.body.errors));
          failed.push(batch);
          continue;
        }
        answer.body.client_invoices.forEach((row: { invoice_id: string }, i: number) => {
          const name = batch[i]!.name;
          if (invoiceOf.has(name)) assert.equal(invoiceOf.get(name), row.invoice_id, `${name} keeps its invoice`);
          invoiceOf.set(name, row.invoice_id);
        });
      }
      pending = failed;
      round += 1;
      await sleep(500);
    }
    const state = await h.emulator.state();
    assert.equal(invoiceOf.size, 30);
    assert.equal(new Set(invoiceOf.values()).size, 30);
    assert.equal(state.counters.importedFiles, 30, 'every file imported exactly once');
    assert.equal(state.counters.faultsTriggered, 4);
  });
});
