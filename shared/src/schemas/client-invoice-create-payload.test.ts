import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { zodIssuesToQontoErrors } from '../errors/zod-issues-to-qonto-errors.ts';
import { clientInvoiceCreatePayloadSchema } from './client-invoice-create-payload.ts';

const valid = {
  client_id: 'c11e0000-0000-4000-8000-000000000001',
  issue_date: '2026-11-21',
  due_date: '2026-12-21',
  currency: 'EUR',
  payment_methods: { iban: 'FR7616958000012345678901234' },
  items: [{ title: 'Audit', quantity: '1', unit_price: { value: '10.00', currency: 'EUR' }, vat_rate: '0.2' }],
};

describe('clientInvoiceCreatePayloadSchema', () => {
  it('accepts a minimal valid invoice', () => {
    assert.equal(clientInvoiceCreatePayloadSchema.safeParse(valid).success, true);
  });

  it('reports each problem with a Qonto pointer and code', () => {
    const input = { ...valid, due_date: '2026-11-01', items: [{ ...valid.items[0], title: '' }], extra: 1 };
    const result = clientInvoiceCreatePayloadSchema.safeParse(input);
    assert.equal(result.success, false);
    const errors = zodIssuesToQontoErrors(result.error!, input);
    const pointers = errors.map((error) => error.source?.pointer);
    assert.ok(pointers.includes('/data/attributes/due_date'));
    assert.ok(pointers.includes('/data/attributes/items/0/title'));
    assert.ok(pointers.includes('/data/attributes/extra'));
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (anything, json) => {
        clientInvoiceCreatePayloadSchema.safeParse(anything);
        const mixed = { ...valid, items: [json, { ...valid.items[0], discount: json }], discount: json };
        const result = clientInvoiceCreatePayloadSchema.safeParse(mixed);
        if (!result.success) zodIssuesToQontoErrors(result.error, mixed);
      }),
      { numRuns: 500 },
    );
  });
});
