import { z } from 'zod';

export const bankAccountSchema = z.looseObject({
  id: z.string(),
  slug: z.string().optional(),
  iban: z.string(),
  bic: z.string().optional(),
  currency: z.string().optional(),
  status: z.string().optional(),
  main: z.boolean().optional(),
  name: z.string().optional(),
});

/** `GET /v2/organization`, read leniently. */
export const organizationResponseSchema = z.looseObject({
  organization: z.looseObject({
    id: z.string(),
    slug: z.string().optional(),
    legal_name: z.string(),
    legal_country: z.string(),
    legal_form: z.string().nullish().catch(undefined),
    legal_number: z.string().nullish().catch(undefined),
    legal_share_capital: z.number().nullish().catch(undefined),
    vat_number: z.string().nullish().catch(undefined),
    contact_email: z.string().nullish().catch(undefined),
    address: z
      .looseObject({
        street_address: z.string().nullish(),
        zip_code: z.string().nullish(),
        city: z.string().nullish(),
        country_code: z.string().nullish(),
      })
      .nullish()
      .catch(undefined),
    locale: z.string().nullish().catch(undefined),
    bank_accounts: z.array(bankAccountSchema),
  }),
});

export type OrganizationResponse = z.infer<typeof organizationResponseSchema>;
export type BankAccount = z.infer<typeof bankAccountSchema>;

/** `GET /v2/einvoicing/settings`, read leniently: Qonto adds statuses over time. */
export const einvoicingSettingsResponseSchema = z.looseObject({
  sending_status: z.string(),
  receiving_status: z.string().optional(),
});

/** `GET /v2/settings`. */
export const settingsResponseSchema = z.looseObject({
  numbering_mode: z.string(),
});
