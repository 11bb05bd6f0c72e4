import type { InvoiceSettingsOverride } from '@composer/shared';
import type { ClientRecord } from '../seed/demo-clients.ts';
import type { OrganizationRecord } from '../seed/demo-organizations.ts';

function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}

/** The client as frozen on the invoice; absent values are left out rather than sent as null. */
export function embeddedClient(client: ClientRecord): Record<string, unknown> {
  return withoutNulls({
    id: client.id,
    name: client.kind === 'company' ? client.name : null,
    first_name: client.kind === 'company' ? null : client.first_name,
    last_name: client.kind === 'company' ? null : client.last_name,
    type: client.kind,
    email: client.email,
    vat_number: client.vat_number,
    tax_identification_number: client.tax_identification_number,
    address: client.address,
    city: client.city,
    zip_code: client.zip_code,
    province_code: client.province_code,
    country_code: client.country_code,
    recipient_code: client.recipient_code,
    locale: client.locale,
    billing_address: client.billing_address ? withoutNulls({ ...client.billing_address }) : null,
    delivery_address: client.delivery_address ? withoutNulls({ ...client.delivery_address }) : null,
  });
}

/** The organization at issue time, with this invoice's overrides applied. */
export function embeddedOrganization(organization: OrganizationRecord, settings: InvoiceSettingsOverride = {}): Record<string, unknown> {
  return withoutNulls({
    id: organization.id,
    legal_name: organization.legal_name,
    legal_number: organization.legal_number,
    legal_country: organization.legal_country,
    address_line_1: organization.address.street_address,
    address_zipcode: organization.address.zip_code,
    address_city: organization.address.city,
    address_country: organization.address.country_code,
    vat_number: settings.vat_number ?? organization.vat_number,
    company_leadership: settings.company_leadership,
    district_court: settings.district_court,
    commercial_register_number: settings.commercial_register_number,
    tax_number: settings.tax_number,
    legal_capital_share: settings.legal_capital_share,
    transaction_type: settings.transaction_type,
    vat_payment_condition: settings.vat_payment_condition,
  });
}
