import { z } from 'zod';
import { itemCurrency } from '../constants/currencies.ts';
import { documentItemPayloadSchema } from './document-item-payload.ts';
import { isoDate } from './field-formats.ts';

/** Limits of the send dialog's fields, as Qonto's send form enforces them. */
export const sendLimits = { recipients: 10, titleMaxLength: 200, bodyMaxLength: 5000 } as const;

const email = z.email({ message: 'must be an email address' });

/** `POST /v2/client_invoices/{id}/send`. There is no cc field: `copy_to_self` sends a copy to the user. */
export const sendInvoicePayloadSchema = z.strictObject({
  send_to: z.array(email).min(1, { message: 'add at least one recipient' }).max(sendLimits.recipients),
  email_title: z.string().trim().min(1, { message: 'must not be empty' }).max(sendLimits.titleMaxLength),
  email_body: z.string().max(sendLimits.bodyMaxLength).optional(),
  copy_to_self: z.boolean().optional(),
});
export type SendInvoicePayload = z.infer<typeof sendInvoicePayloadSchema>;

/** `POST /v2/client_invoices/{id}/mark_as_paid`: the date defaults to today and may not be in the future. */
export const markAsPaidPayloadSchema = z.strictObject({ paid_at: isoDate.optional() });
export type MarkAsPaidPayload = z.infer<typeof markAsPaidPayloadSchema>;

/** `POST /v2/credit_notes`: quantities are written positive; Qonto negates them. */
export const creditNoteCreatePayloadSchema = z.strictObject({
  invoice_id: z.uuid({ message: 'must be the id of an invoice' }),
  issue_date: isoDate,
  reason: z.string().trim().min(1, { message: 'must not be empty' }).max(500),
  currency: z.literal(itemCurrency),
  number: z.string().min(1).max(40).optional(),
  items: z.array(documentItemPayloadSchema).min(1, { message: 'credit at least one line' }),
});
export type CreditNoteCreatePayload = z.infer<typeof creditNoteCreatePayloadSchema>;

const amount = z.looseObject({ value: z.string(), currency: z.string().nullish() });
const optionalText = z.string().nullish().catch(null);

/** A credit note as Qonto returns it, read leniently. */
export const creditNoteSchema = z.looseObject({
  id: z.string(),
  invoice_id: optionalText,
  number: optionalText,
  issue_date: optionalText,
  reason: optionalText,
  currency: optionalText,
  total_amount: amount.nullish().catch(null),
  vat_amount: amount.nullish().catch(null),
  created_at: optionalText,
  items: z
    .array(z.looseObject({ title: optionalText, quantity: optionalText, unit_price: amount.nullish().catch(null), vat_rate: optionalText }))
    .nullish()
    .catch(null)
    .transform((items) => items ?? []),
});
export type CreditNote = z.infer<typeof creditNoteSchema>;

/** `GET /v2/attachments/{id}`: the file behind an invoice, its `url` short-lived. */
export const attachmentSchema = z.looseObject({
  id: z.string(),
  file_name: optionalText,
  file_size: z.union([z.string(), z.number()]).nullish().catch(null),
  file_content_type: optionalText,
  url: optionalText,
  created_at: optionalText,
  updated_at: optionalText,
});
export type Attachment = z.infer<typeof attachmentSchema>;
