import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../../testing/emulator-harness.ts';
import { clientIds, frenchInvoice, jsonPost } from '../../testing/invoice-payloads.ts';
import { makePdf, multipart } from '../../testing/test-files.ts';

const item = (overrides: Record<string, unknown> = {}) => ({
  title: 'Consulting',
  quantity: '2',
  unit_price: { value: '100.00', currency: 'EUR' },
  vat_rate: '0.2',
  ...overrides,
});

interface RuleCase {
  name: string;
  country?: 'FR' | 'IT' | 'ES' | 'DE';
  numbering?: 'automatic' | 'manual';
  payload: Record<string, unknown>;
  status: number;
  code: string;
  pointer: string;
}

const italianIban = 'IT60X0542811101000000123456';
const spanishIban = 'ES7921000813610123456789';

const rules: RuleCase[] = [
  {
    name: 'unknown client',
    payload: frenchInvoice({ client_id: '0d2b7e4c-0000-4000-8000-000000000000' }),
    status: 422,
    code: 'invalid_client_id',
    pointer: '/data/attributes/client_id',
  },
  {
    name: 'client without currency',
    payload: frenchInvoice({ client_id: clientIds.noCurrency }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/currency',
  },
  {
    name: 'currency other than the client’s',
    payload: frenchInvoice({ client_id: clientIds.thamesGbp }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/currency',
  },
  {
    name: 'client without address',
    payload: frenchInvoice({ client_id: clientIds.noAddress }),
    status: 422,
    code: 'invalid_client_id',
    pointer: '/data/attributes/client_id',
  },
  {
    name: 'due date before issue date',
    payload: frenchInvoice({ issue_date: '2026-11-21', due_date: '2026-11-20' }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/due_date',
  },
  {
    name: 'impossible date',
    payload: frenchInvoice({ issue_date: '2026-02-30' }),
    status: 422,
    code: 'invalid_format',
    pointer: '/data/attributes/issue_date',
  },
  {
    name: 'performance end without start',
    payload: frenchInvoice({ performance_end_date: '2026-11-30' }),
    status: 422,
    code: 'missing_field',
    pointer: '/data/attributes/performance_start_date',
  },
  {
    name: 'performance start after end',
    payload: frenchInvoice({ performance_start_date: '2026-11-30', performance_end_date: '2026-11-01' }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/performance_end_date',
  },
  {
    name: 'number missing in manual mode',
    payload: frenchInvoice({ number: undefined }),
    status: 422,
    code: 'missing_field',
    pointer: '/data/attributes/number',
  },
  {
    name: 'number over 40 characters',
    payload: frenchInvoice({ number: 'N'.repeat(41) }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/number',
  },
  {
    name: 'purchase order over 40 characters',
    payload: frenchInvoice({ purchase_order: 'P'.repeat(41) }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/purchase_order',
  },
  {
    name: 'terms and conditions over 525 characters',
    payload: frenchInvoice({ terms_and_conditions: 't'.repeat(526) }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/terms_and_conditions',
  },
  {
    name: 'unit over 20 characters',
    payload: frenchInvoice({ items: [item({ unit: 'u'.repeat(21) })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/unit',
  },
  {
    name: 'unknown settings override',
    payload: frenchInvoice({ settings: { vat_payment_condition: 'exempt' } }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/settings/vat_payment_condition',
  },
  {
    name: 'legal capital share over 12 characters',
    payload: frenchInvoice({ settings: { legal_capital_share: { value: '1234567890.50', currency: 'EUR' } } }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/settings/legal_capital_share/value',
  },
  {
    name: 'Italian payment method outside MP01–MP22',
    country: 'IT',
    payload: frenchInvoice({
      client_id: clientIds.studioRossi,
      payment_methods: { iban: italianIban },
      payment_reporting: { conditions: 'TP02', method: 'MP23' },
    }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/payment_reporting/method',
  },
  {
    name: 'welfare fund type outside TC01–TC22',
    country: 'IT',
    payload: frenchInvoice({
      client_id: clientIds.studioRossi,
      payment_methods: { iban: italianIban },
      welfare_fund: { type: 'TC23', rate: '0.04' },
    }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/welfare_fund/type',
  },
  {
    name: 'withholding payment reason over 2 characters',
    country: 'IT',
    payload: frenchInvoice({
      client_id: clientIds.studioRossi,
      payment_methods: { iban: italianIban },
      withholding_tax: { reason: 'RF01', rate: '0.20', payment_reason: 'ABC' },
    }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/withholding_tax/payment_reason',
  },
  {
    name: 'stamp duty shorter than 4 characters',
    country: 'IT',
    payload: frenchInvoice({ client_id: clientIds.studioRossi, payment_methods: { iban: italianIban }, stamp_duty_amount: '2.0' }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/stamp_duty_amount',
  },
  {
    name: 'status other than draft/unpaid',
    payload: frenchInvoice({ status: 'paid' }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/status',
  },
  {
    name: 'IBAN not the organization’s',
    payload: frenchInvoice({ payment_methods: { iban: 'FR7630001007941234567890185' } }),
    status: 422,
    code: 'invalid_iban',
    pointer: '/data/attributes/payment_methods/iban',
  },
  {
    name: 'empty IBAN',
    payload: frenchInvoice({ payment_methods: { iban: '' } }),
    status: 422,
    code: 'invalid_iban',
    pointer: '/data/attributes/payment_methods/iban',
  },
  {
    name: 'item title over 40',
    payload: frenchInvoice({ items: [item({ title: 'T'.repeat(41) })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/title',
  },
  {
    name: 'item description over 1800',
    payload: frenchInvoice({ items: [item(), item({ description: 'd'.repeat(1801) })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/1/description',
  },
  {
    name: 'quantity zero',
    payload: frenchInvoice({ items: [item({ quantity: '0' })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/quantity',
  },
  {
    name: 'quantity with a comma',
    payload: frenchInvoice({ items: [item({ quantity: '1,5' })] }),
    status: 422,
    code: 'invalid_format',
    pointer: '/data/attributes/items/0/quantity',
  },
  {
    name: 'quantity as a number',
    payload: frenchInvoice({ items: [item({ quantity: 2 })] }),
    status: 422,
    code: 'invalid_format',
    pointer: '/data/attributes/items/0/quantity',
  },
  {
    name: 'unit price in another currency',
    payload: frenchInvoice({ items: [item({ unit_price: { value: '10', currency: 'USD' } })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/unit_price/currency',
  },
  {
    name: 'VAT rate above 1',
    payload: frenchInvoice({ items: [item({ vat_rate: '20' })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/vat_rate',
  },
  {
    name: 'exemption reason with a non-zero rate',
    payload: frenchInvoice({ items: [item({ vat_exemption_reason: 'S293B' })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/vat_exemption_reason',
  },
  {
    name: 'N-code outside Italy',
    payload: frenchInvoice({ items: [item({ vat_rate: '0', vat_exemption_reason: 'N2.2' })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/vat_exemption_reason',
  },
  {
    name: 'Italian 0 % item without exemption reason',
    country: 'IT',
    payload: frenchInvoice({ client_id: clientIds.studioRossi, payment_methods: { iban: italianIban }, items: [item({ vat_rate: '0' })] }),
    status: 422,
    code: 'missing_field',
    pointer: '/data/attributes/items/0/vat_exemption_reason',
  },
  {
    name: 'Italian S-code',
    country: 'IT',
    payload: frenchInvoice({
      client_id: clientIds.studioRossi,
      payment_methods: { iban: italianIban },
      items: [item({ vat_rate: '0', vat_exemption_reason: 'S293B' })],
    }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/vat_exemption_reason',
  },
  {
    name: 'item percentage discount above 1',
    payload: frenchInvoice({ items: [item({ discount: { type: 'percentage', value: '1.5' } })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/discount/value',
  },
  {
    name: 'item percentage discount below 0.0001',
    payload: frenchInvoice({ items: [item({ discount: { type: 'percentage', value: '0.00001' } })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/discount/value',
  },
  {
    name: 'item amount discount above quantity × price',
    payload: frenchInvoice({ items: [item({ discount: { type: 'absolute', value: '200.01' } })] }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/items/0/discount/value',
  },
  {
    name: 'global amount discount above the sum after item discounts',
    payload: frenchInvoice({
      items: [item({ discount: { type: 'absolute', value: '50' } })],
      discount: { type: 'absolute', value: '150.01' },
    }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/discount/value',
  },
  {
    name: 'discount of an unknown type',
    payload: frenchInvoice({ discount: { type: 'fixed', value: '1' } }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/discount/type',
  },
  {
    name: 'report_einvoicing outside Italy',
    payload: frenchInvoice({ report_einvoicing: true }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/report_einvoicing',
  },
  {
    name: 'payment_reporting outside Italy',
    payload: frenchInvoice({ payment_reporting: { conditions: 'TP02', method: 'MP05' } }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/payment_reporting',
  },
  {
    name: 'welfare_fund outside Italy',
    payload: frenchInvoice({ welfare_fund: { type: 'TC22', rate: '0.04' } }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/welfare_fund',
  },
  {
    name: 'stamp_duty_amount outside Italy',
    payload: frenchInvoice({ stamp_duty_amount: '2.00' }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/stamp_duty_amount',
  },
  {
    name: 'withholding_tax in France',
    payload: frenchInvoice({ withholding_tax: { rate: '0.15' } }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/withholding_tax',
  },
  {
    name: 'Italian withholding_tax without reason',
    country: 'IT',
    payload: frenchInvoice({
      client_id: clientIds.studioRossi,
      payment_methods: { iban: italianIban },
      withholding_tax: { rate: '0.20', payment_reason: 'A' },
    }),
    status: 422,
    code: 'missing_field',
    pointer: '/data/attributes/withholding_tax/reason',
  },
  {
    name: 'welfare rate shorter than 4 characters',
    country: 'IT',
    payload: frenchInvoice({
      client_id: clientIds.studioRossi,
      payment_methods: { iban: italianIban },
      welfare_fund: { type: 'TC22', rate: '0.4' },
    }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/welfare_fund/rate',
  },
  {
    name: 'unknown upload_id',
    payload: frenchInvoice({ upload_id: '7a0d9c2e-0000-4000-8000-000000000000' }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/upload_id',
  },
  { name: 'unknown field', payload: frenchInvoice({ notes: 'hello' }), status: 422, code: 'invalid', pointer: '/data/attributes/notes' },
  { name: 'no items', payload: frenchInvoice({ items: [] }), status: 422, code: 'invalid', pointer: '/data/attributes/items' },
  {
    name: 'missing currency',
    payload: frenchInvoice({ currency: undefined }),
    status: 422,
    code: 'missing_field',
    pointer: '/data/attributes/currency',
  },
  {
    name: 'unsupported currency',
    payload: frenchInvoice({ currency: 'JPY' }),
    status: 422,
    code: 'invalid',
    pointer: '/data/attributes/currency',
  },
  {
    name: 'client_id not a UUID',
    payload: frenchInvoice({ client_id: 'client-1' }),
    status: 422,
    code: 'invalid_format',
    pointer: '/data/attributes/client_id',
  },
];

describe('post /v2/client_invoices business rules', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  after(() => emulator.close());

  for (const rule of rules) {
    it(`refuses: ${rule.name} → ${rule.status} ${rule.code} at ${rule.pointer}`, async () => {
      await emulator.reset({ country: rule.country ?? 'FR', numbering_mode: rule.numbering ?? 'manual' });
      const answer = await emulator.api('/v2/client_invoices', jsonPost(rule.payload));
      assert.equal(answer.status, rule.status, JSON.stringify(answer.body));
      const match = answer.body.errors.find((error: { source?: { pointer?: string } }) => error.source?.pointer === rule.pointer);
      assert.ok(match, `no error at ${rule.pointer}: ${JSON.stringify(answer.body.errors)}`);
      assert.equal(match.code, rule.code);
      assert.equal(match.status, String(rule.status));
      assert.equal((await emulator.state()).counters.invoicesCreated, 0);
    });
  }
});

describe('post /v2/client_invoices creates invoices', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  beforeEach(() => emulator.reset());
  after(() => emulator.close());

  it('answers 201 with the full ClientInvoice, unpaid by default, totals computed', async () => {
    const answer = await emulator.api(
      '/v2/client_invoices',
      jsonPost(
        frenchInvoice({
          number: 'F-2026-001',
          items: [
            item({ quantity: '3', unit_price: { value: '19.99', currency: 'EUR' }, discount: { type: 'percentage', value: '0.1' } }),
            item({ quantity: '1.5', unit_price: { value: '100', currency: 'EUR' }, vat_rate: '0.055' }),
            item({ quantity: '1', unit_price: { value: '10', currency: 'EUR' }, vat_rate: '0', vat_exemption_reason: 'S293B' }),
          ],
          discount: { type: 'absolute', value: '10' },
        }),
      ),
    );
    assert.equal(answer.status, 201);
    const invoice = answer.body.client_invoice;
    assert.equal(invoice.status, 'unpaid');
    assert.equal(invoice.number, 'F-2026-001');
    assert.deepEqual(invoice.total_amount, { value: '222.12', currency: 'EUR' });
    assert.equal(invoice.total_amount_cents, 22212);
    assert.deepEqual(invoice.vat_amount, { value: '18.15', currency: 'EUR' });
    assert.deepEqual(invoice.discount.amount, { value: '10.00', currency: 'EUR' });
    assert.deepEqual(
      invoice.items.map((line: { total_vat: { value: string } }) => line.total_vat.value),
      ['10.29', '7.86', '0.00'],
    );
    assert.deepEqual(invoice.items[0].discount.amount, { value: '6.00', currency: 'EUR' });
    assert.equal(invoice.items[0].subtotal_cents, 5997);
    assert.equal(invoice.items[0].unit_price_cents, 1999);
    assert.deepEqual(invoice.payment_methods, [
      { beneficiary_name: 'Cabinet Lumière SAS', bic: 'QNTOFRP1XXX', iban: 'FR7616958000012345678901234', type: 'transfer' },
    ]);
  });

  it('saves drafts with status draft', async () => {
    const answer = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ status: 'draft' })));
    assert.equal(answer.body.client_invoice.status, 'draft');
    assert.equal('finalized_at' in answer.body.client_invoice, false); // a string in the reference: left out, never null
  });

  it('numbers automatically when the organization does, and keeps a given number', async () => {
    await emulator.reset({ numbering_mode: 'automatic' });
    const first = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ number: undefined })));
    const second = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ number: undefined })));
    assert.equal(first.status, 201);
    assert.notEqual(first.body.client_invoice.number, second.body.client_invoice.number);
    const given = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ number: 'MINE-1' })));
    assert.equal(given.body.client_invoice.number, 'MINE-1');
  });

  it('answers 409 invoice_number_already_exists for a number used in the organization', async () => {
    assert.equal((await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ number: 'DUP-1' })))).status, 201);
    const duplicate = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ number: 'DUP-1' })));
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.body.errors[0].code, 'invoice_number_already_exists');
    assert.equal(duplicate.body.errors[0].source.pointer, '/data/attributes/number');
  });

  it('falls back to the deprecated performance_date, and a start date overrides it', async () => {
    const fallback = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ performance_date: '2026-11-01' })));
    assert.equal(fallback.body.client_invoice.performance_start_date, '2026-11-01');
    const override = await emulator.api(
      '/v2/client_invoices',
      jsonPost(frenchInvoice({ performance_date: '2026-11-01', performance_start_date: '2026-11-05', performance_end_date: '2026-11-10' })),
    );
    assert.equal(override.body.client_invoice.performance_start_date, '2026-11-05');
    assert.equal(override.body.client_invoice.performance_end_date, '2026-11-10');
  });

  it('accepts an upload of the organization as upload_id', async () => {
    const upload = await emulator.api('/v2/client_invoices/uploads', {
      method: 'POST',
      body: multipart('client_invoices_upload', [{ name: 'po.pdf', bytes: makePdf('po') }]),
    });
    const answer = await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ upload_id: upload.body.data.id })));
    assert.equal(answer.status, 201);
  });

  it('takes the Italian blocks for an Italian organization and computes welfare, withholding and stamp duty', async () => {
    await emulator.reset({ country: 'IT' });
    const answer = await emulator.api(
      '/v2/client_invoices',
      jsonPost(
        frenchInvoice({
          client_id: clientIds.studioRossi,
          payment_methods: { iban: italianIban },
          items: [
            item({ quantity: '1', unit_price: { value: '1000.00', currency: 'EUR' }, vat_rate: '0.22' }),
            item({ quantity: '1', unit_price: { value: '100.00', currency: 'EUR' }, vat_rate: '0', vat_exemption_reason: 'N2.2' }),
          ],
          report_einvoicing: true,
          payment_reporting: { conditions: 'TP02', method: 'MP05' },
          welfare_fund: { type: 'TC22', rate: '0.04' },
          withholding_tax: { reason: 'RF01', rate: '0.20', payment_reason: 'A' },
          stamp_duty_amount: '2.00',
        }),
      ),
    );
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const invoice = answer.body.client_invoice;
    // taxable 1100.00, welfare 44.00 taxed at 22 % with the line (VAT 1044.00 × 22 % = 229.68),
    // withholding 20 % of 1144.00 = 228.80, stamp 2.00
    assert.equal(invoice.vat_amount.value, '229.68');
    assert.equal(invoice.total_amount.value, '1146.88');
    assert.equal(invoice.withholding_tax.amount, '228.80');
    assert.equal(invoice.einvoicing_status, 'pending');
  });

  it("takes a Spanish freelancer's withholding rate alone", async () => {
    await emulator.reset({ country: 'ES', freelancer: true });
    const answer = await emulator.api(
      '/v2/client_invoices',
      jsonPost(
        frenchInvoice({ client_id: clientIds.hernandez, payment_methods: { iban: spanishIban }, withholding_tax: { rate: '0.15' } }),
      ),
    );
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(answer.body.client_invoice.total_amount.value, '472.50');
  });

  it('serves invoice_url publicly, with user text escaped', async () => {
    const answer = await emulator.api(
      '/v2/client_invoices',
      jsonPost(frenchInvoice({ header: '<script>alert(1)</script>', items: [item({ title: '<img src=x onerror=alert(1)>' })] })),
    );
    const page = await fetch(answer.body.client_invoice.invoice_url);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('<script>alert'));
    assert.ok(html.includes(answer.body.client_invoice.number));
  });

  it('lists created invoices newest first, filters by status, paginates, and gets one by id', async () => {
    for (const status of ['draft', 'unpaid', 'unpaid']) await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ status })));
    const all = await emulator.api('/v2/client_invoices?per_page=2');
    assert.equal(all.body.client_invoices.length, 2);
    assert.deepEqual(all.body.meta, { current_page: 1, next_page: 2, prev_page: null, total_pages: 2, total_count: 3, per_page: 2 });
    const drafts = await emulator.api('/v2/client_invoices?filter%5Bstatus%5D=draft');
    assert.equal(drafts.body.client_invoices.length, 1);
    const one = await emulator.api(`/v2/client_invoices/${drafts.body.client_invoices[0].id}`);
    assert.equal(one.body.client_invoice.status, 'draft');
    assert.equal((await emulator.api('/v2/client_invoices/5b1e0000-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await emulator.api('/v2/client_invoices?per_page=101')).status, 400);
    assert.equal((await emulator.api('/v2/client_invoices?filter%5Bstatus%5D=lost')).status, 400);
  });
});
