import { z } from 'zod/mini';
import { lenientOrAbsent } from './lenient-fields.ts';
import { invoiceCurrencies } from '../constants/currencies.ts';

export const clientLocales = ['fr', 'en', 'it', 'de', 'es'] as const;

export const clientAddressSchema = z.strictObject({
  street_address: z.string().check(z.minLength(1), z.maxLength(250)),
  city: z.string().check(z.minLength(1), z.maxLength(50)),
  zip_code: z.string().check(z.minLength(1), z.maxLength(20)),
  province_code: z.optional(z.string().check(z.maxLength(2))),
  country_code: z.string().check(z.regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166 alpha-2 code like FR' })),
});

const clientKinds = ['company', 'individual', 'freelancer'] as const;
const deprecatedAddressFields = ['address', 'city', 'zip_code', 'province_code', 'country_code'] as const;

/** The fields a client is described by, in a create and in an update alike. */
const clientFields = {
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(250))),
  first_name: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
  last_name: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
  email: z.optional(z.email({ message: 'must be an e-mail address' })),
  extra_emails: z.optional(z.array(z.email({ message: 'must be an e-mail address' }))),
  phone: z.optional(z.strictObject({ country_code: z.string().check(z.minLength(1)), number: z.string().check(z.minLength(1)) })),
  e_invoicing_address: z.optional(z.string().check(z.minLength(1))),
  vat_number: z.optional(z.string().check(z.maxLength(20))),
  tax_identification_number: z.optional(z.string().check(z.maxLength(30))),
  address: z.optional(z.string().check(z.minLength(1), z.maxLength(250))),
  city: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
  zip_code: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
  province_code: z.optional(z.string().check(z.maxLength(2))),
  country_code: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166 alpha-2 code like FR' }))),
  billing_address: z.optional(clientAddressSchema),
  delivery_address: z.optional(clientAddressSchema),
  recipient_code: z.optional(z.string().check(z.maxLength(7))),
  currency: z.optional(z.enum(invoiceCurrencies)),
  locale: z.optional(z.enum([...clientLocales, 'FR', 'EN', 'IT', 'DE', 'ES'])),
};

type ClientFields = { [K in keyof typeof clientFields]?: z.infer<(typeof clientFields)[K]> };

/** The deprecated top-level address fields come all together, unless `billing_address` is sent. */
function checkFlatAddress(client: ClientFields, ctx: z.core.$RefinementCtx): void {
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
  .strictObject({ kind: z.optional(z.enum(clientKinds)), type: z.optional(z.enum(clientKinds)), ...clientFields })
  .check(
    z.superRefine((client, ctx) => {
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
    }),
  );

/**
 * `PATCH /v2/clients/{id}` body, as Qonto's "Update a client" page documents it: the create's fields
 * without `kind` (a client keeps its kind), each optional; the fields sent replace the client's.
 */
export const clientUpdatePayloadSchema = z.strictObject(clientFields).check(z.superRefine(checkFlatAddress));

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
  street_address: z.nullish(z.string()),
  city: z.nullish(z.string()),
  zip_code: z.nullish(z.string()),
  province_code: z.nullish(z.string()),
  country_code: z.nullish(z.string()),
});

/** A client as Qonto returns it, read leniently. */
export const clientSchema = z.looseObject({
  id: z.string(),
  extra_emails: lenientOrAbsent(z.array(z.string())),
  e_invoicing_reachable: lenientOrAbsent(z.boolean()),
  updated_at: z.nullish(z.string()),
  kind: z.optional(z.string()),
  type: z.optional(z.string()),
  name: z.nullish(z.string()),
  first_name: z.nullish(z.string()),
  last_name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  vat_number: z.nullish(z.string()),
  tax_identification_number: z.nullish(z.string()),
  billing_address: z.nullish(address),
  delivery_address: z.nullish(address),
  currency: z.nullish(z.string()),
  locale: z.nullish(z.string()),
});

export type Client = z.infer<typeof clientSchema>;

export function clientDisplayName(client: Pick<Client, 'name' | 'first_name' | 'last_name'>): string {
  return client.name ?? [client.first_name, client.last_name].filter(Boolean).join(' ');
}
