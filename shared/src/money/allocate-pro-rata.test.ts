import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocateProRata } from './allocate-pro-rata.ts';
import { decimal } from './decimal.ts';

describe('allocateProRata', () => {
  it('splits 0.10 over three equal weights as 0.04, 0.03, 0.03', () => {
    assert.deepEqual(
      allocateProRata(decimal('0.10'), [decimal(1), decimal(1), decimal(1)]).map((share) => share.toFixed(2)),
      ['0.04', '0.03', '0.03'],
    );
  });

  it('gives nothing when every weight is zero', () => {
    assert.deepEqual(
      allocateProRata(decimal('5'), [decimal(0), decimal(0)]).map((share) => share.toFixed(2)),
      ['0.00', '0.00'],
    );
  });

  it('always sums exactly to the amount, each share within a cent of its exact part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_00 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        (cents, weights) => {
          const amount = decimal(cents).div(100);
          const shares = allocateProRata(
            amount,
            weights.map((weight) => decimal(weight)),
          );
          assert.ok(shares.reduce((total, share) => total.plus(share), decimal(0)).eq(amount));
          const totalWeight = weights.reduce((a, b) => a + b, 0);
          shares.forEach((share, i) => assert.ok(share.minus(amount.times(weights[i]!).div(totalWeight)).abs().lt('0.01')));
        },
      ),
      { numRuns: 500 },
    );
  });
});
