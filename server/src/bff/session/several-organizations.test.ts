import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { demoOrganizationId } from '../../emulator/seed/demo-organizations.ts';
import { revokeGrant } from '../../emulator/auth/issue-tokens.ts';
import { startBffHarness, type BffHarness } from '../../testing/bff-harness.ts';
import type { BrowserClient } from '../../testing/browser-client.ts';
import type { JsonBody } from '../../testing/emulator-harness.ts';
import { frenchInvoice } from '../../testing/invoice-payloads.ts';

const fr = demoOrganizationId('FR');
const it_ = demoOrganizationId('IT');
const es = demoOrganizationId('ES');
const de = demoOrganizationId('DE');
const api = (organizationId: string) => `/api/orgs/${organizationId}/qonto`;

async function connectTwo(browser: BrowserClient, first: string, second: string): Promise<void> {
  await browser.connect('approve', '/', { pick: [first] });
  await browser.connect('approve', '/', { organizationId: second });
}

describe('several organizations in one session (membership flow)', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness();
  });
  after(() => h.close());
  beforeEach(() => h.emulator.reset());

  it('adds a second organization with a second consent; each request names its organization and reaches only it', async () => {
    const browser = h.browser();
    await connectTwo(browser, fr, it_);
    const session = (await browser.json('/api/session')).body;
    assert.deepEqual(
      session.organizations.map((o: JsonBody) => [o.id, o.legal_country, o.reauthRequired]),
      [
        [fr, 'FR', false],
        [it_, 'IT', false],
      ],
    );
    assert.equal((await browser.json(`${api(fr)}/v2/organization`)).body.organization.legal_country, 'FR');
    assert.equal((await browser.json(`${api(it_)}/v2/organization`)).body.organization.legal_country, 'IT');
    const frenchClients = (await browser.json(`${api(fr)}/v2/clients`)).body.clients as JsonBody[];
    const italianClients = (await browser.json(`${api(it_)}/v2/clients`)).body.clients as JsonBody[];
    assert.notEqual(frenchClients[0].id, italianClients[0].id);
  });

  it('never reaches an organization the session has not connected, without calling Qonto', async () => {
    const browser = h.browser();
    await connectTwo(browser, fr, it_);
    const other = h.browser();
    await other.connect('approve', '/', { pick: [de] });
    const before = (await h.emulator.state()).counters.apiRequests;
    for (const [who, organizationId] of [
      [browser, de],
      [browser, es],
      [other, fr],
      [other, it_],
    ] as const) {
      const answer = await who.json(`${api(organizationId)}/v2/clients`);
      assert.equal(answer.status, 403, `${organizationId} must be refused`);
      assert.equal(answer.body.errors[0].code, 'organization_not_connected');
    }
    const write = await browser.json(`${api(de)}/v2/client_invoices`, { method: 'POST', body: JSON.stringify(frenchInvoice()) });
    assert.equal(write.status, 403);
    assert.equal((await browser.json(`${api('not-a-uuid')}/v2/clients`)).status, 404);
    assert.equal((await h.emulator.state()).counters.apiRequests, before, 'no refused request reached Qonto');
    const anonymous = await h.browser().json(`${api(fr)}/v2/clients`);
    assert.equal(anonymous.status, 401);
  });

  it('keeps idempotency keys per organization: one key used for two organizations makes two invoices', async () => {
    const browser = h.browser();
    await connectTwo(browser, fr, de);
    const key = '5f0c6a8e-4d1b-4c2a-9e7f-1a2b3c4d5e6f';
    const frenchBody = JSON.stringify(frenchInvoice());
    const french = await browser.json(`${api(fr)}/v2/client_invoices`, {
      method: 'POST',
      headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' },
      body: frenchBody,
    });
    assert.equal(french.status, 201, JSON.stringify(french.body));
    const germanClient = (await browser.json(`${api(de)}/v2/clients`)).body.clients[0].id;
    const german = await browser.json(`${api(de)}/v2/client_invoices`, {
      method: 'POST',
      headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' },
      body: JSON.stringify(frenchInvoice({ client_id: germanClient, payment_methods: { iban: 'DE89370400440532013000' } })),
    });
    assert.equal(german.status, 201, JSON.stringify(german.body));
    assert.notEqual(german.headers.get('idempotent-replayed'), 'true');
    assert.equal(german.body.client_invoice.organization.id, de);
    const replay = await browser.json(`${api(fr)}/v2/client_invoices`, {
      method: 'POST',
      headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' },
      body: frenchBody,
    });
    assert.equal(replay.status, 201, JSON.stringify(replay.body));
    assert.equal(replay.body.client_invoice.id, french.body.client_invoice.id, 'the French key still replays the French invoice');
  });

  it('refreshes each connection on its own, single-flight under load: 40 requests over two expired connections, two grants', async () => {
    await h.emulator.reset({ access_token_ttl_s: 2 });
    const browser = h.browser();
    await connectTwo(browser, fr, it_);
    const grantsBefore = (await h.emulator.state()).counters.tokenGrants.refresh_token;
    await sleep(1700);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => browser.json(`${api(i % 2 === 0 ? fr : it_)}/v2/settings`)));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array(40).fill(200),
    );
    assert.equal((await h.emulator.state()).counters.tokenGrants.refresh_token, grantsBefore + 2);
    // Both connections kept their own rotated tokens: each still works after the other refreshed.
    assert.equal((await browser.json(`${api(fr)}/v2/organization`)).status, 200);
    assert.equal((await browser.json(`${api(it_)}/v2/organization`)).status, 200);
  });

  it('a consent withdrawn at Qonto asks to reconnect that organization only; reconnecting it restores it', async () => {
    const browser = h.browser();
    await connectTwo(browser, fr, it_);
    const italianGrant = [...h.emulator.organizations.shared.oauth.accessTokens.values()].findLast((token) =>
      token.organizationIds.includes(it_),
    )!.grantId;
    revokeGrant(h.emulator.organizations.shared, italianGrant);
    const refused = await browser.json(`${api(it_)}/v2/organization`);
    assert.equal(refused.status, 401);
    assert.equal(refused.body.errors[0].code, 'reauth_required');
    const session = (await browser.json('/api/session')).body;
    assert.deepEqual(
      session.organizations.map((o: JsonBody) => [o.id, o.reauthRequired]),
      [
        [fr, false],
        [it_, true],
      ],
    );
    assert.equal(session.connected, true);
    assert.equal((await browser.json(`${api(fr)}/v2/organization`)).status, 200, 'the French connection is undisturbed');
    await browser.connect('approve', '/', { organizationId: it_ });
    assert.equal((await browser.json(`${api(it_)}/v2/organization`)).status, 200);
    assert.equal((await browser.json('/api/session')).body.reauthRequired, false);
  });

  it('disconnects one organization (its consent revoked at Qonto), then all', async () => {
    const browser = h.browser();
    await connectTwo(browser, fr, it_);
    const live = () => [...h.emulator.organizations.shared.oauth.accessTokens.values()];
    const italianGrant = live().findLast((token) => token.organizationIds.includes(it_))!.grantId;
    const frenchGrant = live().findLast((token) => token.organizationIds.includes(fr))!.grantId;
    const disconnected = await browser.request(`/auth/disconnect?organization_id=${it_}`, { method: 'POST' });
    assert.equal(disconnected.status, 204);
    assert.equal(live().filter((token) => token.grantId === italianGrant).length, 0, 'the Italian consent is revoked');
    assert.ok(
      live().some((token) => token.grantId === frenchGrant),
      'the French consent is kept',
    );
    assert.deepEqual(
      (await browser.json('/api/session')).body.organizations.map((o: JsonBody) => o.id),
      [fr],
    );
    assert.equal((await browser.json(`${api(it_)}/v2/organization`)).status, 403);
    assert.equal((await browser.json(`${api(fr)}/v2/organization`)).status, 200);
    assert.equal((await browser.request('/auth/logout', { method: 'POST' })).status, 204);
    const after = (await browser.json('/api/session')).body;
    assert.equal(after.connected, false);
    assert.deepEqual(after.organizations, []);
  });
});

