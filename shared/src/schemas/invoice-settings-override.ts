import { z } from 'zod';
import { invoiceCurrencies } from '../constants/currencies.ts';
import { decimalString } from './field-formats.ts';

export const invoiceSettingsOverrideSchema = z.strictObject({
  vat_number: z.string().optional(),
  company_leadership: z.string().optional(),
  district_court: z.string().optional(),
  commercial_register_number: z.string().optional(),
  tax_number: z.string().optional(),
  legal_capital_share: z
    .strictObject({
      value: decimalString.max(12),
      currency: z.enum(invoiceCurrencies),
    })
    .optional(),
  transaction_type: z.enum(['goods', 'services', 'goods_and_services']).optional(),
  vat_payment_condition: z.enum(['on_receipts', 'compensated_for_sales']).optional(),
  discount_conditions: z.string().nullable().optional(),
  late_payment_penalties: z.string().nullable().optional(),
  legal_fixed_compensation: z.string().nullable().optional(),
});

export type InvoiceSettingsOverride = z.infer<typeof invoiceSettingsOverrideSchema>;
