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

const clientKinds = ['company', 'individual', 'freelancer'] as const;
const deprecatedAddressFields = ['address', 'city', 'zip_code', 'province_code', 'country_code'] as const;

/** The fields a client is described by, in a create and in an update alike. */
const clientFields = {
  name: z.string().min(1).max(250).optional(),
  first_name: z.string().min(1).max(60).optional(),
  last_name: z.string().min(1).max(60).optional(),
  email: z.email({ message: 'must be an e-mail address' }).optional(),
  extra_emails: z.array(z.email({ message: 'must be an e-mail address' })).optional(),
  phone: z.strictObject({ country_code: z.string().min(1), number: z.string().min(1) }).optional(),
  e_invoicing_address: z.string().min(1).optional(),
  vat_number: z.string().max(20).optional(),
  tax_identification_number: z.string().max(30).optional(),
  address: z.string().min(1).max(250).optional(),
  city: z.string().min(1).max(50).optional(),
  zip_code: z.string().min(1).max(20).optional(),
  province_code: z.string().max(2).optional(),
  country_code: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166 alpha-2 code like FR' })
    .optional(),
  billing_address: clientAddressSchema.optional(),
  delivery_address: clientAddressSchema.optional(),
  recipient_code: z.string().max(7).optional(),
  currency: z.enum(invoiceCurrencies).optional(),
  locale: z.enum([...clientLocales, 'FR', 'EN', 'IT', 'DE', 'ES']).optional(),
};

type ClientFields = { [K in keyof typeof clientFields]?: z.infer<(typeof clientFields)[K]> };

/** The deprecated top-level address fields come all together, unless `billing_address` is sent. */
function checkFlatAddress(client: ClientFields, ctx: z.RefinementCtx): void {
  const flat = deprecatedAddressFields.filter((field) => client[field] !== undefined);
  if (client.billing_address !== undefined || flat.length === 0) return;
  for (const field of ['address', 'city', 'zip_code', 'country_code'] as const) {
    if (client[field] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `\`${field}\` is required with the other top-level address fields (or send \`billing_address\`).`,
        params: { code: 'missing_field' },
      });
    }
  }
}

/**
 * `POST /v2/clients` body (flat), as Qonto's "Create a client" page documents it: `kind` (or its twin
 * `type`), contact fields, `phone`, `extra_emails`, `e_invoicing_address`, and the deprecated top-level
 * address fields, which become `billing_address` when no `billing_address` is sent.
 */
export const clientCreatePayloadSchema = z
  .strictObject({ kind: z.enum(clientKinds).optional(), type: z.enum(clientKinds).optional(), ...clientFields })
  .superRefine((client, ctx) => {
    if (client.kind === undefined && client.type === undefined) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: '`kind` is required.', params: { code: 'missing_field' } });
      return;
    }
    if (client.kind !== undefined && client.type !== undefined && client.kind !== client.type) {
      ctx.addIssue({ code: 'custom', path: ['type'], message: '`type` must equal `kind` when both are sent.' });
    }
    const kind = client.kind ?? client.type;
    if (kind === 'company' && client.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'A company needs a name.', params: { code: 'missing_field' } });
    }
    if (kind !== 'company') {
      for (const field of ['first_name', 'last_name'] as const) {
        if (client[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `${kind === 'individual' ? 'An' : 'A'} ${kind} needs a ${field.replace('_', ' ')}.`,
            params: { code: 'missing_field' },
          });
        }
      }
    }
    checkFlatAddress(client, ctx);
  });

/**
 * `PATCH /v2/clients/{id}` body, as Qonto's "Update a client" page documents it: the create's fields
 * without `kind` (a client keeps its kind), each optional; the fields sent replace the client's.
 */
export const clientUpdatePayloadSchema = z.strictObject(clientFields).superRefine(checkFlatAddress);

export type ClientUpdatePayload = z.infer<typeof clientUpdatePayloadSchema>;

/** The billing address a create payload describes: `billing_address`, else the deprecated top-level fields. */
export function billingAddressOf(payload: ClientFields): z.infer<typeof clientAddressSchema> | undefined {
  if (payload.billing_address) return payload.billing_address;
  if (payload.address === undefined || payload.city === undefined || payload.zip_code === undefined || payload.country_code === undefined)
    return undefined;
  return {
    street_address: payload.address,
    city: payload.city,
    zip_code: payload.zip_code,
    country_code: payload.country_code,
    ...(payload.province_code === undefined ? {} : { province_code: payload.province_code }),
  };
}

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
  extra_emails: z.array(z.string()).nullish().catch(undefined),
  e_invoicing_reachable: z.boolean().nullish().catch(undefined),
  updated_at: z.string().nullish(),
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
