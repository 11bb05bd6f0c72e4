import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyComposer, type ComposerValues } from './composer-values.ts';
import { dueDateFor } from './due-date-presets.ts';
import { fieldMessage } from '../../../lib/field-message.ts';
import { pointerToComposerField } from './form-fields.ts';
import { placeQontoErrors } from './place-qonto-errors.ts';
import { validateComposer, type ComposerContext } from './validate-composer.ts';

const iban = 'FR7616958000012345678901234';
const context: ComposerContext = {
  locale: 'fr-FR',
  organization: { legal_country: 'FR', legal_form: 'SAS' },
  numberingMode: 'manual',
  ibans: [iban],
  client: {
    id: 'c11e0000-0000-4000-8000-000000000001',
    kind: 'company',
    currency: 'EUR',
    locale: 'fr',
    hasBillingAddress: true,
    countryCode: 'FR',
    provinceCode: null,
    taxIdentificationNumber: '123',
  },
};
const italianContext: ComposerContext = {
  ...context,
  locale: 'it-IT',
  organization: { legal_country: 'IT', legal_form: 'SRL' },
  client: { ...context.client!, countryCode: 'IT', provinceCode: 'TO' },
};

function filled(overrides: Partial<ComposerValues> = {}): ComposerValues {
  return {
    ...emptyComposer({ iban, vatRate: '20', today: '2026-11-21' }),
    client_id: context.client!.id,
    due_date: '2026-12-21',
    number: 'F-1',
    items: [
      {
        title: 'Tenue comptable',
        description: '',
        quantity: '1,5',
        unit: 'hour',
        unit_price: '1 234,56',
        vat_rate: '5,5',
        vat_exemption_reason: '',
        discount_type: 'percentage',
        discount_value: '10',
      },
      {
        title: 'Bilan',
        description: 'Annual',
        quantity: '1',
        unit: '',
        unit_price: '500',
        vat_rate: '0',
        vat_exemption_reason: 'S293B',
        discount_type: '',
        discount_value: '',
      },
    ],
    discount_type: 'absolute',
    discount_value: '50,5',
    ...overrides,
  };
}

/** Every Italian field filled, as an accountant would for an invoice with welfare, withholding and stamp. */
const italyFilled = {
  report_einvoicing: true,
  payment_conditions: 'TP02',
  payment_method: 'MP05',
  welfare_type: 'TC22',
  welfare_rate: '4',
  withholding_reason: 'RF01',
  withholding_rate: '20',
  withholding_payment_reason: 'A',
  stamp_duty_amount: '2',
};

