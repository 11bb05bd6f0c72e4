import { organizationProfile } from '@composer/shared/rules/organization-profile';
import { clientInvoiceSchema } from '@composer/shared/schemas/client-invoice';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftUpdateBody } from './draft-update-body.ts';
import { invoiceToComposer } from './invoice-to-composer.ts';
import { readComposer } from './read-composer.ts';

const answer = clientInvoiceSchema.parse({
  id: 'd0000000-0000-4000-8000-000000000001',
  status: 'draft',
  number: 'F-2026-7',
  issue_date: '2026-11-02',
  due_date: '2026-12-02',
  currency: 'EUR',
  header: 'Mission 2026',
  purchase_order: 'PO-9',
  client: { id: 'c11e0000-0000-4000-8000-000000000001', name: 'Atelier Durand' },
  payment_methods: [{ iban: 'FR7616958000012345678901234', type: 'transfer' }],
  discount: { type: 'percentage', value: '0.05', amount: { value: '10.00', currency: 'EUR' } },
  items: [
    {
      title: 'Tenue comptable',
      quantity: '1234.5',
      unit: 'hour',
      unit_price: { value: '100.00', currency: 'EUR' },
      vat_rate: '0.055',
      discount: { type: 'absolute', value: '12.50' },
    },
  ],
});
const french = { locale: 'fr-FR', profile: organizationProfile({ legal_country: 'FR', legal_form: 'SAS' }), currency: 'EUR' };

describe('a Qonto draft opened in the composer', () => {
  it('reads back as the user would have typed it, in their locale, with the due preset that gives its date', () => {
    const values = invoiceToComposer(answer, 'fr-FR');
    assert.equal(values.items[0]!.quantity, '1\u202f234,5');
    assert.equal(values.items[0]!.vat_rate, '5,5');
    assert.equal(values.items[0]!.discount_value, '12,50');
    assert.equal(values.discount_type, 'percentage');
    assert.equal(values.discount_value, '5');
    assert.equal(values.due_preset, '30');
    assert.equal(values.iban, 'FR7616958000012345678901234');
  });

  it('gives back the same payload when nothing is changed (one reading, both ways)', () => {
    const { payload, problems } = readComposer(invoiceToComposer(answer, 'fr-FR'), french);
    assert.deepEqual(problems, []);
    const items = payload.items as Record<string, unknown>[];
    assert.equal(items[0]!.quantity, '1234.5');
    assert.equal(items[0]!.vat_rate, '0.055');
    assert.deepEqual(items[0]!.discount, { type: 'absolute', value: '12.50' });
    assert.deepEqual(payload.discount, { type: 'percentage', value: '0.05' });
    assert.equal(payload.number, 'F-2026-7');
  });

  it('clears what the user emptied: an update sends null, since Qonto keeps a field left out', () => {
    const values = { ...invoiceToComposer(answer, 'fr-FR'), header: '', discount_type: '' as const, discount_value: '' };
    const body = draftUpdateBody(readComposer(values, french).payload);
    assert.equal(body.header, null);
    assert.equal(body.discount, null);
    assert.equal(body.status, 'draft');
    assert.equal(body.purchase_order, 'PO-9');
  });
});
