import { z } from 'zod/mini';
import { itemCurrency } from '../constants/currencies.ts';
import { documentItemPayloadSchema } from './document-item-payload.ts';
import { isoDate } from './field-formats.ts';
import { lenient, lenientAmount, lenientList, lenientText } from './lenient-fields.ts';

/** Limits of the send dialog's fields, as Qonto's send form enforces them. */
export const sendLimits = { recipients: 10, titleMaxLength: 200, bodyMaxLength: 5000 } as const;

const email = z.email({ message: 'must be an email address' });

/** `POST /v2/client_invoices/{id}/send`. There is no cc field: `copy_to_self` sends a copy to the user. */
export const sendInvoicePayloadSchema = z.strictObject({
  send_to: z.array(email).check(z.minLength(1, { message: 'add at least one recipient' }), z.maxLength(sendLimits.recipients)),
  email_title: z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }), z.maxLength(sendLimits.titleMaxLength)),
  email_body: z.optional(z.string().check(z.maxLength(sendLimits.bodyMaxLength))),
  copy_to_self: z.optional(z.boolean()),
});
export type SendInvoicePayload = z.infer<typeof sendInvoicePayloadSchema>;

/** `POST /v2/client_invoices/{id}/mark_as_paid`: the date defaults to today and may not be in the future. */
export const markAsPaidPayloadSchema = z.strictObject({ paid_at: z.optional(isoDate) });
export type MarkAsPaidPayload = z.infer<typeof markAsPaidPayloadSchema>;

/** `POST /v2/credit_notes`: quantities are written positive; Qonto negates them. */
export const creditNoteCreatePayloadSchema = z.strictObject({
  invoice_id: z.uuid({ message: 'must be the id of an invoice' }),
  issue_date: isoDate,
  reason: z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }), z.maxLength(500)),
  currency: z.literal(itemCurrency),
  number: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  items: z.array(documentItemPayloadSchema).check(z.minLength(1, { message: 'credit at least one line' })),
});
export type CreditNoteCreatePayload = z.infer<typeof creditNoteCreatePayloadSchema>;

/** A credit note as Qonto returns it, read leniently. */
export const creditNoteSchema = z.looseObject({
  id: z.string(),
  invoice_id: lenientText,
  number: lenientText,
  issue_date: lenientText,
  reason: lenientText,
  currency: lenientText,
  total_amount: lenientAmount,
  vat_amount: lenientAmount,
  created_at: lenientText,
  items: lenientList(
    z.looseObject({
      title: lenientText,
      quantity: lenientText,
      unit_price: lenientAmount,
      vat_rate: lenientText,
    }),
  ),
});
export type CreditNote = z.infer<typeof creditNoteSchema>;

/** `GET /v2/attachments/{id}`: the file behind an invoice, its `url` short-lived. */
export const attachmentSchema = z.looseObject({
  id: z.string(),
  file_name: lenientText,
  file_size: lenient(z.union([z.string(), z.number()])),
  file_content_type: lenientText,
  url: lenientText,
  created_at: lenientText,
  updated_at: lenientText,
});
export type Attachment = z.infer<typeof attachmentSchema>;
