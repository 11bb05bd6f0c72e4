import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../testing/emulator-harness.ts';
import { clientIds, frenchInvoice, jsonPost } from '../testing/invoice-payloads.ts';
import { referenceAvailable, referenceViolations } from '../testing/reference-contract.ts';
import { jpegBytes, multipart, pngBytes } from '../testing/test-files.ts';
import { demoClientId } from './seed/demo-clients.ts';

const italianIban = 'IT60X0542811101000000123456';
const freelancerIban = 'ES7921000813610123456789';
const spanishCompanyIban = 'ES9121000418450200051332';
const bottegaVerdi = demoClientId(10);

const italianItem = { title: 'Consulenza', quantity: '1', unit_price: { value: '1000.00', currency: 'EUR' }, vat_rate: '0.22' };
const italianInvoice = (overrides: Record<string, unknown> = {}) =>
  frenchInvoice({ client_id: clientIds.studioRossi, payment_methods: { iban: italianIban }, items: [italianItem], ...overrides });

/** A file the emulator recognises as a PDF by its first bytes, of exactly `size` bytes. */
const pdfOfSize = (size: number, seed = '') => {
  const head = Buffer.from(`%PDF-1.7\n%${seed}\n`, 'latin1');
  return Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]);
};

describe('the emulator is exactly as strict as the reference', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  after(() => emulator.close());
  beforeEach(() => emulator.reset());

  it('province_code "is required only for Italian organizations": an Italian organization cannot invoice a client without one', async () => {
    await emulator.reset({ country: 'IT' });
    const refused = await emulator.api('/v2/client_invoices', jsonPost(italianInvoice({ client_id: bottegaVerdi })));
    assert.equal(refused.status, 422);
    assert.equal(refused.body.errors[0].code, 'invalid_client_id');
    assert.equal(refused.body.errors[0].source.pointer, '/data/attributes/client_id');
    assert.match(refused.body.errors[0].detail, /province code/);
    assert.equal((await emulator.api('/v2/client_invoices', jsonPost(italianInvoice()))).status, 201); // Studio Rossi has TO
    await emulator.reset({ country: 'FR' });
    assert.equal((await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice()))).status, 201); // no province needed in France
  });

  it('"Italian organizations must have e-invoicing activated on the Qonto app in order to use this endpoint"', async () => {
    await emulator.reset({ country: 'IT' });
    assert.deepEqual((await emulator.api('/v2/einvoicing/settings')).body, { sending_status: 'enabled', receiving_status: 'enabled' });
    const off = await fetch(`${emulator.url}/_emulator/einvoicing`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-control': '1' },
      body: '{"activated":false}',
    });
    assert.equal(off.status, 200);
    assert.deepEqual((await emulator.api('/v2/einvoicing/settings')).body, { sending_status: 'disabled', receiving_status: 'disabled' });
    const refused = await emulator.api('/v2/client_invoices', jsonPost(italianInvoice()));
    assert.equal(refused.status, 403);
    assert.equal(refused.body.errors[0].code, 'forbidden');
    assert.match(refused.body.errors[0].detail, /e-invoicing activated/);
    await emulator.reset({ country: 'IT', einvoicing_activated: true });
    assert.equal((await emulator.api('/v2/client_invoices', jsonPost(italianInvoice()))).status, 201);
  });

  it('withholding tax is "Only for Italian organizations and Spanish freelancers"; a freelancer is marked by its legal_form', async () => {
    await emulator.reset({ country: 'ES' });
    const company = await emulator.api('/v2/organization');
    assert.equal(company.body.organization.legal_form, 'SL');
    const refused = await emulator.api(
      '/v2/client_invoices',
      jsonPost(
        frenchInvoice({ client_id: clientIds.hernandez, payment_methods: { iban: spanishCompanyIban }, withholding_tax: { rate: '0.15' } }),
      ),
    );
    assert.equal(refused.status, 422);
    assert.equal(refused.body.errors[0].source.pointer, '/data/attributes/withholding_tax');

    await emulator.reset({ country: 'ES', freelancer: true });
    const freelancer = await emulator.api('/v2/organization');
    assert.equal(freelancer.body.organization.legal_form, 'Autónomo');
    assert.equal(freelancer.body.organization.legal_name, 'Lucía Ortega Ruiz');
    const accepted = await emulator.api(
      '/v2/client_invoices',
      jsonPost(
        frenchInvoice({ client_id: clientIds.hernandez, payment_methods: { iban: freelancerIban }, withholding_tax: { rate: '0.15' } }),
      ),
    );
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    assert.equal(accepted.body.client_invoice.withholding_tax.amount, '67.50');
  });

  it('files: "Supported formats: PDF (.pdf), JPEG (.jpeg, .jpg), PNG (.png)": another extension, or one that belies the content, is refused', async () => {
    const upload = (name: string, bytes: Buffer) =>
      emulator.api('/v2/client_invoices/uploads', { method: 'POST', body: multipart('client_invoices_upload', [{ name, bytes }]) });
    for (const [name, bytes] of [
      ['scan.PDF', pdfOfSize(400)],
      ['photo.jpg', jpegBytes],
      ['photo.jpeg', jpegBytes],
      ['logo.png', pngBytes],
    ] as const) {
      assert.equal((await upload(name, bytes)).status, 201, name);
    }
    for (const [name, bytes] of [
      ['invoice.txt', pdfOfSize(400)],
      ['invoice', pdfOfSize(400)],
      ['invoice.png', pdfOfSize(400)],
      ['photo.pdf', jpegBytes],
    ] as const) {
      const answer = await upload(name, bytes);
      assert.equal(answer.status, 422, name);
      assert.equal(answer.body.errors[0].code, 'invalid_format', name);
    }
    const bulk = await emulator.api('/v2/client_invoices/bulk', {
      method: 'POST',
      body: multipart('client_invoices', [
        { name: 'ok.pdf', bytes: pdfOfSize(500, 'a') },
        { name: 'bad.gif', bytes: pdfOfSize(500, 'b') },
      ]),
    });
    assert.equal(bulk.status, 422);
    assert.equal(bulk.body.errors[0].source.pointer, '/data/attributes/client_invoices/1');
    assert.equal((await emulator.state()).counters.imported_invoices, 0); // all-or-nothing
  });

  it('item currency: "Currently, only value allowed is EUR", so a client billed in another currency cannot be invoiced', async () => {
    const gbpItem = await emulator.api(
      '/v2/client_invoices',
      jsonPost(frenchInvoice({ items: [{ ...italianItem, unit_price: { value: '10.00', currency: 'GBP' } }] })),
    );
    assert.equal(gbpItem.status, 422);
    assert.equal(gbpItem.body.errors[0].source.pointer, '/data/attributes/items/0/unit_price/currency');
    const gbpInvoice = await emulator.api(
      '/v2/client_invoices',
      jsonPost(frenchInvoice({ client_id: clientIds.thamesGbp, currency: 'GBP' })),
    );
    assert.equal(gbpInvoice.status, 422);
    assert.equal(gbpInvoice.body.errors[0].source.pointer, '/data/attributes/currency');
    assert.match(gbpInvoice.body.errors[0].detail, /only be in EUR/);
  });

  it('"Each file must not exceed 5 MB" (bulk): exactly 5,000,000 bytes is accepted, one byte more is refused; uploads take up to 15 MB', async () => {
    const upload = (bytes: Buffer) =>
      emulator.api('/v2/client_invoices/uploads', {
        method: 'POST',
        body: multipart('client_invoices_upload', [{ name: 'limit.pdf', bytes }]),
      });
    const exact = await upload(pdfOfSize(15_000_000, 'u1'));
    assert.equal(exact.status, 201, JSON.stringify(exact.body));
    const over = await upload(pdfOfSize(15_000_001, 'u2'));
    assert.equal(over.status, 422);
    assert.match(over.body.errors[0].detail, /15,000,000 bytes/);
    const bulk = (bytes: Buffer) =>
      emulator.api('/v2/client_invoices/bulk', { method: 'POST', body: multipart('client_invoices', [{ name: 'limit.pdf', bytes }]) });
    assert.equal((await bulk(pdfOfSize(5_000_000, 'b1'))).status, 200);
    assert.equal((await bulk(pdfOfSize(5_000_001, 'b2'))).status, 422);
  });

  it('"the whole request must not exceed 15 MB": over it, a Node fetch reads the 422 envelope (no EPIPE), declared or streamed', async () => {
    const files = [0, 1, 2].map((i) => ({ name: `big-${i}.pdf`, bytes: pdfOfSize(5_000_000, `s${i}`) })); // 15,000,000 bytes of files + framing
    const declared = await fetch(`${emulator.url}/v2/client_invoices/bulk`, {
      method: 'POST',
      headers: { authorization: 'demo-organization:demo-secret-key' },
      body: multipart('client_invoices', files),
    });
    assert.equal(declared.status, 422);
    assert.match(((await declared.json()) as { errors: { detail: string }[] }).errors[0]!.detail, /15,000,000 bytes/);

    const form = new Response(multipart('client_invoices', files));
    const streamed = await fetch(`${emulator.url}/v2/client_invoices/bulk`, {
      method: 'POST',
      headers: { authorization: 'demo-organization:demo-secret-key', 'content-type': form.headers.get('content-type')! },
      body: form.body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(streamed.status, 422);
    assert.equal(((await streamed.json()) as { errors: { code: string }[] }).errors[0]!.code, 'invalid');
    assert.equal((await emulator.state()).counters.imported_invoices, 0);
  });

  it('amounts in cents are exact integers; amounts too large for that are refused with 422, not rounded', async () => {
    const large = await emulator.api(
      '/v2/client_invoices',
      jsonPost(frenchInvoice({ items: [{ ...italianItem, unit_price: { value: '900719925474.09', currency: 'EUR' }, vat_rate: '0.2' }] })),
    );
    assert.equal(large.status, 201, JSON.stringify(large.body));
    assert.equal(large.body.client_invoice.total_amount_cents, 108086391056891); // 900,719,925,474.09 × 1.2, exactly
    assert.ok(Number.isSafeInteger(large.body.client_invoice.items[0].subtotal_cents));
    const raw = await fetch(`${emulator.url}/v2/client_invoices/${large.body.client_invoice.id}`, {
      headers: { authorization: 'demo-organization:demo-secret-key' },
    });
    const text = await raw.text();
    assert.doesNotMatch(text, /_cents":-?[\d.]*[eE]/);
    assert.match(text, /"total_amount_cents":108086391056891[,}]/);
    const tooLarge = await emulator.api(
      '/v2/client_invoices',
      jsonPost(frenchInvoice({ items: [{ ...italianItem, unit_price: { value: '100000000000000.00', currency: 'EUR' } }] })),
    );
    assert.equal(tooLarge.status, 422);
    assert.equal(tooLarge.body.errors[0].source.pointer, '/data/attributes/items/0/unit_price/value');
  });

  it('repeated query keys are honoured (status, by repetition or commas) or refused with 400, never silently cut', async () => {
    await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ status: 'draft' })));
    await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice()));
    const statuses = async (query: string) =>
      (await emulator.api(`/v2/client_invoices?${query}`)).body.client_invoices.map((invoice: { status: string }) => invoice.status).sort();
    assert.deepEqual(await statuses('filter[status]=draft&filter[status]=unpaid'), ['draft', 'unpaid']);
    assert.deepEqual(await statuses('filter[status]=draft,unpaid'), ['draft', 'unpaid']);
    assert.deepEqual(await statuses('filter[status]=paid&filter[status]=unpaid'), ['unpaid']);
    for (const query of [
      'sort_by=created_at:asc&sort_by=created_at:desc',
      'per_page=1&per_page=2',
      'exclude_imported=true&exclude_imported=false',
    ]) {
      const answer = await emulator.api(`/v2/client_invoices?${query}`);
      assert.equal(answer.status, 400, query);
    }
    assert.equal((await emulator.api('/v2/clients?filter[name]=at&filter[name]=du')).status, 400);
  });

  it('clients and invoices carry updated_at, and the clients list filters on it', async () => {
    const invoice = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice()));
    assert.equal(invoice.body.client_invoice.updated_at, invoice.body.client_invoice.created_at);
    const client = await emulator.api(`/v2/clients/${clientIds.atelierDurand}`);
    assert.match(client.body.client.updated_at, /^\d{4}-\d\d-\d\dT/);
    const recent = await emulator.api('/v2/clients?filter[updated_at_from]=2026-01-05T00:00:00Z');
    assert.ok(recent.body.clients.length > 0 && recent.body.clients.every((row: { updated_at: string }) => row.updated_at >= '2026-01-05'));
    assert.equal((await emulator.api('/v2/clients?filter[updated_at_from]=yesterday')).status, 400);
  });

  it('get /v2/organization is shaped like the live endpoint', async () => {
    const { organization } = (await emulator.api('/v2/organization')).body;
    for (const key of [
      'name',
      'legal_form',
      'legal_address',
      'address',
      'legal_share_capital',
      'legal_registration_date',
      'legal_sector',
      'contract_signed_at',
    ]) {
      assert.ok(key in organization, key);
    }
    for (const account of organization.bank_accounts) {
      assert.equal(account.organization_id, organization.id);
      assert.equal(account.is_external_account, false);
      assert.equal(typeof account.account_number, 'string');
      assert.match(account.updated_at, /^\d{4}-/);
    }
  });

  it('post /v2/clients takes what Qonto documents: type, phone, extra_emails, e_invoicing_address, top-level address fields', async () => {
    const created = await emulator.api(
      '/v2/clients',
      jsonPost({
        type: 'company',
        name: 'Garage Lenoir SARL',
        email: 'compta@lenoir.example',
        extra_emails: ['patron@lenoir.example'],
        phone: { country_code: '+33', number: '612345678' },
        e_invoicing_address: '552100554',
        tax_identification_number: '55210055400013',
        address: '3 rue des Lilas',
        city: 'Rennes',
        zip_code: '35000',
        country_code: 'FR',
        currency: 'EUR',
        locale: 'FR',
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const client = created.body.client;
    assert.equal(client.kind, 'company');
    assert.deepEqual(client.billing_address, {
      street_address: '3 rue des Lilas',
      city: 'Rennes',
      zip_code: '35000',
      province_code: null,
      country_code: 'FR',
    });
    assert.deepEqual(client.extra_emails, ['patron@lenoir.example']);
    assert.equal(client.e_invoicing_address, '552100554');
    assert.equal(client.locale, 'fr');
    const incomplete = await emulator.api('/v2/clients', jsonPost({ kind: 'company', name: 'X', address: '1 rue', country_code: 'FR' }));
    assert.equal(incomplete.status, 422);
    const mismatch = await emulator.api('/v2/clients', jsonPost({ kind: 'company', type: 'individual', name: 'X' }));
    assert.equal(mismatch.status, 422);
  });

  it(
    'answers of the four reference operations validate against the reference documents themselves',
    { skip: !referenceAvailable && 'shared/reference is not beside the repository' },
    async () => {
      const created = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ status: 'draft' })));
      assert.deepEqual(referenceViolations('POST', '/v2/client_invoices', created.status, created.body), []);
      for (const key of ['finalized_at', 'paid_at', 'performance_date']) assert.equal(key in created.body.client_invoice, false, key);
      // A null where the reference types a string would be caught:
      assert.notDeepEqual(
        referenceViolations('POST', '/v2/client_invoices', 201, { client_invoice: { ...created.body.client_invoice, paid_at: null } }),
        [],
      );
    },
  );
});
