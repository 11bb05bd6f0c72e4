import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../../testing/emulator-harness.ts';
import { frenchInvoice, jsonPost } from '../../testing/invoice-payloads.ts';

describe('emulator control API', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  beforeEach(() => emulator.reset());
  after(() => emulator.close());

  it('answers 429 with Retry-After, then recovers once the rule is used up', async () => {
    await emulator.faults({ method: 'GET', path: '/v2/organization', status: 429, retry_after_s: 2, times: 2 });
    const first = await emulator.api('/v2/organization');
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('retry-after'), '2');
    assert.equal((await emulator.api('/v2/organization')).status, 429);
    assert.equal((await emulator.api('/v2/organization')).status, 200);
  });

  it('answers 500 and 503 in the envelope with a trace id', async () => {
    await emulator.faults({
      rules: [
        { method: 'POST', path: '/v2/client_invoices', status: 500 },
        { method: 'GET', path: '/v2/clients/*', status: 503 },
      ],
    });
    const failed = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice()));
    assert.equal(failed.status, 500);
    assert.equal(failed.body.errors[0].code, 'internal_server_error');
    assert.equal(failed.body.trace_id, failed.headers.get('x-tyk-trace-id'));
    assert.equal((await emulator.api('/v2/clients/c11e0000-0000-4000-8000-000000000001')).status, 503);
    assert.equal((await emulator.state()).counters.invoicesCreated, 0);
  });

  it('drops the connection on a reset rule', async () => {
    await emulator.faults({ method: 'GET', path: '/v2/settings', status: 'reset' });
    await assert.rejects(fetch(`${emulator.url}/v2/settings`, { headers: { authorization: 'demo-organization:demo-secret-key' } }));
    assert.equal((await emulator.api('/v2/settings')).status, 200);
  });

  it('delays a response by delay_ms', async () => {
    await emulator.faults({ method: 'GET', path: '/v2/settings', status: 'delay', delay_ms: 300 });
    const started = performance.now();
    assert.equal((await emulator.api('/v2/settings')).status, 200);
    assert.ok(performance.now() - started >= 290);
  });

  it('counts what happened and resets to a chosen country and numbering mode', async () => {
    await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice()));
    const state = await emulator.state();
    assert.equal(state.counters.invoicesCreated, 1);
    assert.deepEqual(Object.keys(state.counters.tokenGrants).sort(), ['authorization_code', 'refresh_token']);
    await emulator.reset({ country: 'ES', numbering_mode: 'automatic' });
    const after = await emulator.state();
    assert.equal(after.counters.invoicesCreated, 0);
    assert.deepEqual(after.settings, {
      country: 'ES',
      freelancer: false,
      einvoicingActivated: true,
      numberingMode: 'automatic',
      accessTokenTtlS: 3600,
      facturxDelayMs: 0,
      einvoicingStepMs: 0,
      extraProducts: 0,
    });
  });

  it('refuses malformed control requests in the envelope', async () => {
    const bad = await fetch(`${emulator.url}/_emulator/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-control': '1' },
      body: '{"country":"XX"}',
    });
    assert.equal(bad.status, 422);
    const badRule = await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-control': '1' },
      body: '{"method":"GET","path":"/x","status":"delay"}',
    });
    assert.equal(badRule.status, 422);
  });
});
