import { z } from 'zod/mini';
import { itemCurrency } from '../constants/currencies.ts';
import { vatExemptionReasons } from '../constants/italian-codes.ts';
import { itemUnitMaxLength } from '../constants/units.ts';
import { parseDecimal } from '../money/decimal.ts';
import { alwaysCheck, decimalString, discountSchema, positiveDecimalString, rateString, type RuleParams } from './field-formats.ts';

export const documentItemPayloadSchema = z
  .strictObject({
    title: z.string().check(z.minLength(1), z.maxLength(40)),
    description: z.optional(z.string().check(z.maxLength(1800))),
    quantity: positiveDecimalString,
    unit: z.optional(z.string().check(z.minLength(1), z.maxLength(itemUnitMaxLength))),
    unit_price: z.strictObject({
      value: decimalString,
      // The reference: "Item's currency. Currently, only value allowed is EUR."
      currency: z.literal(itemCurrency, { message: 'Currently, only value allowed is EUR' }),
    }),
    vat_rate: rateString,
    vat_exemption_reason: z.optional(z.enum(vatExemptionReasons)),
    discount: z.optional(discountSchema),
  })
  .check(
    z.superRefine((item, ctx) => {
      if (typeof item !== 'object' || item === null) return;
      if (item.vat_exemption_reason !== undefined && parseDecimal(item.vat_rate)?.eq(0) === false) {
        ctx.addIssue({
          code: 'custom',
          path: ['vat_exemption_reason'],
          message: 'an exemption reason is only allowed when the VAT rate is 0',
          params: { validationParam: 'VatRate' } satisfies RuleParams,
        });
      }
      const quantity = parseDecimal(item.quantity);
      const unitPrice = parseDecimal(item.unit_price?.value);
      const discount = parseDecimal(item.discount?.value);
      if (item.discount?.type === 'absolute' && quantity && unitPrice && discount) {
        const ceiling = quantity.times(unitPrice);
        if (discount.gt(ceiling)) {
          ctx.addIssue({
            code: 'custom',
            path: ['discount', 'value'],
            message: `an amount discount cannot exceed quantity × unit price (${ceiling.toFixed(2)})`,
            params: { validationParam: 'Subtotal' } satisfies RuleParams,
          });
        }
      }
    }, alwaysCheck),
  );

export type DocumentItemPayload = z.infer<typeof documentItemPayloadSchema>;
