import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { computeInvoiceTotals, type DiscountInput, type TotalsInput } from './invoice-totals.ts';

/*
 * An independent implementation of the EN 16931 calculation rules, in scaled BigInt arithmetic (no big.js,
 * nothing shared with invoice-totals.ts), fed with the same generated invoices. Rules checked:
 * BR-CO-10 (sum of line net amounts), BR-CO-11 (sum of allowances), BR-CO-12 (sum of charges),
 * BR-CO-13 (tax exclusive amount), BR-CO-14 (VAT total = sum of breakdown), BR-CO-15 (tax inclusive amount),
 * BR-CO-16 (amount due), BR-CO-17 (VAT per category = taxable base × rate, rounded once), and
 * BR-S-08/09, BR-Z-08/09, BR-E-08/09 (per-rate base = lines − allowances + charges of that rate; zero rate → 0).
 */
const scale = 10n ** 12n;

function scaled(value: string): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole) * scale + BigInt((fraction + '000000000000').slice(0, 12));
}

/** Half away from zero to the cent; inputs are never negative here. */
function toCents(value: bigint): bigint {
  const perCent = scale / 100n;
  return (value + perCent / 2n) / perCent;
}

const times = (a: bigint, b: bigint) => (a * b) / scale;
const centsToScaled = (cents: bigint) => cents * (scale / 100n);
const money = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;

function allowance(baseCents: bigint, discount: DiscountInput | undefined): bigint {
  if (!discount) return 0n;
  const amount =
    discount.type === 'percentage' ? toCents(times(centsToScaled(baseCents), scaled(discount.value))) : toCents(scaled(discount.value));
  return amount > baseCents ? baseCents : amount;
}

interface Expected {
  lineNet: bigint[];
  taxExclusive: bigint;
  vatByRate: Map<string, { base: bigint; vat: bigint }>;
  vatTotal: bigint;
  amountDue: bigint;
}

function en16931(input: TotalsInput, allowanceShares: bigint[]): Expected {
  const lineNet = input.items.map((item) => {
    const gross = toCents(times(scaled(item.quantity), scaled(item.unit_price.value)));
    return gross - allowance(gross, item.discount);
  });
  const sumOfLines = lineNet.reduce((a, b) => a + b, 0n); // BR-CO-10
  const documentAllowance = allowance(sumOfLines, input.discount);
  const sumOfAllowances = allowanceShares.reduce((a, b) => a + b, 0n); // BR-CO-11
  assert.equal(sumOfAllowances, documentAllowance, 'BR-CO-11: the allowances add up to the document discount');
  const afterAllowances = sumOfLines - sumOfAllowances;
  const charge = input.welfare_fund ? toCents(times(centsToScaled(afterAllowances), scaled(input.welfare_fund.rate))) : 0n;
  const taxExclusive = afterAllowances + charge; // BR-CO-12, BR-CO-13
  const rateOf = (rate: string) => String(Number(rate)); // a label only: the arithmetic uses `scaled`
  const highestRate = input.items.map((item) => item.vat_rate).reduce((a, b) => (scaled(b) > scaled(a) ? b : a));
  const bases = new Map<string, { rate: string; base: bigint }>();
  input.items.forEach((item, i) => {
    const key = rateOf(item.vat_rate);
    const group = bases.get(key) ?? { rate: item.vat_rate, base: 0n };
    group.base += lineNet[i]! - allowanceShares[i]!; // BR-S-08, BR-Z-08, BR-E-08
    bases.set(key, group);
  });
  if (charge > 0n) bases.get(rateOf(highestRate))!.base += charge;
  const vatByRate = new Map<string, { base: bigint; vat: bigint }>();
  for (const [key, { rate, base }] of bases) {
    const vat = toCents(times(centsToScaled(base), scaled(rate))); // BR-CO-17, BR-S-09
    if (scaled(rate) === 0n) assert.equal(vat, 0n, 'BR-Z-09 / BR-E-09: no VAT at a zero rate');
    vatByRate.set(key, { base, vat });
  }
  const vatTotal = [...vatByRate.values()].reduce((a, group) => a + group.vat, 0n); // BR-CO-14
  const taxInclusive = taxExclusive + vatTotal; // BR-CO-15
  const withholding = input.withholding_tax ? toCents(times(centsToScaled(taxExclusive), scaled(input.withholding_tax.rate))) : 0n;
  const stamp = input.stamp_duty_amount ? toCents(scaled(input.stamp_duty_amount)) : 0n;
  return { lineNet, taxExclusive, vatByRate, vatTotal, amountDue: taxInclusive - withholding + stamp }; // BR-CO-16
}

