import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';
import { organizationsSubmitted } from '../../testing/oauth-client-steps.ts';

describe('OAuth login through the app server', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness();
  });
  after(() => h.close());

  it('get /auth/login redirects to the authorize URL with the scopes, a state and a PKCE S256 challenge', async () => {
    const browser = h.browser();
    const login = await browser.request('/auth/login');
    assert.equal(login.status, 302);
    const target = new URL(login.headers.get('location')!);
    assert.equal(target.origin + target.pathname, `${h.emulator.url}/oauth2/auth`);
    assert.equal(
      target.searchParams.get('scope'),
      'offline_access organization.read client.read client.write client_invoice.write client_invoices.read einvoicing.read product.read product.write attachment.read',
    );
    assert.equal(target.searchParams.get('code_challenge_method'), 'S256');
    assert.match(target.searchParams.get('code_challenge')!, /^[\w-]{43}$/);
    assert.ok(target.searchParams.get('state')!.length >= 20);
    assert.equal(target.searchParams.get('redirect_uri'), `${h.bff.url}/auth/callback`);
    const cookie = login.headers.getSetCookie().find((line) => line.startsWith('composer_oauth='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Max-Age=600/);
  });

  it('seals the PKCE transaction cookie (the verifier is unreadable) and accepts it once: a replayed callback is refused', async () => {
    const browser = h.browser();
    const login = await browser.request('/auth/login');
    const authorize = new URL(login.headers.get('location')!);
    const cookie = browser.cookies.get('composer_oauth')!;
    const decoded = Buffer.from(cookie, 'base64url').toString('latin1');
    assert.doesNotMatch(decoded, /codeVerifier|state|returnTo/);
    assert.ok(!decoded.includes(authorize.searchParams.get('state')!));

    const page = await (await fetch(authorize)).text();
    const requestId = /name="request_id" value="([^"]+)"/.exec(page)![1]!;
    const decision = await fetch(new URL('/oauth2/auth/decision', authorize), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        request_id: requestId,
        decision: 'approve',
        organization_id: organizationsSubmitted(page, undefined)[0]!,
      }),
    });
    const callback = decision.headers.get('location')!;
    const first = await browser.request(callback);
    assert.equal(first.headers.get('location'), '/');
    // An attacker who kept the cookie and the callback URL tries again.
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie: `composer_oauth=${cookie}` } });
    assert.equal(replay.headers.get('location'), '/?auth_error=expired');
  });

  it('connects end to end: consent, callback, session cookie, /api/session with the organization', async () => {
    const browser = h.browser();
    assert.equal((await browser.json('/api/session')).body.connected, false);
    assert.equal(await browser.connect('approve', '/invoices'), '/invoices');
    const session = await browser.json('/api/session');
    assert.deepEqual(session.body, {
      environment: 'local',
      authMethod: 'oauth',
      flow: 'membership',
      connected: true,
      reauthRequired: false,
      organizations: [
        {
          id: '0a9e1f00-0000-4000-8000-000000000001',
          legal_name: 'Cabinet Lumière SAS',
          legal_country: 'FR',
          reauthRequired: false,
          accessWithdrawn: false,
        },
      ],
    });
    const organization = await browser.json(`${qontoApi}/v2/organization`);
    assert.equal(organization.status, 200);
    assert.equal(organization.body.organization.bank_accounts.length, 2);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/, with a bounded lifetime', async () => {
    const browser = h.browser();
    const login = await browser.request('/auth/login');
    const consent = await fetch(login.headers.get('location')!);
    const page = await consent.text();
    const requestId = /name="request_id" value="([^"]+)"/.exec(page)![1]!;
    const decision = await fetch(`${h.emulator.url}/oauth2/auth/decision`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({
        request_id: requestId,
        decision: 'approve',
        organization_id: organizationsSubmitted(page, undefined)[0]!,
      }),
    });
    const callback = await browser.request(decision.headers.get('location')!);
    const cookie = callback.headers.getSetCookie().find((line) => line.startsWith('composer_session='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\//);
    assert.match(cookie, /Max-Age=43200/);
  });

  it('starts a fresh session on every login: the old id stops working (no fixation)', async () => {
    const browser = h.browser();
    await browser.connect();
    const first = browser.cookies.get('composer_session')!;
    await browser.connect();
    const second = browser.cookies.get('composer_session')!;
    assert.notEqual(first, second);
    const stale = await fetch(`${h.bff.url}/api/session`, { headers: { cookie: `composer_session=${first}` } });
    assert.equal(((await stale.json()) as { connected: boolean }).connected, false);
  });

  it('sends the user back with auth_error when consent is denied or the state does not match', async () => {
    const denied = h.browser();
    assert.equal(await denied.connect('deny'), '/?auth_error=access_denied');
    assert.equal((await denied.json('/api/session')).body.connected, false);

    const forged = h.browser();
    await forged.request('/auth/login');
    const callback = await forged.request('/auth/callback?code=qac_forged&state=not-the-state');
    assert.equal(callback.headers.get('location'), '/?auth_error=refused');
    const noCookie = await fetch(`${h.bff.url}/auth/callback?code=x&state=y`, { redirect: 'manual' });
    assert.equal(noCookie.headers.get('location'), '/?auth_error=expired');
  });

  it('never redirects outside the app after login', async () => {
    const browser = h.browser();
    assert.equal(await browser.connect('approve', '//evil.example/x'), '/');
    assert.equal(await h.browser().connect('approve', 'https://evil.example/'), '/');
  });

  it('post /auth/logout needs the CSRF header, then ends the session and revokes the consent upstream', async () => {
    const browser = h.browser();
    await browser.connect();
    const before = (await h.emulator.state()).counters.live_access_tokens;
    assert.equal((await browser.request('/auth/logout', { method: 'POST', csrf: false })).status, 403);
    assert.equal((await browser.request('/auth/logout', { method: 'POST' })).status, 204);
    assert.equal((await browser.json('/api/session')).body.connected, false);
    assert.equal((await h.emulator.state()).counters.live_access_tokens, before - 1);
    assert.equal((await browser.json(`${qontoApi}/v2/organization`)).body.errors[0].code, 'reauth_required');
  });
});