describe('the request budget, per session and organization', () => {
  let h: BffHarness;
  before(async () => {
    // Two requests per 300 ms window instead of Qonto's 1,000 per 10 s: the same queue, quicker to watch.
    h = await startBffHarness({ QONTO_RATE_LIMIT_PER_10S: '2' }, { rateLimitWindowMs: 300 });
  });
  after(() => h.close());

  it("serves one session's organizations in turn: a burst for one does not hold back the other", async () => {
    const browser = h.browser();
    await connectTwo(browser, fr, de);
    await sleep(350);
    const done: string[] = [];
    const burst = Array.from({ length: 10 }, (_, i) =>
      browser.json(`${api(fr)}/v2/clients`).then((answer) => done.push(`fr-${i}:${answer.status}`)),
    );
    await sleep(20);
    const german = browser.json(`${api(de)}/v2/clients`).then((answer) => done.push(`de:${answer.status}`));
    await Promise.all([...burst, german]);
    assert.ok(
      done.every((entry) => entry.endsWith(':200')),
      done.join(' '),
    );
    // Two French went at once; the German one waited for the next window only, not behind the other eight.
    assert.ok(done.indexOf('de:200') <= 4, done.join(' '));
  });
});

describe('several organizations with one consent (user flow)', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness({ QONTO_OAUTH_FLOW: 'user' });
  });
  after(() => h.close());

  it('lists the organizations ticked and names one on every call with X-Qonto-Organization-Id', async () => {
    const browser = h.browser();
    await browser.connect('approve', '/', { pick: [fr, es] });
    const session = (await browser.json('/api/session')).body;
    assert.equal(session.flow, 'user');
    assert.deepEqual(
      session.organizations.map((o: JsonBody) => o.id),
      [fr, es],
    );
    assert.equal((await browser.json(`${api(es)}/v2/organization`)).body.organization.legal_country, 'ES');
    assert.equal((await browser.json(`${api(fr)}/v2/organization`)).body.organization.legal_country, 'FR');
    const refused = await browser.json(`${api(it_)}/v2/organization`);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.errors[0].code, 'organization_not_connected');
  });

  it('an organization taken out of the consent in Qonto is said so; the others keep working; reconnecting restores it', async () => {
    const browser = h.browser();
    await browser.connect('approve', '/', { pick: [fr, es] });
    await h.emulator.control(`/_emulator/consents/withdraw-organization?organization_id=${es}`, 'POST');

    const refused = await browser.json(`${api(es)}/v2/clients`);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.errors[0].code, 'organization_access_withdrawn');
    const session = (await browser.json('/api/session')).body;
    assert.deepEqual(
      session.organizations.map((o: JsonBody) => [o.id, o.reauthRequired, o.accessWithdrawn]),
      [
        [fr, false, false],
        [es, true, true],
      ],
    );
    assert.equal(session.connected, true);
    assert.equal((await browser.json(`${api(fr)}/v2/organization`)).status, 200, 'the consent still covers the French one');
    const before = (await h.emulator.state()).counters.apiRequests;
    assert.equal((await browser.json(`${api(es)}/v2/organization`)).body.errors[0].code, 'organization_access_withdrawn');
    assert.equal((await h.emulator.state()).counters.apiRequests, before, 'once known, a withdrawn organization costs Qonto nothing');

    await browser.connect('approve', '/', { organizationId: es, pick: [es] });
    assert.equal((await browser.json(`${api(es)}/v2/organization`)).body.organization.legal_country, 'ES');
    assert.equal((await browser.json(`${api(fr)}/v2/organization`)).status, 200);
  });

  it('a 403 that is not a withdrawal stays as Qonto said it', async () => {
    const browser = h.browser();
    await browser.connect('approve', '/', { pick: [fr, es] });
    await h.emulator.faults({ method: 'GET', path: '/v2/clients', status: 403, times: 1 });
    const refused = await browser.json(`${api(fr)}/v2/clients`);
    assert.equal(refused.status, 403);
    assert.notEqual(refused.body.errors[0].code, 'organization_access_withdrawn');
    assert.equal((await browser.json(`${api(fr)}/v2/clients`)).status, 200);
  });

  it('disconnecting one organization keeps the shared consent for the others', async () => {
    const browser = h.browser();
    await browser.connect('approve', '/', { pick: [fr, es] });
    await browser.request(`/auth/disconnect?organization_id=${es}`, { method: 'POST' });
    assert.equal((await browser.json(`${api(es)}/v2/organization`)).status, 403);
    assert.equal((await browser.json(`${api(fr)}/v2/organization`)).status, 200);
  });
});
