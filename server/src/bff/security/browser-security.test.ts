import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';

describe('browser-facing security', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness();
  });
  after(() => h.close());

  const post = (browser: ReturnType<BffHarness['browser']>, init: Parameters<ReturnType<BffHarness['browser']>['json']>[1]) =>
    browser.json(`${qontoApi}/v2/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'CSRF test' }),
      ...init,
    });

  it('refuses state-changing requests without X-CSRF, from another origin, or cross-site', async () => {
    const browser = h.browser();
    await browser.connect();
    const before = (await h.emulator.state()).counters.clientsCreated;
    assert.equal((await post(browser, { csrf: false })).status, 403);
    assert.equal((await post(browser, { origin: 'https://evil.example' })).body.errors[0].code, 'csrf_check_failed');
    assert.equal(
      (await post(browser, { origin: null, headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' } })).status,
      403,
    );
    assert.equal((await post(browser, { origin: null, headers: { 'content-type': 'application/json' } })).status, 403);
    assert.equal(
      (await post(browser, { origin: null, headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' } })).status,
      201,
    );
    assert.equal((await post(browser, {})).status, 201);
    assert.equal((await h.emulator.state()).counters.clientsCreated, before + 2);
  });

  it('grants no CORS', async () => {
    const preflight = await fetch(`${h.bff.url}${qontoApi}/v2/clients`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    const read = await fetch(`${h.bff.url}/api/session`, { headers: { origin: 'https://evil.example' } });
    assert.equal(read.headers.get('access-control-allow-origin'), null);
  });

  it('sends the security headers on every response, framing only the invoice-preview origin', async () => {
    for (const path of ['/api/session', `${qontoApi}/v2/organization`, '/auth/login', '/nowhere']) {
      const response = await fetch(`${h.bff.url}${path}`, { redirect: 'manual' });
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.ok(csp.includes(`frame-src ${h.emulator.url}`), path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  it('answers unknown API routes with 404 in the envelope', async () => {
    const answer = await h.browser().json('/api/unknown');
    assert.equal(answer.status, 404);
    assert.equal(answer.body.errors[0].code, 'not_found');
  });
});
