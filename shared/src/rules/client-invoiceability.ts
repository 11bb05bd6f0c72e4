import type { OrganizationProfile } from './organization-profile.ts';

/** The facts about a client that decide whether Qonto will invoice it. */
export interface ClientFacts {
  kind: string;
  currency: string | null;
  locale: string | null;
  hasBillingAddress: boolean;
  countryCode: string | null;
  provinceCode: string | null;
  taxIdentificationNumber: string | null;
}

interface ClientLike {
  kind?: string | null | undefined;
  type?: string | null | undefined;
  currency?: string | null | undefined;
  locale?: string | null | undefined;
  tax_identification_number?: string | null | undefined;
  billing_address?: { street_address?: string | null; province_code?: string | null; country_code?: string | null } | null | undefined;
}

/** Reads the facts from a client as Qonto returns it (or as the emulator stores it). */
export function clientFacts(client: ClientLike): ClientFacts {
  const address = client.billing_address ?? null;
  return {
    kind: client.kind ?? client.type ?? 'company',
    currency: client.currency ?? null,
    locale: client.locale ?? null,
    hasBillingAddress: Boolean(address?.street_address),
    countryCode: address?.country_code ?? null,
    provinceCode: address?.province_code || null,
    taxIdentificationNumber: client.tax_identification_number || null,
  };
}

export type ClientIssueCode =
  'no_currency' | 'currency_not_invoiceable' | 'no_locale' | 'no_billing_address' | 'no_siren' | 'no_province_code';

export interface ClientIssue {
  code: ClientIssueCode;
  /** The invoice field Qonto reports it on. */
  invoiceField: 'currency' | 'client_id';
  /** What is wrong and how to fix it, in a sentence a user can act on. */
  message: string;
}

/**
 * Item prices can only be in EUR: the reference says of `items[].unit_price.currency` "Currently, only value
 * allowed is EUR", and an invoice's items are in the invoice's currency, which "inherits" the client's.
 */
export const invoiceableCurrency = 'EUR';

/** Why Qonto would refuse to invoice this client for this organization; empty when it can be invoiced. */
export function clientIssues(client: ClientFacts, organization: Pick<OrganizationProfile, 'needsClientProvinceCode'>): ClientIssue[] {
  const issues: ClientIssue[] = [];
  if (client.currency === null) {
    issues.push({
      code: 'no_currency',
      invoiceField: 'currency',
      message: 'The client has no currency: set one on the client (the invoice currency comes from the client).',
    });
  } else if (client.currency !== invoiceableCurrency) {
    issues.push({
      code: 'currency_not_invoiceable',
      invoiceField: 'currency',
      message: `The client is billed in ${client.currency}, but Qonto's API takes item prices in EUR only: set the client's currency to EUR, or create this invoice in the Qonto app.`,
    });
  }
  if (client.locale === null)
    issues.push({ code: 'no_locale', invoiceField: 'client_id', message: 'The client has no language (locale): set one on the client.' });
  if (!client.hasBillingAddress)
    issues.push({
      code: 'no_billing_address',
      invoiceField: 'client_id',
      message: 'The client has no billing address: add one to the client.',
    });
  if (client.kind === 'company' && client.countryCode === 'FR' && client.taxIdentificationNumber === null) {
    issues.push({
      code: 'no_siren',
      invoiceField: 'client_id',
      message: 'The client is a French company without SIREN/SIRET: add its tax identification number to the client.',
    });
  }
  if (organization.needsClientProvinceCode && client.provinceCode === null) {
    issues.push({
      code: 'no_province_code',
      invoiceField: 'client_id',
      message:
        "The client's billing address has no province code (e.g. MI), which Italian organizations must send: add it to the client's address.",
    });
  }
  return issues;
}
