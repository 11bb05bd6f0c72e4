import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { demoOrganizationId } from '../emulator/seed/demo-organizations.ts';
import { startBffHarness, type BffHarness } from '../testing/bff-harness.ts';
import type { BrowserClient } from '../testing/browser-client.ts';
import { frenchInvoice } from '../testing/invoice-payloads.ts';

const sessions = 50;
const invoicesPerSession = 21;
const accessTokenTtlS = 1;
/** Each session holds three organizations, as an accountant's does; its invoices go to each in turn. */
const organizations = [
  { id: demoOrganizationId('FR'), iban: 'FR7616958000012345678901234' },
  { id: demoOrganizationId('DE'), iban: 'DE89370400440532013000' },
  { id: demoOrganizationId('ES'), iban: 'ES9121000418450200051332' },
];

describe('load with expiring tokens', () => {
  let h: BffHarness;
  let browsers: BrowserClient[];
  before(async () => {
    h = await startBffHarness();
    await h.emulator.reset({ numbering_mode: 'automatic', access_token_ttl_s: accessTokenTtlS });
    browsers = [];
    for (let i = 0; i < sessions; i += 1) {
      const browser = h.browser();
      for (const organization of organizations) await browser.connect('approve', '/', { organizationId: organization.id });
      browsers.push(browser);
    }
    const reader = browsers[0]!;
    for (const organization of organizations) {
      const clients = await reader.json(`/api/orgs/${organization.id}/qonto/v2/clients`);
      clientOf.set(organization.id, clients.body.clients[0].id);
    }
  });
  const clientOf = new Map<string, string>();
  after(() => h.close());

  it('50 concurrent sessions of three organizations each create 21 invoices (7 per organization): 1,050 invoices, no error, no duplicate, unique numbers per organization, no auth failure, one refresh per connection per expiry', async () => {
    const grantsBefore = (await h.emulator.state()).counters.tokenGrants.refresh_token;
    const started = Date.now();
    const statuses = new Map<number, number>();
    const numbers = new Map<string, string[]>(organizations.map((organization) => [organization.id, []]));
    await Promise.all(
      browsers.map(async (browser, s) => {
        for (let i = 0; i < invoicesPerSession; i += 1) {
          const organization = organizations[i % organizations.length]!;
          const body = frenchInvoice({
            number: undefined,
            purchase_order: `S${s}-I${i}`,
            client_id: clientOf.get(organization.id),
            payment_methods: { iban: organization.iban },
          });
          const answer = await browser.json(`/api/orgs/${organization.id}/qonto/v2/client_invoices`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: JSON.stringify(body),
          });
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (answer.status === 201) numbers.get(organization.id)!.push(answer.body.client_invoice.number);
        }
      }),
    );
    const elapsedS = (Date.now() - started) / 1000;
    const state = await h.emulator.state();
    const refreshes = state.counters.tokenGrants.refresh_token - grantsBefore;
    const expiryPeriods = Math.ceil(elapsedS / (accessTokenTtlS * 0.75)) + 1;
    const connections = sessions * organizations.length;
    const created = [...numbers.values()].reduce((sum, list) => sum + list.length, 0);
    console.log(
      `load: ${created} invoices in ${elapsedS.toFixed(1)} s (${(created / elapsedS).toFixed(0)}/s), statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${refreshes} refreshes for ${connections} connections in ${sessions} sessions (bound ${connections * expiryPeriods})`,
    );
    assert.deepEqual(Object.fromEntries(statuses), { 201: sessions * invoicesPerSession });
    assert.equal(created, sessions * invoicesPerSession);
    for (const [organizationId, list] of numbers) {
      assert.equal(list.length, (sessions * invoicesPerSession) / organizations.length, `${organizationId} got its share`);
      assert.equal(new Set(list).size, list.length, `every number unique in ${organizationId}`);
    }
    assert.ok(refreshes >= connections, 'tokens did expire and were refreshed during the load');
    assert.ok(refreshes <= connections * expiryPeriods, `at most one refresh per connection per expiry (${refreshes})`);
  });
});
