import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decimal } from './decimal.ts';
import { computeInvoiceTotals, InvoiceTotalsTally, lineTotalsOf, type TotalsInput } from './invoice-totals.ts';

describe('computeInvoiceTotals on hand-checked invoices', () => {
  it('one line: 3 × 19.99 at 20 % = 59.97 + 11.99 VAT', () => {
    const totals = computeInvoiceTotals({ items: [{ quantity: '3', unit_price: { value: '19.99' }, vat_rate: '0.2' }] });
    assert.equal(totals.subtotal.value, '59.97');
    assert.equal(totals.vat.value, '11.99'); // 11.994 rounds down
    assert.equal(totals.total.value, '71.96');
    assert.equal(totals.total.cents, 7196);
  });

  it('rounds half up at the cent: 0.5 × 0.05 at 10 % → 0.03 subtotal', () => {
    const totals = computeInvoiceTotals({ items: [{ quantity: '0.5', unit_price: { value: '0.05' }, vat_rate: '0.1' }] });
    assert.equal(totals.subtotal.value, '0.03'); // 0.025 → 0.03
    assert.equal(totals.vat.value, '0.00'); // 0.003 → 0.00
  });

  it('item and global discounts, the global one spread pro rata so VAT stays right', () => {
    const totals = computeInvoiceTotals({
      items: [
        { quantity: '3', unit_price: { value: '19.99' }, vat_rate: '0.2', discount: { type: 'percentage', value: '0.1' } },
        { quantity: '1.5', unit_price: { value: '100' }, vat_rate: '0.055' },
        { quantity: '1', unit_price: { value: '10' }, vat_rate: '0' },
      ],
      discount: { type: 'absolute', value: '10' },
    });
    // Nets 53.97, 150.00, 10.00 = 213.97; 10.00 spread → 2.52, 7.01, 0.47 (sum 10.00)
    assert.deepEqual(
      totals.items.map((line) => line.globalDiscountShare.value),
      ['2.52', '7.01', '0.47'],
    );
    assert.deepEqual(
      totals.items.map((line) => line.vat.value),
      ['10.29', '7.86', '0.00'],
    );
    assert.equal(totals.taxable.value, '203.97');
    assert.equal(totals.vat.value, '18.15');
    assert.equal(totals.total.value, '222.12');
    assert.deepEqual(
      totals.vatByRate.map((group) => [group.rate, group.vat.value]),
      [
        ['0.2', '10.29'],
        ['0.055', '7.86'],
        ['0', '0.00'],
      ],
    );
  });

  it('a percentage global discount of 100 % leaves nothing to pay', () => {
    const totals = computeInvoiceTotals({
      items: [{ quantity: '2', unit_price: { value: '12.34' }, vat_rate: '0.2' }],
      discount: { type: 'percentage', value: '1' },
    });
    assert.equal(totals.total.value, '0.00');
  });

  it('Italian extras: welfare fund on the taxable amount and in the highest rate VAT base, withholding on taxable + welfare, stamp duty added', () => {
    const totals = computeInvoiceTotals({
      items: [
        { quantity: '1', unit_price: { value: '1000' }, vat_rate: '0.22' },
        { quantity: '1', unit_price: { value: '100' }, vat_rate: '0' },
      ],
      welfare_fund: { rate: '0.04' },
      withholding_tax: { rate: '0.20' },
      stamp_duty_amount: '2.00',
    });
    assert.equal(totals.welfareFund.value, '44.00');
    assert.deepEqual(
      totals.vatByRate.map((group) => [group.rate, group.taxable.value, group.vat.value]),
      [
        ['0.22', '1044.00', '229.68'],
        ['0', '100.00', '0.00'],
      ],
    );
    assert.equal(totals.withholdingTax.value, '228.80');
    assert.equal(totals.stampDuty.value, '2.00');
    assert.equal(totals.total.value, '1146.88'); // 1100.00 + 44.00 + 229.68 − 228.80 + 2.00
  });

  it('treats half-typed figures as zero instead of throwing', () => {
    const totals = computeInvoiceTotals({ items: [{ quantity: '1,', unit_price: { value: '' }, vat_rate: 'abc' }] });
    assert.equal(totals.total.value, '0.00');
  });
});

const money = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }))
  .map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`);
const quantity = fc
  .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 999 }))
  .filter(([a, b]) => a + b > 0)
  .map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`);
const rate = fc.constantFrom('0', '0.021', '0.055', '0.1', '0.2', '0.22', '0.19', '0.04');
const percentage = fc.integer({ min: 1, max: 10_000 }).map((n) => decimal(n).div(10_000).toString());
const item = fc.record({
  quantity,
  unit_price: fc.record({ value: money }),
  vat_rate: rate,
  discount: fc.option(
    fc.oneof(
      fc.record({ type: fc.constant('percentage' as const), value: percentage }),
      fc.record({ type: fc.constant('absolute' as const), value: money }),
    ),
    { nil: undefined },
  ),
});
const invoice: fc.Arbitrary<TotalsInput> = fc.record({
  items: fc.array(item, { minLength: 1, maxLength: 12 }),
  discount: fc.option(
    fc.oneof(
      fc.record({ type: fc.constant('percentage' as const), value: percentage }),
      fc.record({ type: fc.constant('absolute' as const), value: money }),
    ),
    { nil: undefined },
  ),
});

