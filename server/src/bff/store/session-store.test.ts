import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DatabaseSync } from 'node:sqlite';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';

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
    assert.equal((await browser.json(`${qontoApi}/v2/settings`)).status, 200);
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

describe('idempotent answers at rest, and purging while running', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness();
  });
  after(() => h.close());

  it('stores the answer of an idempotent create sealed: neither the invoice number nor the client is readable in the database', async () => {
    const browser = h.browser();
    await browser.connect();
    const number = `SEALED-${Date.now()}`;
    const body = {
      client_id: 'c11e0000-0000-4000-8000-000000000001',
      number,
      issue_date: '2026-11-21',
      due_date: '2026-12-21',
      currency: 'EUR',
      payment_methods: { iban: 'FR7616958000012345678901234' },
      items: [{ title: 'Audit', quantity: '1', unit_price: { value: '100.00', currency: 'EUR' }, vat_rate: '0.2' }],
    };
    const send = () =>
      browser.json(`${qontoApi}/v2/client_invoices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': '7b8e1c2a-0000-4000-8000-00000000a11d' },
        body: JSON.stringify(body),
      });
    assert.equal((await send()).status, 201);
    const db = new DatabaseSync(h.config.databasePath, { readOnly: true });
    const rows = db.prepare("SELECT body FROM idempotency_keys WHERE state = 'done'").all() as { body: string }[];
    db.close();
    assert.equal(rows.length, 1);
    assert.ok(
      !rows[0]!.body.includes(number) &&
        !rows[0]!.body.includes('Atelier') &&
        !Buffer.from(rows[0]!.body, 'base64').toString('latin1').includes(number),
    );
    const replay = await send();
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.body.client_invoice.number, number);
  });

  it('purges expired sessions and answers on a timer, not only at start', async () => {
    const { purgeExpiredEvery } = await import('./purge-expired.ts');
    let runs = 0;
    const stop = purgeExpiredEvery([{ purgeExpired: () => (runs += 1) }], 20);
    await new Promise((resolve) => setTimeout(resolve, 110));
    stop();
    assert.ok(runs >= 4, `purged ${runs} times`);
    const db = new DatabaseSync(h.config.databasePath);
    db.prepare(
      "INSERT INTO idempotency_keys (principal, key, body_hash, state, started_at, expires_at) VALUES ('p', 'old', 'h', 'pending', 0, 1)",
    ).run();
    const { IdempotencyStore } = await import('./idempotency-store.ts');
    assert.equal(new IdempotencyStore(db, []).purgeExpired(), 1);
    db.close();
  });
});
