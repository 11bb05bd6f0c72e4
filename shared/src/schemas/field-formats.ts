import { z } from 'zod/mini';
import { parseDecimal, unsignedDecimalPattern } from '../money/decimal.ts';

/** Why a refinement failed, carried to the Qonto error it becomes. */
export interface RuleParams {
  code?: 'invalid' | 'missing_field' | 'invalid_format' | 'invalid_client_id' | 'invalid_iban';
  validationParam?: string;
}

/** Cross-field rules run even when a field already failed, so every problem is reported at once. */
export const alwaysCheck = { when: () => true };

export const decimalString = z
  .string()
  .check(z.regex(unsignedDecimalPattern, { message: 'must be a decimal number written with a dot, like 12.50', abort: true }));

export const positiveDecimalString = decimalString.check(
  z.refine((value) => parseDecimal(value)?.gt(0) === true, { message: 'must be greater than 0' }),
);

/** A rate written as a fraction: "0.2" is 20 %. */
export const rateString = decimalString.check(
  z.refine((value) => parseDecimal(value)?.lte(1) === true, { message: 'must be a fraction between 0 and 1 (0.2 is 20 %)' }),
);

export const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

export const discountSchema = z
  .strictObject({
    type: z.enum(['percentage', 'absolute']),
    value: decimalString,
  })
  .check(
    z.superRefine((discount, ctx) => {
      if (typeof discount !== 'object' || discount === null) return;
      const value = parseDecimal(discount.value);
      if (value === undefined) return;
      if (discount.type === 'percentage' && (value.lt('0.0001') || value.gt(1))) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'a percentage discount must be between 0.0001 (0.01 %) and 1 (100 %)',
          params: { validationParam: 'Percentage' } satisfies RuleParams,
        });
      }
      if (discount.type === 'absolute' && value.eq(0)) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'an amount discount must be greater than 0' });
      }
    }, alwaysCheck),
  );

export type DiscountPayload = z.infer<typeof discountSchema>;