const amount = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }))
  .map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`);
const smallAmount = fc.integer({ min: 1, max: 20 }).map((cents) => `0.${String(cents).padStart(2, '0')}`);
const quantity = fc
  .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 999 }))
  .filter(([a, b]) => a + b > 0)
  .map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`);
const rate = fc.constantFrom('0', '0.021', '0.055', '0.1', '0.2', '0.22', '0.19', '0.04', '0.07');
const percentage = fc.integer({ min: 1, max: 10_000 }).map((n) => (n === 10_000 ? '1' : `0.${String(n).padStart(4, '0')}`));
const discount = fc.oneof(
  fc.record({ type: fc.constant('percentage' as const), value: percentage }),
  fc.record({ type: fc.constant('absolute' as const), value: amount }),
);
const item = fc.record({
  quantity: fc.oneof(quantity, fc.constant('1')),
  unit_price: fc.record({ value: fc.oneof(amount, smallAmount) }),
  vat_rate: rate,
  discount: fc.option(discount, { nil: undefined }),
});
const invoice: fc.Arbitrary<TotalsInput> = fc.record({
  items: fc.array(item, { minLength: 1, maxLength: 12 }),
  discount: fc.option(discount, { nil: undefined }),
  welfare_fund: fc.option(fc.record({ rate: fc.constantFrom('0.02', '0.04', '0.05') }), { nil: undefined }),
  withholding_tax: fc.option(fc.record({ rate: fc.constantFrom('0.15', '0.20', '0.07') }), { nil: undefined }),
  stamp_duty_amount: fc.option(fc.constant('2.00'), { nil: undefined }),
});

describe('totals against an independent EN 16931 implementation', () => {
  it('three lines of 0.05 at 10 %: VAT 0.02 on the 0.15 base, not three rounded 0.01 (BR-CO-17)', () => {
    const line = { quantity: '1', unit_price: { value: '0.05' }, vat_rate: '0.1' };
    const totals = computeInvoiceTotals({ items: [line, line, line] });
    assert.deepEqual(
      totals.items.map((each) => each.vat.value),
      ['0.01', '0.01', '0.01'],
    );
    assert.equal(totals.vat.value, '0.02');
    assert.deepEqual(
      totals.vatByRate.map((group) => [group.rate, group.taxable.value, group.vat.value]),
      [['0.1', '0.15', '0.02']],
    );
    assert.equal(totals.total.value, '0.17');
  });

  it('Italian worked example: 1000.00 at 22 %, welfare 4 %, withholding 20 %, stamp 2.00', () => {
    const totals = computeInvoiceTotals({
      items: [{ quantity: '1', unit_price: { value: '1000.00' }, vat_rate: '0.22' }],
      welfare_fund: { rate: '0.04' },
      withholding_tax: { rate: '0.20' },
      stamp_duty_amount: '2.00',
    });
    assert.equal(totals.welfareFund.value, '40.00'); // 4 % of 1000.00
    assert.deepEqual(
      totals.vatByRate.map((group) => [group.taxable.value, group.vat.value]),
      [['1040.00', '228.80']],
    ); // welfare is in the VAT base
    assert.equal(totals.withholdingTax.value, '208.00'); // 20 % of 1000.00 + 40.00
    assert.equal(totals.total.value, '1062.80'); // 1040.00 + 228.80 − 208.00 + 2.00
  });

  it('agrees with it on 20,000 generated invoices', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const totals = computeInvoiceTotals(input);
        const shares = totals.items.map((line) => BigInt(line.globalDiscountShare.cents));
        const expected = en16931(input, shares);
        assert.deepEqual(
          totals.items.map((line) => line.subtotal.cents - line.discount.cents),
          expected.lineNet.map(Number),
        );
        assert.equal(money(BigInt(totals.taxable.cents + totals.welfareFund.cents)), money(expected.taxExclusive));
        assert.deepEqual(
          totals.vatByRate.map((group) => [String(Number(group.rate)), group.taxable.value, group.vat.value]).sort(),
          [...expected.vatByRate].map(([key, group]) => [key, money(group.base), money(group.vat)]).sort(),
        );
        assert.equal(totals.vat.value, money(expected.vatTotal));
        assert.equal(totals.total.value, money(expected.amountDue));
      }),
      { numRuns: 20_000 },
    );
  });
});