describe('computeInvoiceTotals invariants on generated invoices', () => {
  it('per-rate groups sum to the document VAT and to the taxable amount, and totals add up', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const totals = computeInvoiceTotals(input);
        const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), decimal(0));
        assert.ok(sum(totals.vatByRate.map((group) => group.vat.value)).eq(totals.vat.value));
        assert.ok(sum(totals.vatByRate.map((group) => group.taxable.value)).eq(totals.taxable.value));
        assert.ok(sum(totals.items.map((line) => line.taxable.value)).eq(totals.taxable.value));
        assert.ok(sum(totals.items.map((line) => line.globalDiscountShare.value)).eq(totals.globalDiscount.value));
        assert.ok(decimal(totals.taxable.value).plus(totals.vat.value).eq(totals.total.value));
      }),
      { numRuns: 500 },
    );
  });

  it('cents always match the strings, and every amount has exactly two decimals', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const totals = computeInvoiceTotals(input);
        const amounts = [
          totals.subtotal,
          totals.vat,
          totals.total,
          totals.globalDiscount,
          ...totals.items.flatMap((line) => [line.subtotal, line.vat, line.total, line.discount]),
        ];
        for (const amount of amounts) {
          assert.match(amount.value, /^-?\d+\.\d{2}$/);
          assert.equal(amount.cents, Number(amount.value.replace('.', '')));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('discounts stay within bounds: never negative lines, never more than the base', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const totals = computeInvoiceTotals(input);
        for (const line of totals.items) {
          assert.ok(decimal(line.discount.value).lte(line.subtotal.value));
          assert.ok(decimal(line.taxable.value).gte(0));
        }
        assert.ok(decimal(totals.globalDiscount.value).lte(decimal(totals.subtotal.value).minus(totals.itemDiscounts.value)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('computeInvoiceTotals on a line object edited in place', () => {
  it('re-reads a line whose fields changed although the object is the same', () => {
    const line = { quantity: '2', unit_price: { value: '10' }, vat_rate: '0.2' };
    const input: TotalsInput = { items: [line] };
    assert.equal(computeInvoiceTotals(input).total.value, '24.00');
    line.quantity = '3';
    assert.equal(computeInvoiceTotals(input).total.value, '36.00');
    line.unit_price.value = '20';
    assert.equal(computeInvoiceTotals(input).total.value, '72.00');
    line.vat_rate = '0.1';
    assert.equal(computeInvoiceTotals(input).vat.value, '6.00');
  });
});

describe('InvoiceTotalsTally, one line replaced at a time', () => {
  it('gives what computing from scratch gives, after any sequence of replaced lines (rate groups emptied and refilled)', () => {
    const edit = fc.record({ at: fc.nat(), line: item });
    fc.assert(
      fc.property(invoice, fc.array(edit, { minLength: 1, maxLength: 20 }), (input, edits) => {
        const tally = new InvoiceTotalsTally();
        tally.reset(input.items);
        const items = [...input.items];
        for (const { at, line } of edits) {
          const index = at % items.length;
          items[index] = line;
          tally.replace(index, line);
          const { items: _lines, ...expected } = computeInvoiceTotals({ ...input, items });
          assert.deepEqual(tally.totals(input), expected);
        }
        assert.deepEqual(tally.totals(input, true), computeInvoiceTotals({ ...input, items }));
      }),
      { numRuns: 300 },
    );
  });

  it('drops a VAT rate once its last line changes rate, and refuses a line it does not have', () => {
    const tally = new InvoiceTotalsTally();
    tally.reset([
      { quantity: '1', unit_price: { value: '100' }, vat_rate: '0.2' },
      { quantity: '1', unit_price: { value: '50' }, vat_rate: '0.055' },
    ]);
    assert.deepEqual(
      tally.totals({}).vatByRate.map((group) => group.rate),
      ['0.2', '0.055'],
    );
    tally.replace(1, { quantity: '1', unit_price: { value: '50' }, vat_rate: '0.20' });
    const totals = tally.totals({});
    assert.deepEqual(
      totals.vatByRate.map((group) => [group.rate, group.taxable.value, group.vat.value]),
      [['0.2', '150.00', '30.00']],
    );
    assert.equal(totals.total.value, '180.00');
    assert.throws(() => tally.replace(2, { quantity: '1', unit_price: { value: '1' }, vat_rate: '0' }), RangeError);
  });
});

describe('lineTotalsOf', () => {
  it("gives a line's figures as an invoice of that line alone does", () => {
    fc.assert(
      fc.property(item, (line) => {
        assert.deepEqual(lineTotalsOf(line), computeInvoiceTotals({ items: [line] }).items[0]);
      }),
      { numRuns: 200 },
    );
  });
});
