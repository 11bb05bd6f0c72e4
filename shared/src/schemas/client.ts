import { z } from 'zod';
import { invoiceCurrencies } from '../constants/currencies.ts';

export const clientLocales = ['fr', 'en', 'it', 'de', 'es'] as const;

export const clientAddressSchema = z.strictObject({
  street_address: z.string().min(1).max(250),
  city: z.string().min(1).max(50),
  zip_code: z.string().min(1).max(20),
  province_code: z.string().max(2).optional(),
  country_code: z.string().regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166 alpha-2 code like FR' }),
});

/** `POST /v2/clients` body (flat). */
export const clientCreatePayloadSchema = z
  .strictObject({
    kind: z.enum(['company', 'individual', 'freelancer']),
    name: z.string().min(1).max(250).optional(),
    first_name: z.string().min(1).max(60).optional(),
    last_name: z.string().min(1).max(60).optional(),
    email: z.email({ message: 'must be an e-mail address' }).optional(),
    vat_number: z.string().max(20).optional(),
    tax_identification_number: z.string().max(30).optional(),
    billing_address: clientAddressSchema.optional(),
    delivery_address: clientAddressSchema.optional(),
    recipient_code: z.string().max(7).optional(),
    currency: z.enum(invoiceCurrencies).optional(),
    locale: z.enum(clientLocales).optional(),
  })
  .superRefine((client, ctx) => {
    if (client.kind === 'company' && client.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'A company needs a name.', params: { code: 'missing_field' } });
    }
    if (client.kind !== 'company') {
      for (const field of ['first_name', 'last_name'] as const) {
        if (client[field] === undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: `${client.kind === 'individual' ? 'An' : 'A'} ${client.kind} needs a ${field.replace('_', ' ')}.`, params: { code: 'missing_field' } });
        }
      }
    }
  });

export type ClientCreatePayload = z.infer<typeof clientCreatePayloadSchema>;

const address = z.looseObject({
  street_address: z.string().nullish(),
  city: z.string().nullish(),
  zip_code: z.string().nullish(),
  province_code: z.string().nullish(),
  country_code: z.string().nullish(),
});

/** A client as Qonto returns it, read leniently. */
export const clientSchema = z.looseObject({
  id: z.string(),
  kind: z.string().optional(),
  type: z.string().optional(),
  name: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  email: z.string().nullish(),
  vat_number: z.string().nullish(),
  tax_identification_number: z.string().nullish(),
  billing_address: address.nullish(),
  delivery_address: address.nullish(),
  currency: z.string().nullish(),
  locale: z.string().nullish(),
});

export type Client = z.infer<typeof clientSchema>;

export function clientDisplayName(client: Pick<Client, 'name' | 'first_name' | 'last_name'>): string {
  return client.name ?? [client.first_name, client.last_name].filter(Boolean).join(' ');
}
