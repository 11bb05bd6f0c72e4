import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../../testing/emulator-harness.ts';
import { jsonPost } from '../../testing/invoice-payloads.ts';

const product = { title: 'Audit légal', type: 'service', unit_price: { value: '1200', currency: 'EUR' }, vat_rate: '0.2', unit: 'day' };

describe('products', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  beforeEach(() => emulator.reset());
  after(() => emulator.close());

  it('lists the seeded catalogue by title, filters by type, paginates, and retrieves one', async () => {
    const list = await emulator.api('/v2/products');
    assert.equal(list.status, 200);
    const titles = list.body.products.map((item: { title: string }) => item.title);
    assert.deepEqual(
      titles,
      [...titles].sort((a, b) => a.localeCompare(b)),
    );
    assert.ok(titles.includes('Tenue comptable mensuelle'));
    const goods = await emulator.api('/v2/products?filter%5Btype%5D=good');
    assert.ok(goods.body.products.length > 0);
    assert.ok(goods.body.products.every((item: { type: string }) => item.type === 'good'));
    assert.equal((await emulator.api('/v2/products?filter%5Btype%5D=gift')).status, 400);
    assert.equal((await emulator.api('/v2/products?sort_by=price:asc')).status, 400);
    const first = list.body.products[0];
    assert.deepEqual((await emulator.api(`/v2/products/${first.id}`)).body.product, first);
    assert.equal((await emulator.api('/v2/products/7d3b0c55-0000-4000-8000-000000000000')).status, 404);
  });

  it('a large catalogue for tests: 1,000 generated products, 100 per page at most', async () => {
    await emulator.reset({ extra_products: 1000 });
    const page = await emulator.api('/v2/products?per_page=100&page=2');
    assert.equal(page.body.products.length, 100);
    assert.ok(page.body.meta.total_count >= 1000);
    assert.equal((await emulator.api('/v2/products?per_page=101')).status, 400);
  });

  it('creates a product, with the price to the cent and the price with VAT', async () => {
    const created = await emulator.api('/v2/products', jsonPost(product));
    assert.equal(created.status, 201);
    assert.equal(created.body.product.unit_price.value, '1200.00');
    assert.equal(created.body.product.unit_price_incl_vat.value, '1440.00');
    assert.equal((await emulator.api(`/v2/products/${created.body.product.id}`)).body.product.title, 'Audit légal');
  });

  it('validates a product as Qonto does: shape, EUR only, title ≤ 120, exemption codes of the country', async () => {
    const refused = async (body: unknown, pointer: string) => {
      const answer = await emulator.api('/v2/products', jsonPost(body));
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.ok(
        answer.body.errors.some((error: { source?: { pointer?: string } }) => error.source?.pointer === pointer),
        JSON.stringify(answer.body),
      );
    };
    await refused({ ...product, title: 'x'.repeat(121) }, '/data/attributes/title');
    await refused({ ...product, type: 'gift' }, '/data/attributes/type');
    await refused({ ...product, unit_price: { value: '10', currency: 'USD' } }, '/data/attributes/unit_price/currency');
    await refused({ ...product, vat_rate: '20' }, '/data/attributes/vat_rate');
    await refused({ ...product, vat_exemption_code: 'S293B' }, '/data/attributes/vat_exemption_code');
    await refused({ ...product, vat_rate: '0', vat_exemption_code: 'N4' }, '/data/attributes/vat_exemption_code');
    await refused({ ...product, sku: 'A1' }, '/data/attributes/sku');

    await emulator.reset({ country: 'IT' });
    await refused({ ...product, vat_rate: '0' }, '/data/attributes/vat_exemption_code');
    assert.equal((await emulator.api('/v2/products', jsonPost({ ...product, vat_rate: '0', vat_exemption_code: 'N4' }))).status, 201);
  });

  it('needs the product scopes', async () => {
    const noScope = await emulator.api('/v2/products', { auth: null });
    assert.equal(noScope.status, 401);
  });
});
