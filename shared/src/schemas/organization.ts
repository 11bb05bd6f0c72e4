import { z } from 'zod/mini';
import { lenientOrAbsent } from './lenient-fields.ts';

export const bankAccountSchema = z.looseObject({
  id: z.string(),
  slug: z.optional(z.string()),
  iban: z.string(),
  bic: z.optional(z.string()),
  currency: z.optional(z.string()),
  status: z.optional(z.string()),
  main: z.optional(z.boolean()),
  name: z.optional(z.string()),
});

/** `GET /v2/organization`, read leniently. */
export const organizationResponseSchema = z.looseObject({
  organization: z.looseObject({
    id: z.string(),
    slug: z.optional(z.string()),
    legal_name: z.string(),
    legal_country: z.string(),
    legal_form: lenientOrAbsent(z.string()),
    legal_number: lenientOrAbsent(z.string()),
    legal_share_capital: lenientOrAbsent(z.number()),
    vat_number: lenientOrAbsent(z.string()),
    contact_email: lenientOrAbsent(z.string()),
    address: lenientOrAbsent(
      z.looseObject({
        street_address: z.nullish(z.string()),
        zip_code: z.nullish(z.string()),
        city: z.nullish(z.string()),
        country_code: z.nullish(z.string()),
      }),
    ),
    locale: lenientOrAbsent(z.string()),
    bank_accounts: z.array(bankAccountSchema),
  }),
});

export type OrganizationResponse = z.infer<typeof organizationResponseSchema>;
export type BankAccount = z.infer<typeof bankAccountSchema>;

/** `GET /v2/einvoicing/settings`, read leniently: Qonto adds statuses over time. */
export const einvoicingSettingsResponseSchema = z.looseObject({
  sending_status: z.string(),
  receiving_status: z.optional(z.string()),
});

/** `GET /v2/settings`. */
export const settingsResponseSchema = z.looseObject({
  numbering_mode: z.string(),
});
