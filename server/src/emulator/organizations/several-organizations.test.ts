import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { demoUserFlowOAuthClient } from '../emulator-options.ts';
import { demoOrganizationId } from '../seed/demo-organizations.ts';
import { startEmulatorHarness, type EmulatorHarness, type JsonBody } from '../../testing/emulator-harness.ts';
import { composerScope, connect, consent } from '../../testing/oauth-client-steps.ts';

const bearer = (token: string) => `Bearer ${token}`;
const fr = demoOrganizationId('FR');
const it_ = demoOrganizationId('IT');
const es = demoOrganizationId('ES');
const de = demoOrganizationId('DE');
const userScope = `${composerScope} user_organization.read`;
const userFlow = { client: demoUserFlowOAuthClient, params: { identity_type: 'user' } };

/** The consent page of a membership-flow request, as the browser receives it. */
const consentPage = (url: string) =>
  fetch(
    `${url}/oauth2/auth?${new URLSearchParams({
      client_id: 'invoice-composer-local',
      redirect_uri: 'http://127.0.0.1:3999/auth/callback',
      response_type: 'code',
      scope: composerScope,
      state: 's',
    })}`,
  ).then((response) => response.text());

describe('several organizations for one demo user', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness({ numberingMode: 'automatic' });
  });
  after(() => emulator.close());
  beforeEach(() => emulator.reset());

  it('offers the four organizations on the consent page, the primary one chosen, and grants the one picked', async () => {
    const page = await consentPage(emulator.url);
    const radios = [...page.matchAll(/type="radio" name="organization_id" value="([^"]+)"( checked)?/g)];
    assert.deepEqual(
      radios.map(([, id]) => id),
      [fr, it_, es, de],
    );
    assert.deepEqual(
      radios.filter(([, , checked]) => checked).map(([, id]) => id),
      [fr],
    );
    assert.match(page, /<legend>Organization to share<\/legend>/);

    const tokens = await connect(emulator.url, composerScope, { pick: [de] });
    const organization = await emulator.api('/v2/organization', { auth: bearer(tokens.access_token) });
    assert.equal(organization.body.organization.id, de);
    assert.equal(organization.body.organization.legal_country, 'DE');
  });

  it('after a reset to another country, that country is the primary organization and its token reaches it', async () => {
    await emulator.reset({ country: 'IT' });
    const tokens = await connect(emulator.url);
    const organization = await emulator.api('/v2/organization', { auth: bearer(tokens.access_token) });
    assert.equal(organization.status, 200);
    assert.equal(organization.body.organization.id, it_);
  });

  it('honours organization_id on the authorize URL: no choice offered, the token is for that organization', async () => {
    const tokens = await connect(emulator.url, composerScope, { params: { organization_id: it_ } });
    const organization = await emulator.api('/v2/organization', { auth: bearer(tokens.access_token) });
    assert.equal(organization.body.organization.id, it_);
    const unknown = await consent(emulator.url, { organization_id: '0a9e1f00-0000-4000-8000-00000000dead' });
    assert.equal(unknown.searchParams.get('error'), 'invalid_request');
  });

  it('refuses a membership consent for two organizations at once', async () => {
    const page = await consentPage(emulator.url);
    const requestId = /name="request_id" value="([^"]+)"/.exec(page)![1]!;
    const answer = await fetch(`${emulator.url}/oauth2/auth/decision`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['request_id', requestId],
        ['decision', 'approve'],
        ['organization_id', fr],
        ['organization_id', it_],
      ]),
    });
    assert.equal(answer.status, 400);
  });

  it('keeps each organization’s clients, invoices and numbering apart', async () => {
    const french = bearer((await connect(emulator.url, composerScope, { pick: [fr] })).access_token);
    const italian = bearer((await connect(emulator.url, composerScope, { pick: [it_] })).access_token);
    const frenchClients = (await emulator.api('/v2/clients', { auth: french })).body.clients as JsonBody[];
    const italianClients = (await emulator.api('/v2/clients', { auth: italian })).body.clients as JsonBody[];
    assert.equal(frenchClients.length, italianClients.length);
    assert.equal(
      frenchClients.some((client) => italianClients.some((other) => other.id === client.id)),
      false,
      'no client id is shared between two organizations',
    );
    const clientId = frenchClients.find((client) => client.name === 'Atelier Durand SARL')?.id ?? frenchClients[0].id;
    const foreign = await emulator.api(`/v2/clients/${clientId}`, { auth: italian });
    assert.equal(foreign.status, 404, 'a French client cannot be read with the Italian organization’s token');

    const invoice = (auth: string, client: string, iban: string) =>
      emulator.api('/v2/client_invoices', {
        auth,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          client_id: client,
          issue_date: '2026-11-02',
          due_date: '2026-12-02',
          currency: 'EUR',
          payment_methods: { iban },
          items: [{ title: 'Audit', quantity: '1', unit_price: { value: '100.00', currency: 'EUR' }, vat_rate: '0.2' }],
        }),
      });
    const created = await invoice(french, clientId, 'FR7616958000012345678901234');
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const invoiceId = created.body.client_invoice.id;
    const german = bearer((await connect(emulator.url, composerScope, { pick: [de] })).access_token);
    const germanClient = (await emulator.api('/v2/clients', { auth: german })).body.clients[0].id;
    const germanInvoice = await invoice(german, germanClient, 'DE89370400440532013000');
    assert.equal(germanInvoice.status, 201, JSON.stringify(germanInvoice.body));
    assert.equal(
      germanInvoice.body.client_invoice.number,
      created.body.client_invoice.number,
      'each organization numbers from its own start',
    );
    assert.equal(germanInvoice.body.client_invoice.organization.id, de);
    assert.equal((await emulator.api(`/v2/client_invoices/${invoiceId}`, { auth: italian })).status, 404);
    assert.equal((await emulator.api('/v2/client_invoices', { auth: italian })).body.client_invoices.length, 0);
    assert.equal((await emulator.api('/v2/client_invoices', { auth: french })).body.client_invoices.length, 1);
    const frenchState = await emulator.control(`/_emulator/state?organization_id=${fr}`, 'GET');
    const italianState = await emulator.control(`/_emulator/state?organization_id=${it_}`, 'GET');
    assert.equal(frenchState.counters.invoices, 1);
    assert.equal(italianState.counters.invoices, 0);
  });

  it('user flow: one consent for the organizations ticked, listed by /v2/user_organizations, each call naming one', async () => {
    const tokens = await connect(emulator.url, userScope, { ...userFlow, pick: [fr, es] });
    const auth = bearer(tokens.access_token);
    const listed = await emulator.api('/v2/user_organizations', { auth });
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.organizations.map((o: JsonBody) => [o.id, o.legal_country]),
      [
        [fr, 'FR'],
        [es, 'ES'],
      ],
    );
    const missing = await emulator.api('/v2/organization', { auth });
    assert.equal(missing.status, 403, 'a user-flow call without X-Qonto-Organization-Id');
    const withdrawn = await emulator.api('/v2/organization', { auth, headers: { 'X-Qonto-Organization-Id': it_ } });
    assert.equal(withdrawn.status, 403, 'an organization the user did not consent to');
    const spanish = await emulator.api('/v2/organization', { auth, headers: { 'X-Qonto-Organization-Id': es } });
    assert.equal(spanish.body.organization.id, es);
  });

  it('withdraws one organization: a user-flow consent keeps the others, a consent for it alone ends', async () => {
    const user = await connect(emulator.url, userScope, { ...userFlow, pick: [fr, es] });
    const membership = await connect(emulator.url, composerScope, { pick: [es] });
    const answer = await emulator.control(`/_emulator/consents/withdraw-organization?organization_id=${es}`, 'POST');
    // Consents given by earlier tests survive a reset, as they would at Qonto: count at least these two.
    assert.ok(answer.revoked_grants >= 1 && answer.narrowed_grants >= 1, JSON.stringify(answer));
    const auth = bearer(user.access_token);
    const listed = await emulator.api('/v2/user_organizations', { auth });
    assert.deepEqual(
      listed.body.organizations.map((o: JsonBody) => o.id),
      [fr],
    );
    assert.equal((await emulator.api('/v2/organization', { auth, headers: { 'X-Qonto-Organization-Id': es } })).status, 403);
    assert.equal((await emulator.api('/v2/organization', { auth, headers: { 'X-Qonto-Organization-Id': fr } })).status, 200);
    assert.equal((await emulator.api('/v2/organization', { auth: bearer(membership.access_token) })).status, 401);
  });

  it('keeps the two flows apart: each application uses its own, and user_organizations is the user flow’s', async () => {
    const membership = await connect(emulator.url, composerScope, { pick: [fr] });
    const listed = await emulator.api('/v2/user_organizations', { auth: bearer(membership.access_token) });
    assert.equal(listed.status, 403);
    const wrongFlow = await consent(emulator.url, { identity_type: 'user', scope: userScope });
    assert.equal(wrongFlow.searchParams.get('error'), 'unauthorized_client');
    const noScope = await consent(emulator.url, { identity_type: 'user' }, 'approve', undefined, demoUserFlowOAuthClient);
    assert.equal(noScope.searchParams.get('error'), 'invalid_scope');
  });
});
