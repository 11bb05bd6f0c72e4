import BigConstructor from 'big.js';

/** A private big.js constructor: settings here never leak into another package's copy. */
export const Decimal = BigConstructor();
Decimal.DP = 30;
Decimal.RM = BigConstructor.roundHalfUp;
export type Decimal = InstanceType<typeof Decimal>;

/** A canonical decimal string: digits, optionally a dot and more digits. No sign, no exponent, no spaces. */
export const unsignedDecimalPattern = /^\d{1,15}(\.\d{1,10})?$/;

export function isUnsignedDecimal(value: string): boolean {
  return unsignedDecimalPattern.test(value);
}

/** The decimal a canonical string holds, or undefined for anything else (never throws). */
export function parseDecimal(value: unknown): Decimal | undefined {
  return typeof value === 'string' && isUnsignedDecimal(value) ? new Decimal(value) : undefined;
}

export function decimal(value: string | number | Decimal): Decimal {
  return new Decimal(value);
}

/** Money is held to the cent and rounded half away from zero, the way invoices are printed. */
export function roundMoney(value: Decimal): Decimal {
  return value.round(2, BigConstructor.roundHalfUp);
}

export function sumDecimals(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Decimal(0));
}
