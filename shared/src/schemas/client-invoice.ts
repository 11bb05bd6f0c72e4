import { z } from 'zod/mini';
import { paginationMetaSchema } from './pagination-meta.ts';
import { lenient, lenientAmount, lenientList, lenientText } from './lenient-fields.ts';

const documentItem = z.looseObject({
  title: lenientText,
  description: lenientText,
  quantity: lenientText,
  unit: lenientText,
  unit_price: lenientAmount,
  vat_rate: lenientText,
  vat_exemption_reason: lenientText,
  discount: lenient(z.looseObject({ type: z.string(), value: z.string(), amount: lenientAmount })),
  total_vat: lenientAmount,
  total_amount: lenientAmount,
  subtotal: lenientAmount,
});

/**
 * A client invoice as Qonto returns it, read leniently: unknown fields and enum values pass through, and
 * fields live answers have been seen to send as null or leave out (drafts' `items: null`, amounts, dates)
 * are read as null or empty rather than failing the whole screen.
 */
export const clientInvoiceSchema = z.looseObject({
  id: z.string(),
  organization_id: lenientText,
  number: lenientText,
  invoice_number: lenientText,
  status: z.string(),
  invoice_url: lenientText,
  currency: lenient(z.string()),
  total_amount: lenientAmount,
  total_amount_cents: lenient(z.number()),
  vat_amount: lenientAmount,
  vat_amount_cents: lenient(z.number()),
  issue_date: lenientText,
  due_date: lenientText,
  created_at: lenientText,
  updated_at: lenientText,
  finalized_at: lenientText,
  paid_at: lenientText,
  items: lenientList(documentItem),
  client: lenient(
    z.looseObject({ id: lenientText, name: lenientText, first_name: lenientText, last_name: lenientText, locale: lenientText }),
  ),
  discount: lenient(z.looseObject({ type: z.string(), value: z.string(), amount: lenientAmount })),
  attachment_id: lenientText,
  amount_paid: lenientAmount,
  credit_notes_ids: lenientList(z.string()),
  einvoicing_status: lenientText,
  purchase_order: lenientText,
  header: lenientText,
  footer: lenientText,
  terms_and_conditions: lenientText,
  performance_start_date: lenientText,
  performance_end_date: lenientText,
  upload_id: lenientText,
  stamp_duty_amount: lenientText,
  payment_methods: lenientList(z.looseObject({ iban: lenientText })),
  withholding_tax: lenient(z.looseObject({ reason: lenientText, rate: lenientText, payment_reason: lenientText })),
  welfare_fund: lenient(z.looseObject({ type: lenientText, rate: lenientText })),
  payment_reporting: lenient(z.looseObject({ conditions: lenientText, method: lenientText })),
  einvoicing_lifecycle_events: lenientList(
    z.looseObject({ status_code: lenient(z.number()), reason: lenientText, timestamp: lenientText }),
  ),
});

export type ClientInvoice = z.infer<typeof clientInvoiceSchema>;

export const clientInvoiceResponseSchema = z.looseObject({ client_invoice: clientInvoiceSchema });

/** `GET /v2/client_invoices`: one page of the list. */
export const clientInvoiceListResponseSchema = z.looseObject({ client_invoices: z.array(clientInvoiceSchema), meta: paginationMetaSchema });
