import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { demoApiKey, demoOAuthClient } from '../../emulator/emulator-options.ts';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';
import { frenchInvoice } from '../../testing/invoice-payloads.ts';
import { makePdf, multipart } from '../../testing/test-files.ts';

describe('no token or secret reaches the browser', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness();
  });
  after(() => h.close());

  it('scans every answer of a full session (login, refresh, reads, writes, uploads, errors, logout)', async () => {
    await h.emulator.reset({ access_token_ttl_s: 2 });
    const browser = h.browser();
    await browser.connect();
    await browser.json('/api/session');
    await browser.json(`${qontoApi}/v2/organization`);
    await sleep(1700);
    await browser.json(`${qontoApi}/v2/clients`);
    await browser.json(`${qontoApi}/v2/client_invoices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify(frenchInvoice()),
    });
    await browser.json(`${qontoApi}/v2/client_invoices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken',
    });
    await browser.json(`${qontoApi}/v2/client_invoices/uploads`, {
      method: 'POST',
      body: multipart('client_invoices_upload', [{ name: 'a.pdf', bytes: makePdf('a') }]),
    });
    await browser.json(`${qontoApi}/v2/nowhere`);
    const issued = [...h.emulator.store.oauth.accessTokens.keys(), ...h.emulator.store.oauth.refreshTokens.keys()];
    await browser.request('/auth/logout', { method: 'POST' });

    const grants = (await h.emulator.state()).counters.tokenGrants;
    assert.ok(grants.authorization_code >= 1 && grants.refresh_token >= 1, 'the session used an access token and a refreshed one');
    const secrets = [...issued, demoOAuthClient.clientSecret, demoApiKey.secret];
    assert.ok(issued.length >= 2);
    for (const answer of browser.received) {
      const visible = [answer.body, ...answer.headers.filter(([name]) => name !== 'set-cookie').map(([, value]) => value)].join('\n');
      for (const secret of secrets) assert.ok(!visible.includes(secret), `${answer.url} exposes a secret`);
      assert.ok(!/authorization/i.test(answer.headers.map(([name]) => name).join(' ')), `${answer.url} sends an Authorization header back`);
    }
    for (const value of browser.cookies.values()) for (const secret of secrets) assert.ok(!value.includes(secret));
    await h.emulator.reset();
  });
});