describe('validateComposer', () => {
  it('turns locale text into Qonto’s canonical payload', () => {
    const { payload, fieldErrors, formErrors } = validateComposer(filled(), context);
    assert.deepEqual(fieldErrors, []);
    assert.deepEqual(formErrors, []);
    assert.deepEqual(payload!.items[0], {
      title: 'Tenue comptable',
      quantity: '1.5',
      unit: 'hour',
      unit_price: { value: '1234.56', currency: 'EUR' },
      vat_rate: '0.055',
      discount: { type: 'percentage', value: '0.1' },
    });
    assert.equal(payload!.items[1]!.vat_exemption_reason, 'S293B');
    assert.deepEqual(payload!.discount, { type: 'absolute', value: '50.5' });
    assert.equal(payload!.currency, 'EUR');
    assert.equal(payload!.issue_date, '2026-11-21');
  });

  it('puts each problem on its field: unreadable numbers, required number, lengths, dates, exemption reasons', () => {
    const { payload, fieldErrors } = validateComposer(
      filled({
        number: '',
        due_date: '2026-11-01',
        items: [
          {
            title: 'T'.repeat(41),
            description: '',
            quantity: 'abc',
            unit: '',
            unit_price: '10',
            vat_rate: '20',
            vat_exemption_reason: 'S293B',
            discount_type: '',
            discount_value: '',
          },
        ],
      }),
      context,
    );
    assert.equal(payload, undefined);
    const byField = Object.fromEntries(fieldErrors.map((problem) => [problem.field, problem.message]));
    assert.match(byField['items.0.quantity']!, /Enter a number/);
    assert.match(byField['items.0.title']!, /at most 40 characters/);
    assert.match(byField['due_date']!, /greater or equal than issue date/);
    assert.ok(byField['items.0.vat_exemption_reason']);
  });

  it('checks the organization rules too: manual numbering needs a number, the IBAN must be Qonto’s', () => {
    const { fieldErrors } = validateComposer(filled({ number: '', iban: 'FR7630001007941234567890185' }), context);
    const fields = fieldErrors.map((problem) => problem.field);
    assert.ok(fields.includes('number'));
    assert.ok(fields.includes('iban'));
  });

  it('asks for a client, and explains a client without currency', () => {
    assert.equal(validateComposer(filled({ client_id: '' }), { ...context, client: null }).fieldErrors[0]!.field, 'client_id');
    const noCurrency = validateComposer(filled(), { ...context, client: { ...context.client!, currency: null } });
    assert.match(noCurrency.fieldErrors.find((problem) => problem.field === 'client_id')!.message, /no currency/);
  });

  it('fills the Italian blocks with two-decimal rates', () => {
    const italian = italianContext;
    const values = filled({
      items: [
        {
          title: 'Consulenza',
          description: '',
          quantity: '1',
          unit: '',
          unit_price: '1.000,00',
          vat_rate: '22',
          vat_exemption_reason: '',
          discount_type: '',
          discount_value: '',
        },
      ],
      discount_type: '',
      italy: italyFilled,
    });
    const { payload, fieldErrors } = validateComposer(values, italian);
    assert.deepEqual(fieldErrors, []);
    assert.deepEqual(payload!.welfare_fund, { type: 'TC22', rate: '0.04' });
    assert.deepEqual(payload!.withholding_tax, { reason: 'RF01', rate: '0.20', payment_reason: 'A' });
    assert.equal(payload!.stamp_duty_amount, '2.00');
    assert.deepEqual(payload!.payment_reporting, { conditions: 'TP02', method: 'MP05' });
  });
});

