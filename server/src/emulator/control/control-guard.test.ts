import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../../testing/emulator-harness.ts';

describe('the emulator control API and consent page refuse other sites', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  after(() => emulator.close());

  const reset = (headers: Record<string, string>, body = '{"country":"IT"}') =>
    fetch(`${emulator.url}/_emulator/reset`, { method: 'POST', headers, body });

  it('refuses a reset without the control header, without JSON, or from a foreign Origin (what a cross-site page can send)', async () => {
    const formPost = await reset({ 'content-type': 'application/x-www-form-urlencoded' }, 'country=IT');
    assert.equal(formPost.status, 403);
    assert.equal((await reset({ 'content-type': 'text/plain', 'x-emulator-control': '1' })).status, 403);
    assert.equal(
      (await reset({ 'content-type': 'application/json', 'x-emulator-control': '1', origin: 'https://evil.example' })).status,
      403,
    );
    assert.equal(
      (await fetch(`${emulator.url}/_emulator/faults`, { method: 'DELETE', headers: { origin: 'https://evil.example' } })).status,
      403,
    );
    assert.equal((await emulator.state()).settings.country, 'FR');
    assert.equal((await reset({ 'content-type': 'application/json', 'x-emulator-control': '1' })).status, 200);
    assert.equal((await emulator.state()).settings.country, 'IT');
  });

  it('the consent page cannot be framed (clickjacking)', async () => {
    const url = `${emulator.url}/oauth2/auth?client_id=invoice-composer-local&redirect_uri=${encodeURIComponent('http://127.0.0.1:3000/auth/callback')}&response_type=code&scope=organization.read&state=s1`;
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  });
});
