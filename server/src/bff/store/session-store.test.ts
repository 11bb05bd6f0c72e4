import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DatabaseSync } from 'node:sqlite';
import { startBffHarness, type BffHarness } from '../../testing/bff-harness.ts';

describe('sessions survive a restart, encrypted at rest, with secret rotation', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness({ SESSION_SECRET: 'first-secret-that-is-long-enough-0001' });
  });
  after(() => h.close());

  it('keeps the session across a restart, and across a rotation that keeps the old secret', async () => {
    const browser = h.browser();
    await browser.connect();
    await h.restart();
    assert.equal((await browser.json('/api/session')).body.connected, true);
    await h.restart({ SESSION_SECRET: 'second-secret-that-is-long-enough-002,first-secret-that-is-long-enough-0001' });
    assert.equal((await browser.json('/api/session')).body.connected, true);
    assert.equal((await browser.json('/api/qonto/v2/settings')).status, 200);
    await h.restart({ SESSION_SECRET: 'third-secret-that-is-long-enough-0003' });
    assert.equal((await browser.json('/api/session')).body.connected, false);
  });

  it('stores no token in clear and no session id, only its hash', async () => {
    await h.restart({ SESSION_SECRET: 'first-secret-that-is-long-enough-0001' });
    const browser = h.browser();
    await browser.connect();
    const db = new DatabaseSync(h.config.databasePath, { readOnly: true });
    const rows = db.prepare('SELECT id_hash, sealed FROM sessions').all() as { id_hash: string; sealed: Uint8Array }[];
    db.close();
    const cookie = browser.cookies.get('composer_session')!;
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.notEqual(row.id_hash, cookie);
      const text = Buffer.from(row.sealed).toString('latin1');
      assert.ok(!text.includes('qat_') && !text.includes('qrt_'), 'tokens are sealed');
    }
  });
});
