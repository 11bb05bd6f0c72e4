export interface AddressRecord {
  street_address: string;
  city: string;
  zip_code: string;
  province_code: string | null;
  country_code: string;
}

export interface ClientRecord {
  id: string;
  kind: 'company' | 'individual' | 'freelancer';
  type: 'company' | 'individual' | 'freelancer';
  name: string | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  vat_number: string | null;
  tax_identification_number: string | null;
  address: string | null;
  city: string | null;
  zip_code: string | null;
  province_code: string | null;
  country_code: string | null;
  billing_address: AddressRecord | null;
  delivery_address: AddressRecord | null;
  recipient_code: string | null;
  currency: string | null;
  locale: string | null;
  phone: { country_code: string; number: string } | null;
  phone_number: string | null;
  extra_emails: string[];
  e_invoicing_address: string | null;
  /** Whether the client can receive e-invoices through a platform (seen in live answers). */
  e_invoicing_reachable: boolean;
  created_at: string;
  updated_at: string;
}

export type ClientSeed = Pick<ClientRecord, 'kind' | 'currency' | 'locale'> &
  Partial<
    Pick<
      ClientRecord,
      | 'name'
      | 'first_name'
      | 'last_name'
      | 'email'
      | 'vat_number'
      | 'tax_identification_number'
      | 'recipient_code'
      | 'phone'
      | 'extra_emails'
      | 'e_invoicing_address'
      | 'e_invoicing_reachable'
    >
  > & {
    address?: AddressRecord;
    delivery?: AddressRecord;
  };

const seeds: ClientSeed[] = [
  {
    kind: 'company',
    name: 'Atelier Durand SARL',
    email: 'compta@atelier-durand.example',
    extra_emails: ['direction@atelier-durand.example'],
    e_invoicing_reachable: true,
    e_invoicing_address: '510987654',
    phone: { country_code: '+33', number: '478123456' },
    vat_number: 'FR32510987654',
    tax_identification_number: '51098765400017',
    currency: 'EUR',
    locale: 'fr',
    address: { street_address: '4 place Bellecour', city: 'Lyon', zip_code: '69002', province_code: null, country_code: 'FR' },
  },
  {
    kind: 'company',
    name: 'Boulangerie Martin',
    email: 'contact@boulangerie-martin.example',
    e_invoicing_reachable: true,
    e_invoicing_address: '423456789',
    tax_identification_number: '42345678900021',
    currency: 'EUR',
    locale: 'fr',
    address: { street_address: '18 rue Sainte-Catherine', city: 'Bordeaux', zip_code: '33000', province_code: null, country_code: 'FR' },
  },
  {
    kind: 'individual',
    first_name: 'Claire',
    last_name: 'Dubois',
    email: 'claire.dubois@example.org',
    currency: 'EUR',
    locale: 'fr',
    address: { street_address: '7 allée des Tilleuls', city: 'Nantes', zip_code: '44000', province_code: null, country_code: 'FR' },
  },
  {
    kind: 'company',
    name: 'Nordlicht GmbH',
    email: 'rechnung@nordlicht.example',
    vat_number: 'DE811234567',
    currency: 'EUR',
    locale: 'de',
    address: { street_address: 'Hafenstraße 3', city: 'Hamburg', zip_code: '20457', province_code: null, country_code: 'DE' },
  },
  {
    kind: 'company',
    name: 'Studio Rossi Srl',
    email: 'amministrazione@studiorossi.example',
    vat_number: 'IT01234567890',
    recipient_code: 'M5UXCR1',
    currency: 'EUR',
    locale: 'it',
    address: { street_address: 'Corso Vittorio Emanuele 15', city: 'Torino', zip_code: '10121', province_code: 'TO', country_code: 'IT' },
  },
  {
    kind: 'company',
    name: 'Hernández y Asociados SL',
    email: 'facturas@hernandez.example',
    vat_number: 'ESB87654321',
    currency: 'EUR',
    locale: 'es',
    address: { street_address: 'Avenida Diagonal 200', city: 'Barcelona', zip_code: '08018', province_code: null, country_code: 'ES' },
  },
  {
    kind: 'company',
    name: 'Thames Analytics Ltd',
    email: 'accounts@thames-analytics.example',
    vat_number: 'GB123456789',
    currency: 'GBP',
    locale: 'en',
    address: { street_address: '221 Baker Street', city: 'London', zip_code: 'NW1 6XE', province_code: null, country_code: 'GB' },
  },
  {
    kind: 'individual',
    first_name: 'Lucas',
    last_name: 'Bernard',
    email: 'lucas.bernard@example.org',
    currency: 'EUR',
    locale: 'fr',
    address: { street_address: '2 quai du Port', city: 'Marseille', zip_code: '13002', province_code: null, country_code: 'FR' },
  },
  {
    kind: 'company',
    name: 'Éditions Sans Devise SAS',
    email: 'admin@sans-devise.example',
    tax_identification_number: '79912345600015',
    currency: null,
    locale: 'fr',
    address: { street_address: '9 rue Nationale', city: 'Lille', zip_code: '59000', province_code: null, country_code: 'FR' },
  },
  {
    kind: 'company',
    name: 'Conseil Sans Adresse SARL',
    email: 'bonjour@sans-adresse.example',
    tax_identification_number: '88812345600019',
    currency: 'EUR',
    locale: 'fr',
  },
  {
    kind: 'company',
    name: 'Bottega Verdi Snc',
    email: 'ufficio@bottega-verdi.example',
    vat_number: 'IT04567890123',
    recipient_code: 'KRRH6B9',
    currency: 'EUR',
    locale: 'it',
    address: { street_address: 'Via Garibaldi 8', city: 'Bologna', zip_code: '40121', province_code: null, country_code: 'IT' },
  },
];

/** Stable client ids: `c11e0000-0000-4000-8000-0000000000NN`, NN from 01 to 11, in the order above. */
/** Slot 0 is the primary organization (the ids tests name); the others get ids of their own. */
export function demoClientId(index: number, slot = 0): string {
  return `c11e0000-0000-4000-8${slot}00-0000000000${String(index + 1).padStart(2, '0')}`;
}

export function clientRecordFrom(id: string, seed: ClientSeed, createdAt: string): ClientRecord {
  const address = seed.address ?? null;
  return {
    id,
    kind: seed.kind,
    type: seed.kind,
    name: seed.name ?? null,
    first_name: seed.first_name ?? null,
    last_name: seed.last_name ?? null,
    email: seed.email ?? null,
    vat_number: seed.vat_number ?? null,
    tax_identification_number: seed.tax_identification_number ?? null,
    address: address?.street_address ?? null,
    city: address?.city ?? null,
    zip_code: address?.zip_code ?? null,
    province_code: address?.province_code ?? null,
    country_code: address?.country_code ?? null,
    billing_address: address,
    delivery_address: seed.delivery ?? null,
    recipient_code: seed.recipient_code ?? null,
    currency: seed.currency,
    locale: seed.locale,
    phone: seed.phone ?? null,
    phone_number: seed.phone ? `${seed.phone.country_code}${seed.phone.number.replaceAll(' ', '')}` : null,
    extra_emails: seed.extra_emails ?? [],
    e_invoicing_address: seed.e_invoicing_address ?? null,
    e_invoicing_reachable: seed.e_invoicing_reachable ?? false,
    created_at: createdAt,
    updated_at: createdAt,
  };
}

export function demoClients(slot = 0): ClientRecord[] {
  return seeds.map((seed, i) => clientRecordFrom(demoClientId(i, slot), seed, `2026-01-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`));
}
