import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Product } from '@composer/shared/schemas/product';
import { emptyItem } from './composer-values.ts';
import { lineFromProduct, productFromLine, searchProducts } from './product-lines.ts';

const product = (title: string, extra: Partial<Product> = {}): Product => ({
  id: title,
  title,
  unit_price: { value: '120.00', currency: 'EUR' },
  vat_rate: '0.055',
  ...extra,
});

describe('product catalogue on lines', () => {
  const catalogue = ['Bilan annuel', 'Conseil fiscal', 'Déclaration de TVA', 'Formation fiscale', 'Fiscalité avancée'].map((title) =>
    product(title),
  );

  it('searches titles without case or accents, those starting with the text first', () => {
    assert.deepEqual(
      searchProducts(catalogue, 'FISC').map((item) => item.title),
      ['Fiscalité avancée', 'Conseil fiscal', 'Formation fiscale'],
    );
    assert.deepEqual(
      searchProducts(catalogue, 'declaration').map((item) => item.title),
      ['Déclaration de TVA'],
    );
    assert.deepEqual(searchProducts(catalogue, '  '), []);
    assert.equal(searchProducts(catalogue, 'a', 2).length, 2);
  });

  it('copies a product onto a line in the user’s number format', () => {
    const line = lineFromProduct(product('Ouvrage', { unit: 'unit', description: 'Mémento', vat_exemption_code: null }), 'fr-FR');
    assert.deepEqual(line, {
      title: 'Ouvrage',
      description: 'Mémento',
      unit: 'unit',
      unit_price: '120,00',
      vat_rate: '5,5',
      vat_exemption_reason: '',
    });
  });

  it('makes a product from a line, or names what is missing', () => {
    const item = { ...emptyItem(), title: 'Audit', unit_price: '1 200,5', vat_rate: '20', unit: 'day' };
    assert.deepEqual(productFromLine(item, 'fr-FR', 'service'), {
      product: { title: 'Audit', type: 'service', unit_price: { value: '1200.5', currency: 'EUR' }, vat_rate: '0.2', unit: 'day' },
    });
    assert.deepEqual(productFromLine({ ...emptyItem(), vat_rate: '20' }, 'fr-FR', 'good'), { missing: ['title', 'unit_price'] });
  });
});
