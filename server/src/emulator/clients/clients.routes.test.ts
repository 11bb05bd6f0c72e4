import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness, type JsonBody } from '../../testing/emulator-harness.ts';
import { jsonPost } from '../../testing/invoice-payloads.ts';

describe('clients, organization and settings', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  beforeEach(() => emulator.reset());
  after(() => emulator.close());

  it('get /v2/clients filters by name, case- and accent-insensitive, from 2 characters', async () => {
    const accents = await emulator.api('/v2/clients?filter%5Bname%5D=EDITIONS');
    assert.deepEqual(
      accents.body.clients.map((client: { name: string }) => client.name),
      ['Éditions Sans Devise SAS'],
    );
    const person = await emulator.api('/v2/clients?filter%5Bname%5D=dubois');
    assert.equal(person.body.clients[0].last_name, 'Dubois');
    assert.equal((await emulator.api('/v2/clients?filter%5Bname%5D=a')).status, 400);
  });

  it('get /v2/clients paginates with meta and sorts by name', async () => {
    const first = await emulator.api('/v2/clients?per_page=4');
    assert.equal(first.body.clients.length, 4);
    assert.deepEqual(first.body.meta, { current_page: 1, next_page: 2, prev_page: null, total_pages: 3, total_count: 11, per_page: 4 });
    const last = await emulator.api('/v2/clients?per_page=4&page=3');
    assert.equal(last.body.meta.next_page, null);
    assert.equal(last.body.clients.length, 3);
    const names = (await emulator.api('/v2/clients?sort_by=name:desc')).body.clients.map(
      (client: { name: string | null; last_name: string | null }) => client.name ?? client.last_name,
    );
    assert.equal(names[0], 'Thames Analytics Ltd');
    assert.equal((await emulator.api('/v2/clients?page=0')).status, 400);
  });

  it('seeds companies and individuals, EUR and one GBP client, one without currency and one without address', async () => {
    const clients = (await emulator.api('/v2/clients')).body.clients as {
      kind: string;
      currency: string | null;
      billing_address: unknown;
    }[];
    assert.ok(clients.some((client) => client.kind === 'individual'));
    assert.equal(clients.filter((client) => client.currency === 'GBP').length, 1);
    assert.equal(clients.filter((client) => client.currency === null).length, 1);
    assert.equal(clients.filter((client) => client.billing_address === null).length, 1);
  });

  it('post /v2/clients creates a client that can then be fetched and found', async () => {
    const created = await emulator.api(
      '/v2/clients',
      jsonPost({
        kind: 'company',
        name: 'Nouvelle Société',
        email: 'hello@nouvelle.example',
        tax_identification_number: '12345678900011',
        currency: 'EUR',
        locale: 'fr',
        billing_address: { street_address: '1 rue Neuve', city: 'Paris', zip_code: '75001', country_code: 'FR' },
      }),
    );
    assert.equal(created.status, 201);
    const fetched = await emulator.api(`/v2/clients/${created.body.client.id}`);
    assert.equal(fetched.body.client.name, 'Nouvelle Société');
    assert.equal((await emulator.api('/v2/clients?filter%5Bname%5D=nouvelle')).body.clients.length, 1);
  });

  it('patch /v2/clients/{id} replaces the fields sent, keeps the others, and validates as the create does', async () => {
    const [client] = (await emulator.api('/v2/clients?filter%5Bname%5D=atelier')).body.clients as JsonBody[];
    const patch = (body: unknown) => emulator.api(`/v2/clients/${client!.id}`, { ...jsonPost(body), method: 'PATCH' });
    const { street_address, zip_code, country_code } = client!.billing_address;
    const updated = await patch({
      tax_identification_number: '51098765400017',
      billing_address: { street_address, zip_code, country_code, city: 'Lyon' },
    });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.client.tax_identification_number, '51098765400017');
    assert.equal(updated.body.client.city, 'Lyon');
    assert.equal(updated.body.client.billing_address.city, 'Lyon');
    assert.equal(updated.body.client.name, client!.name);
    assert.equal(updated.body.client.email, client!.email);
    assert.equal(updated.body.client.created_at, client!.created_at);
    assert.ok(updated.body.client.updated_at > client!.updated_at);
    assert.equal((await emulator.api(`/v2/clients/${client!.id}`)).body.client.tax_identification_number, '51098765400017');
    const refused = await patch({ kind: 'individual', email: 'not-an-email', city: 'Paris' });
    assert.equal(refused.status, 422);
    const pointers = (refused.body.errors as JsonBody[]).map((error) => error.source?.pointer);
    assert.ok(pointers.includes('/data/attributes/email'));
    assert.ok(pointers.some((pointer) => String(pointer).includes('kind')));
    const missing = await emulator.api('/v2/clients/00000000-0000-4000-8000-000000000000', { ...jsonPost({ name: 'X' }), method: 'PATCH' });
    assert.equal(missing.status, 404);
  });

  it('post /v2/clients validates the body: name for companies, names for individuals, lengths, freelancers only in Italy', async () => {
    const noName = await emulator.api('/v2/clients', jsonPost({ kind: 'company' }));
    assert.equal(noName.status, 422);
    assert.equal(noName.body.errors[0].source.pointer, '/data/attributes/name');
    const individual = await emulator.api('/v2/clients', jsonPost({ kind: 'individual', first_name: 'Ana' }));
    assert.equal(individual.body.errors[0].source.pointer, '/data/attributes/last_name');
    const longVat = await emulator.api('/v2/clients', jsonPost({ kind: 'company', name: 'X', vat_number: 'V'.repeat(21) }));
    assert.equal(longVat.body.errors[0].source.pointer, '/data/attributes/vat_number');
    const freelancer = await emulator.api('/v2/clients', jsonPost({ kind: 'freelancer', first_name: 'A', last_name: 'B' }));
    assert.equal(freelancer.status, 422);
    await emulator.reset({ country: 'IT' });
    assert.equal((await emulator.api('/v2/clients', jsonPost({ kind: 'freelancer', first_name: 'A', last_name: 'B' }))).status, 201);
  });

  it('get /v2/organization has two bank accounts, the main one first, and the country', async () => {
    const organization = (await emulator.api('/v2/organization')).body.organization;
    assert.equal(organization.legal_country, 'FR');
    assert.equal(organization.bank_accounts.length, 2);
    assert.equal(organization.bank_accounts[0].main, true);
    await emulator.reset({ country: 'DE' });
    assert.equal((await emulator.api('/v2/organization')).body.organization.legal_country, 'DE');
  });

  it('get /v2/settings tells the numbering mode', async () => {
    assert.equal((await emulator.api('/v2/settings')).body.numbering_mode, 'manual');
    await emulator.reset({ numbering_mode: 'automatic' });
    assert.equal((await emulator.api('/v2/settings')).body.numbering_mode, 'automatic');
  });
});
