import { z } from 'zod/mini';
import { invoiceCurrencies } from '../constants/currencies.ts';
import { decimalString } from './field-formats.ts';

export const invoiceSettingsOverrideSchema = z.strictObject({
  vat_number: z.optional(z.string()),
  company_leadership: z.optional(z.string()),
  district_court: z.optional(z.string()),
  commercial_register_number: z.optional(z.string()),
  tax_number: z.optional(z.string()),
  legal_capital_share: z.optional(
    z.strictObject({
      value: decimalString.check(z.maxLength(12)),
      currency: z.enum(invoiceCurrencies),
    }),
  ),
  transaction_type: z.optional(z.enum(['goods', 'services', 'goods_and_services'])),
  vat_payment_condition: z.optional(z.enum(['on_receipts', 'compensated_for_sales'])),
  discount_conditions: z.optional(z.nullable(z.string())),
  late_payment_penalties: z.optional(z.nullable(z.string())),
  legal_fixed_compensation: z.optional(z.nullable(z.string())),
});

export type InvoiceSettingsOverride = z.infer<typeof invoiceSettingsOverrideSchema>;
