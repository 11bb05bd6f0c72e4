import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../../testing/emulator-harness.ts';
import { frenchInvoice, jsonPost } from '../../testing/invoice-payloads.ts';
import { composerScope, connect, consent, pkcePair, testRedirectUri, tokenRequest } from '../../testing/oauth-client-steps.ts';

describe('OAuth authorization server', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  after(() => emulator.close());

  const bearer = (token: string) => `Bearer ${token}`;

  it('runs the code flow with PKCE: consent, code with state, tokens, API access', async () => {
    const { verifier, challenge } = pkcePair();
    const back = await consent(emulator.url, { code_challenge: challenge, code_challenge_method: 'S256' });
    assert.equal(back.origin + back.pathname, testRedirectUri);
    assert.equal(back.searchParams.get('state'), 'st-123');
    const tokens = await tokenRequest(emulator.url, {
      grant_type: 'authorization_code',
      code: back.searchParams.get('code')!,
      redirect_uri: testRedirectUri,
      code_verifier: verifier,
    });
    assert.equal(tokens.status, 200);
    assert.equal(tokens.body.token_type, 'bearer');
    assert.equal(tokens.body.expires_in, 3600);
    assert.equal(tokens.body.scope, composerScope);
    assert.ok(tokens.body.refresh_token);
    const organization = await emulator.api('/v2/organization', { auth: bearer(tokens.body.access_token) });
    assert.equal(organization.status, 200);
  });

  it('refuses a wrong PKCE verifier, a missing one, and a reused code', async () => {
    const { challenge } = pkcePair();
    const back = await consent(emulator.url, { code_challenge: challenge, code_challenge_method: 'S256' });
    const code = back.searchParams.get('code')!;
    const wrong = await tokenRequest(emulator.url, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: testRedirectUri,
      code_verifier: pkcePair().verifier,
    });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.error, 'invalid_grant');
    const missing = await tokenRequest(emulator.url, { grant_type: 'authorization_code', code, redirect_uri: testRedirectUri });
    assert.equal(missing.body.error, 'invalid_grant');

    const plain = await consent(emulator.url, {});
    const plainCode = plain.searchParams.get('code')!;
    assert.equal(
      (await tokenRequest(emulator.url, { grant_type: 'authorization_code', code: plainCode, redirect_uri: testRedirectUri })).status,
      200,
    );
    const reused = await tokenRequest(emulator.url, { grant_type: 'authorization_code', code: plainCode, redirect_uri: testRedirectUri });
    assert.equal(reused.body.error, 'invalid_grant');
  });

  it('refuses a redirect_uri that differs from the authorization request, and a wrong client secret', async () => {
    const back = await consent(emulator.url, {});
    const code = back.searchParams.get('code')!;
    const other = await tokenRequest(emulator.url, { grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:3999/other' });
    assert.equal(other.body.error, 'invalid_grant');
    const badSecret = await tokenRequest(emulator.url, { grant_type: 'authorization_code', code, redirect_uri: testRedirectUri }, 'nope');
    assert.equal(badSecret.status, 401);
    assert.equal(badSecret.body.error, 'invalid_client');
  });

  it('sends errors back to the app: denied consent, missing state, unknown scope, bad challenge method', async () => {
    const denied = await consent(emulator.url, {}, 'deny');
    assert.equal(denied.searchParams.get('error'), 'access_denied');
    assert.equal(denied.searchParams.get('state'), 'st-123');
    assert.equal((await consent(emulator.url, { state: '' })).searchParams.get('error'), 'invalid_request');
    assert.equal((await consent(emulator.url, { scope: 'client_invoices.write' })).searchParams.get('error'), 'invalid_scope');
    assert.equal(
      (await consent(emulator.url, { code_challenge: pkcePair().challenge, code_challenge_method: 'plain' })).searchParams.get('error'),
      'invalid_request',
    );
    const unregistered = await fetch(
      `${emulator.url}/oauth2/auth?client_id=invoice-composer-local&redirect_uri=https://evil.example/cb&response_type=code&scope=client.read&state=x`,
      { redirect: 'manual' },
    );
    assert.equal(unregistered.status, 400);
  });

  it('rotates refresh tokens with a 60 s grace for the old one', async () => {
    const first = await connect(emulator.url);
    const second = await tokenRequest(emulator.url, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    assert.equal(second.status, 200);
    assert.notEqual(second.body.refresh_token, first.refresh_token);
    const withinGrace = await tokenRequest(emulator.url, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    assert.equal(withinGrace.status, 200);
    await emulator.advanceClock(61);
    const afterGrace = await tokenRequest(emulator.url, { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    assert.equal(afterGrace.body.error, 'invalid_grant');
    const latest = await tokenRequest(emulator.url, { grant_type: 'refresh_token', refresh_token: second.body.refresh_token });
    assert.equal(latest.status, 200);
    const counters = (await emulator.state()).counters.tokenGrants;
    assert.ok(counters.refresh_token >= 3);
  });

  it('gives no refresh token without offline_access', async () => {
    const tokens = await connect(emulator.url, 'organization.read');
    assert.equal(tokens.refresh_token, undefined);
  });

  it('answers 401 token_expired after the configured lifetime, 401 unauthorized for an unknown token', async () => {
    await emulator.reset({ access_token_ttl_s: 30 });
    const tokens = await connect(emulator.url);
    assert.equal(tokens.expires_in, 30);
    assert.equal((await emulator.api('/v2/settings', { auth: bearer(tokens.access_token) })).status, 200);
    await emulator.advanceClock(31);
    const expired = await emulator.api('/v2/settings', { auth: bearer(tokens.access_token) });
    assert.equal(expired.status, 401);
    assert.equal(expired.body.errors[0].code, 'token_expired');
    const unknown = await emulator.api('/v2/settings', { auth: bearer('qat_unknown') });
    assert.equal(unknown.body.errors[0].code, 'unauthorized');
    await emulator.reset();
  });

  it('checks each endpoint’s scope: 403 insufficient_permissions when missing', async () => {
    const readOnly = await connect(emulator.url, 'organization.read client_invoices.read');
    const auth = bearer(readOnly.access_token);
    assert.equal((await emulator.api('/v2/organization', { auth })).status, 200);
    const checks: [string, RequestInit][] = [
      ['/v2/clients', {}],
      ['/v2/clients', jsonPost({ kind: 'company', name: 'X' })],
      ['/v2/client_invoices', jsonPost(frenchInvoice())],
      ['/v2/client_invoices/uploads', { method: 'POST', body: new FormData() }],
      ['/v2/client_invoices/bulk', { method: 'POST', body: new FormData() }],
    ];
    for (const [path, init] of checks) {
      const answer = await emulator.api(path, { ...init, auth });
      assert.equal(answer.status, 403, `${init.method ?? 'GET'} ${path}`);
      assert.equal(answer.body.errors[0].code, 'insufficient_permissions');
    }
    const invoicesOnly = bearer((await connect(emulator.url, 'client_invoice.write')).access_token);
    assert.equal(
      (await emulator.api('/v2/client_invoices/uploads/2c4a1f3e-0000-4000-8000-000000000000', { auth: invoicesOnly })).status,
      403,
    );
  });

  it('revokes every token of a grant on DELETE /v2/oauth2/consents', async () => {
    const tokens = await connect(emulator.url);
    const auth = bearer(tokens.access_token);
    assert.equal((await emulator.api('/v2/oauth2/consents', { method: 'DELETE', auth })).status, 204);
    assert.equal((await emulator.api('/v2/organization', { auth })).status, 401);
    const refresh = await tokenRequest(emulator.url, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    assert.equal(refresh.body.error, 'invalid_grant');
  });

  it('accepts X-Qonto-Staging-Token and the client_secret_basic method', async () => {
    const answer = await emulator.api('/v2/settings', { headers: { 'X-Qonto-Staging-Token': 'anything' } });
    assert.equal(answer.status, 200);
    const back = await consent(emulator.url, {});
    const basic = Buffer.from('invoice-composer-local:local-demo-client-secret').toString('base64');
    const response = await fetch(`${emulator.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: testRedirectUri }),
    });
    assert.equal(response.status, 200);
  });
});