describe('country sections', () => {
  it('a Spanish freelancer sends the IRPF rate as withholding tax, and nothing Italian', () => {
    const spanish = { ...context, locale: 'es-ES', organization: { legal_country: 'ES', legal_form: 'Autónomo' } };
    const { payload, fieldErrors } = validateComposer(filled({ spain: { withholding_rate: '15' }, italy: italyFilled }), spanish);
    assert.deepEqual(fieldErrors, []);
    assert.deepEqual(payload!.withholding_tax, { rate: '0.15' });
    for (const key of ['welfare_fund', 'stamp_duty_amount', 'payment_reporting', 'report_einvoicing'] as const)
      assert.equal(key in payload!, false, key);
  });

  it('a Spanish company sends no withholding tax: "Only for Italian organizations and Spanish freelancers"', () => {
    const company = { ...context, locale: 'es-ES', organization: { legal_country: 'ES', legal_form: 'SL' } };
    const { payload, fieldErrors } = validateComposer(filled({ spain: { withholding_rate: '15' } }), company);
    assert.deepEqual(fieldErrors, []);
    assert.equal('withholding_tax' in payload!, false);
  });

  it('an Italian organization flags a client without province code ("required only for Italian organizations")', () => {
    const result = validateComposer(
      filled({
        items: [
          {
            title: 'Consulenza',
            description: '',
            quantity: '1',
            unit: '',
            unit_price: '100',
            vat_rate: '22',
            vat_exemption_reason: '',
            discount_type: '',
            discount_value: '',
          },
        ],
        discount_type: '',
      }),
      {
        ...italianContext,
        client: { ...italianContext.client!, provinceCode: null },
      },
    );
    assert.match(result.fieldErrors.find((problem) => problem.field === 'client_id')!.message, /province code/);
    assert.equal(result.payload, undefined);
  });

  it('a client billed in GBP cannot be invoiced: item prices are EUR only ("Currently, only value allowed is EUR")', () => {
    const result = validateComposer(filled(), { ...context, client: { ...context.client!, currency: 'GBP' } });
    const problems = result.fieldErrors.filter(
      (problem) => problem.field === 'client_id' || problem.field.includes('currency') || problem.field.includes('unit_price'),
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /billed in GBP.*EUR only/);
  });

  it('a French organization sends neither block, whatever the hidden fields hold', () => {
    const { payload, fieldErrors } = validateComposer(filled({ spain: { withholding_rate: '15' }, italy: italyFilled }), context);
    assert.deepEqual(fieldErrors, []);
    for (const key of ['withholding_tax', 'welfare_fund', 'stamp_duty_amount', 'payment_reporting', 'report_einvoicing'] as const)
      assert.equal(key in payload!, false, key);
  });

  it('an Italian 0 % line needs an N-code', () => {
    const italian = italianContext;
    const zeroRated = {
      title: 'Esente',
      description: '',
      quantity: '1',
      unit: '',
      unit_price: '100',
      vat_rate: '0',
      vat_exemption_reason: '',
      discount_type: '' as const,
      discount_value: '',
    };
    const missing = validateComposer(filled({ items: [zeroRated], discount_type: '' }), italian);
    assert.ok(missing.fieldErrors.some((problem) => problem.field === 'items.0.vat_exemption_reason'));
    const given = validateComposer(filled({ items: [{ ...zeroRated, vat_exemption_reason: 'N2.2' }], discount_type: '' }), italian);
    assert.deepEqual(given.fieldErrors, []);
  });
});

describe('server errors onto fields', () => {
  it('maps Qonto pointers (RFC 6901) to composer fields and the rest to the summary', () => {
    assert.equal(pointerToComposerField('/data/attributes/items/0/title', { withholding: null }), 'items.0.title');
    assert.equal(pointerToComposerField('/data/attributes/items/2/unit_price/currency', { withholding: null }), 'items.2.unit_price');
    assert.equal(pointerToComposerField('/data/attributes/payment_methods/iban', { withholding: null }), 'iban');
    assert.equal(pointerToComposerField('/data/attributes/withholding_tax/rate', { withholding: 'irpf' }), 'spain.withholding_rate');
    assert.equal(pointerToComposerField('/data/attributes/number', { withholding: null }), 'number');
    const placed = placeQontoErrors(
      [
        {
          status: '409',
          code: 'invoice_number_already_exists',
          detail: 'An invoice numbered F-1 already exists.',
          source: { pointer: '/data/attributes/number' },
        },
        { status: '500', code: 'internal_server_error', detail: 'Qonto failed.' },
      ],
      { withholding: null },
    );
    assert.deepEqual(placed.fieldErrors, [{ field: 'number', message: 'An invoice numbered F-1 already exists.' }]);
    assert.deepEqual(placed.formErrors, ['Qonto failed.']);
    assert.equal(fieldMessage('`items.0.title` must have at most 40 characters.', 'invalid'), 'Must have at most 40 characters.');
  });
});

describe('due date presets', () => {
  it('computes on receipt, n days and end of month, across months and leap years', () => {
    assert.equal(dueDateFor('0', '2026-11-21'), '2026-11-21');
    assert.equal(dueDateFor('30', '2026-11-21'), '2026-12-21');
    assert.equal(dueDateFor('45', '2026-12-31'), '2027-02-14');
    assert.equal(dueDateFor('end_of_month', '2028-02-10'), '2028-02-29');
    assert.equal(dueDateFor('custom', '2026-11-21'), undefined);
    assert.equal(dueDateFor('30', ''), undefined);
  });
});
