import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frenchReformMentions, isValidSirenOrSiret, operationCategoryFromUnits } from './french-reform-mentions.ts';

const client = { kind: 'company', countryCode: 'FR', taxIdentificationNumber: '732829320', vatNumber: null, hasDeliveryAddress: false };

describe('French reform mentions', () => {
  it('checks SIREN and SIRET with their Luhn key', () => {
    assert.equal(isValidSirenOrSiret('732 829 320'), true);
    assert.equal(isValidSirenOrSiret('732829321'), false);
    assert.equal(isValidSirenOrSiret('73282932000074'), true);
    assert.equal(isValidSirenOrSiret('12345'), false);
  });

  it('suggests the category from the lines’ units', () => {
    assert.equal(operationCategoryFromUnits(['hour', 'day']), 'services');
    assert.equal(operationCategoryFromUnits(['kilogram', '']), 'goods');
    assert.equal(operationCategoryFromUnits(['hour', 'set']), 'goods_and_services');
    assert.equal(operationCategoryFromUnits(['unit', '']), undefined);
  });

  it('flags each missing mention with its fix, and none when all are there', () => {
    const missing = frenchReformMentions({
      client: { ...client, taxIdentificationNumber: '732829321' },
      transactionType: undefined,
      vatPaymentCondition: undefined,
    }).filter((mention) => !mention.satisfied);
    assert.deepEqual(
      missing.map((mention) => mention.code),
      ['client_siren', 'operation_category', 'vat_on_debits'],
    );
    const german = frenchReformMentions({
      client: { ...client, countryCode: 'DE', taxIdentificationNumber: null },
      transactionType: 'services',
      vatPaymentCondition: 'on_receipts',
    });
    assert.deepEqual(
      german.filter((mention) => !mention.satisfied).map((mention) => mention.code),
      ['client_eu_vat_number'],
    );
    const complete = frenchReformMentions({ client, transactionType: 'goods', vatPaymentCondition: 'compensated_for_sales' });
    assert.ok(complete.every((mention) => mention.satisfied));
  });
});
