import { z } from 'zod';

const amount = z.looseObject({ value: z.string(), currency: z.string().nullish() });
/** An amount that may be missing, null or malformed in a live answer: read as null, never a failure. */
const optionalAmount = amount.nullish().catch(null);
const optionalText = z.string().nullish().catch(null);

const documentItem = z.looseObject({
  title: optionalText,
  description: optionalText,
  quantity: optionalText,
  unit: optionalText,
  unit_price: optionalAmount,
  vat_rate: optionalText,
  vat_exemption_reason: optionalText,
  discount: z.looseObject({ type: z.string(), value: z.string(), amount: optionalAmount }).nullish().catch(null),
  total_vat: optionalAmount,
  total_amount: optionalAmount,
  subtotal: optionalAmount,
});

/**
 * A client invoice as Qonto returns it, read leniently: unknown fields and enum values pass through, and
 * fields live answers have been seen to send as null or leave out (drafts' `items: null`, amounts, dates)
 * are read as null or empty rather than failing the whole screen.
 */
export const clientInvoiceSchema = z.looseObject({
  id: z.string(),
  organization_id: optionalText,
  number: optionalText,
  invoice_number: optionalText,
  status: z.string(),
  invoice_url: optionalText,
  currency: z.string().nullish().catch(null),
  total_amount: optionalAmount,
  total_amount_cents: z.number().nullish().catch(null),
  vat_amount: optionalAmount,
  vat_amount_cents: z.number().nullish().catch(null),
  issue_date: optionalText,
  due_date: optionalText,
  created_at: optionalText,
  updated_at: optionalText,
  finalized_at: optionalText,
  paid_at: optionalText,
  items: z
    .array(documentItem)
    .nullish()
    .catch(null)
    .transform((items) => items ?? []),
  client: z
    .looseObject({ id: optionalText, name: optionalText, first_name: optionalText, last_name: optionalText, locale: optionalText })
    .nullish()
    .catch(null),
  discount: z.looseObject({ type: z.string(), value: z.string(), amount: optionalAmount }).nullish().catch(null),
  attachment_id: optionalText,
  amount_paid: optionalAmount,
  credit_notes_ids: z
    .array(z.string())
    .nullish()
    .catch(null)
    .transform((ids) => ids ?? []),
  einvoicing_status: optionalText,
  purchase_order: optionalText,
  header: optionalText,
  footer: optionalText,
  terms_and_conditions: optionalText,
  performance_start_date: optionalText,
  performance_end_date: optionalText,
  upload_id: optionalText,
  stamp_duty_amount: optionalText,
  payment_methods: z
    .array(z.looseObject({ iban: optionalText }))
    .nullish()
    .catch(null)
    .transform((methods) => methods ?? []),
  withholding_tax: z.looseObject({ reason: optionalText, rate: optionalText, payment_reason: optionalText }).nullish().catch(null),
  welfare_fund: z.looseObject({ type: optionalText, rate: optionalText }).nullish().catch(null),
  payment_reporting: z.looseObject({ conditions: optionalText, method: optionalText }).nullish().catch(null),
  einvoicing_lifecycle_events: z
    .array(z.looseObject({ status_code: z.number().nullish().catch(null), reason: optionalText, timestamp: optionalText }))
    .nullish()
    .catch(null)
    .transform((events) => events ?? []),
});

export type ClientInvoice = z.infer<typeof clientInvoiceSchema>;

export const clientInvoiceResponseSchema = z.looseObject({ client_invoice: clientInvoiceSchema });
