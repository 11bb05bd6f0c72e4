import BigConstructor from 'big.js';
import { type Decimal, decimal, sumDecimals } from './decimal.ts';

/**
 * Splits `amount` (whole cents) across `weights` in proportion, so that the shares add up to the amount
 * exactly: each share is floored to the cent and the leftover cents go to the largest remainders
 * (earliest line first on a tie).
 */
export function allocateProRata(amount: Decimal, weights: readonly Decimal[]): Decimal[] {
  const totalWeight = sumDecimals(weights);
  if (weights.length === 0 || totalWeight.eq(0)) return weights.map(() => decimal(0));
  const amountCents = amount.times(100);
  const raw = weights.map((weight) => amountCents.times(weight).div(totalWeight));
  const floored = raw.map((share) => share.round(0, BigConstructor.roundDown));
  let leftover = Number(amountCents.minus(sumDecimals(floored)).toFixed(0));
  const byRemainder = raw
    .map((share, index) => ({ index, remainder: share.minus(floored[index]!) }))
    .sort((a, b) => b.remainder.cmp(a.remainder) || a.index - b.index);
  const cents = [...floored];
  for (const { index } of byRemainder) {
    if (leftover <= 0) break;
    cents[index] = cents[index]!.plus(1);
    leftover -= 1;
  }
  return cents.map((share) => share.div(100));
}
