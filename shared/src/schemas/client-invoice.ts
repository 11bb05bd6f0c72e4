import { z } from 'zod';

const amount = z.looseObject({ value: z.string(), currency: z.string() });

const documentItem = z.looseObject({
  title: z.string(),
  description: z.string().nullish(),
  quantity: z.string(),
  unit: z.string().nullish(),
  unit_price: amount,
  vat_rate: z.string(),
  vat_exemption_reason: z.string().nullish(),
  discount: z.looseObject({ type: z.string(), value: z.string(), amount: amount.optional() }).nullish(),
  total_vat: amount.optional(),
  total_amount: amount.optional(),
  subtotal: amount.optional(),
});

/** A client invoice as Qonto returns it: unknown fields and enum values pass through. */
export const clientInvoiceSchema = z.looseObject({
  id: z.string(),
  organization_id: z.string(),
  number: z.string().nullish(),
  status: z.string(),
  invoice_url: z.string().nullish(),
  currency: z.string(),
  total_amount: amount,
  total_amount_cents: z.number().int(),
  vat_amount: amount,
  vat_amount_cents: z.number().int(),
  issue_date: z.string().nullish(),
  due_date: z.string().nullish(),
  created_at: z.string(),
  items: z.array(documentItem),
  client: z.looseObject({ id: z.string().nullish(), name: z.string().nullish(), first_name: z.string().nullish(), last_name: z.string().nullish() }).nullish(),
  discount: z.looseObject({ type: z.string(), value: z.string(), amount: amount.optional() }).nullish(),
});

export type ClientInvoice = z.infer<typeof clientInvoiceSchema>;

export const clientInvoiceResponseSchema = z.looseObject({ client_invoice: clientInvoiceSchema });
