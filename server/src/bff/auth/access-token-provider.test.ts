import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';
import { tokenRequest } from '../../testing/oauth-client-steps.ts';
import { makePdf, multipart } from '../../testing/test-files.ts';

describe('token refresh', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness();
  });
  after(() => h.close());

  it('refreshes before expiry, single-flight: 20 parallel requests at expiry make exactly one grant', async () => {
    await h.emulator.reset({ access_token_ttl_s: 2 });
    const browser = h.browser();
    await browser.connect();
    const grantsBefore = (await h.emulator.state()).counters.tokenGrants.refresh_token;
    await sleep(1700);
    const answers = await Promise.all(Array.from({ length: 20 }, () => browser.json(`${qontoApi}/v2/settings`)));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array(20).fill(200),
    );
    assert.equal((await h.emulator.state()).counters.tokenGrants.refresh_token, grantsBefore + 1);
    await h.emulator.reset();
  });

  it('refreshes before streaming an upload, so the body is sent once with a valid token', async () => {
    await h.emulator.reset({ access_token_ttl_s: 2 });
    const browser = h.browser();
    await browser.connect();
    await sleep(1700);
    const before = await h.emulator.state();
    const upload = await browser.json(`${qontoApi}/v2/client_invoices/uploads`, {
      method: 'POST',
      body: multipart('client_invoices_upload', [{ name: 'late.pdf', bytes: makePdf('late') }]),
    });
    const after = await h.emulator.state();
    assert.equal(upload.status, 201);
    assert.equal(after.counters.tokenGrants.refresh_token, before.counters.tokenGrants.refresh_token + 1);
    assert.equal(after.counters.apiRequests, before.counters.apiRequests + 1, 'the upload reached Qonto once');
    await h.emulator.reset();
  });

  it('answers 401 reauth_required when the refresh token is refused, and keeps saying so without looping', async () => {
    await h.emulator.reset({ access_token_ttl_s: 2 });
    const browser = h.browser();
    await browser.connect();
    const refreshed = await h.emulator.state();
    await h.emulator.advanceClock(90 * 24 * 3600 + 1);
    await sleep(1700);
    const answer = await browser.json(`${qontoApi}/v2/organization`);
    assert.equal(answer.status, 401);
    assert.deepEqual(
      answer.body.errors.map((error: { status: string; code: string }) => [error.status, error.code]),
      [['401', 'reauth_required']],
    );
    const apiRequests = (await h.emulator.state()).counters.apiRequests;
    assert.equal((await browser.json(`${qontoApi}/v2/organization`)).body.errors[0].code, 'reauth_required');
    assert.equal((await h.emulator.state()).counters.apiRequests, apiRequests, 'no further call reaches Qonto');
    assert.deepEqual((await browser.json('/api/session')).body.reauthRequired, true);
    assert.ok(refreshed);
    await h.emulator.reset();
  });

  it('stores the rotated refresh token: the previous one dies after its grace, the session goes on', async () => {
    await h.emulator.reset({ access_token_ttl_s: 2 });
    const browser = h.browser();
    await browser.connect();
    await sleep(1700);
    assert.equal((await browser.json(`${qontoApi}/v2/settings`)).status, 200);
    await h.emulator.advanceClock(61);
    await sleep(1700);
    assert.equal((await browser.json(`${qontoApi}/v2/settings`)).status, 200);
    assert.ok((await h.emulator.state()).counters.tokenGrants.refresh_token >= 2);
    assert.equal(
      (await tokenRequest(h.emulator.url, { grant_type: 'refresh_token', refresh_token: 'qrt_unknown' })).body.error,
      'invalid_grant',
    );
    await h.emulator.reset();
  });

  it('a write Qonto refused with token_expired was not carried out: it is sent once more with a fresh token', async () => {
    const browser = h.browser();
    await browser.connect();
    // Qonto's clock runs ahead of ours: the token the app server holds is already expired there.
    await h.emulator.advanceClock(3600 + 60);
    const before = (await h.emulator.state()).counters.clientsCreated;
    const created = await browser.json(`${qontoApi}/v2/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'Expired token test' }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await h.emulator.state()).counters.clientsCreated, before + 1);
    await h.emulator.reset();
  });
});
