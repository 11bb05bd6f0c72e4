import { z } from 'zod/mini';
import { itemCurrency } from '../constants/currencies.ts';
import { vatExemptionReasons } from '../constants/italian-codes.ts';
import { itemUnitMaxLength } from '../constants/units.ts';
import { qontoError, type QontoError } from '../errors/error-envelope.ts';
import { parseDecimal } from '../money/decimal.ts';
import type { OrganizationProfile } from '../rules/organization-profile.ts';
import { decimalString, rateString } from './field-formats.ts';
import { paginationMetaSchema } from './pagination-meta.ts';

export const productTypes = ['good', 'service'] as const;

/** `POST /v2/products`, as Qonto's "Create a product" page documents it. */
export const productCreatePayloadSchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  type: z.enum(productTypes),
  unit_price: z.strictObject({
    value: decimalString,
    currency: z.literal(itemCurrency, { message: 'Currently, only value allowed is EUR' }),
  }),
  vat_rate: rateString,
  description: z.optional(z.string().check(z.maxLength(600))),
  internal_note: z.optional(z.string().check(z.maxLength(600))),
  unit: z.optional(z.string().check(z.minLength(1), z.maxLength(itemUnitMaxLength))),
  vat_exemption_code: z.optional(z.enum(vatExemptionReasons)),
  links: z.optional(
    z
      .array(z.strictObject({ title: z.string().check(z.minLength(1), z.maxLength(120)), url: z.url({ message: 'must be a URL' }) }))
      .check(z.maxLength(10)),
  ),
});

export type ProductCreatePayload = z.infer<typeof productCreatePayloadSchema>;

/** The organization's rules on a product: the same exemption codes as on an invoice line. */
export function checkProductInContext(
  product: ProductCreatePayload,
  profile: Pick<OrganizationProfile, 'exemptionCodes' | 'exemptionRequiredAtZeroRate'>,
): QontoError[] {
  const pointer = '/data/attributes/vat_exemption_code';
  const zeroRate = parseDecimal(product.vat_rate)?.eq(0) === true;
  if (product.vat_exemption_code !== undefined && !zeroRate) {
    return [qontoError(422, { code: 'invalid', detail: 'An exemption code is only allowed when the VAT rate is 0.', pointer })];
  }
  if (profile.exemptionRequiredAtZeroRate && zeroRate && product.vat_exemption_code === undefined) {
    return [
      qontoError(422, {
        code: 'missing_field',
        detail: 'Italian organizations must give an exemption code (N-code) for a 0 % VAT product.',
        pointer,
      }),
    ];
  }
  if (product.vat_exemption_code !== undefined && !profile.exemptionCodes.includes(product.vat_exemption_code)) {
    return [qontoError(422, { code: 'invalid', detail: "This exemption code is not one of the organization's country.", pointer })];
  }
  return [];
}

/** A product as Qonto answers it, read leniently (Qonto adds fields without notice). */
export const productSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  type: z.nullish(z.string()),
  description: z.nullish(z.string()),
  internal_note: z.nullish(z.string()),
  unit_price: z.looseObject({ value: z.string(), currency: z.nullish(z.string()) }),
  vat_rate: z.string(),
  unit: z.nullish(z.string()),
  vat_exemption_code: z.nullish(z.string()),
  created_at: z.nullish(z.string()),
  updated_at: z.nullish(z.string()),
});

export type Product = z.infer<typeof productSchema>;

export const productListResponseSchema = z.looseObject({ products: z.array(productSchema), meta: paginationMetaSchema });
export const productResponseSchema = z.looseObject({ product: productSchema });
