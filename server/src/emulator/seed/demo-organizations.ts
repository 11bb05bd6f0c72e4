export const emulatorCountries = ['FR', 'IT', 'ES', 'DE'] as const;
export type EmulatorCountry = (typeof emulatorCountries)[number];

export interface BankAccountRecord {
  id: string;
  slug: string;
  iban: string;
  bic: string;
  currency: string;
  status: 'active';
  main: boolean;
  name: string;
  balance: number;
  balance_cents: number;
  authorized_balance: number;
  authorized_balance_cents: number;
}

export interface OrganizationRecord {
  id: string;
  slug: string;
  legal_name: string;
  legal_number: string;
  legal_country: EmulatorCountry;
  locale: string;
  contact_email: string;
  vat_number: string;
  address_line_1: string;
  address_zipcode: string;
  address_city: string;
  address_country: EmulatorCountry;
  bank_accounts: BankAccountRecord[];
}

interface CountryFacts {
  legalName: string;
  legalNumber: string;
  locale: string;
  vatNumber: string;
  street: string;
  zip: string;
  city: string;
  ibans: [string, string];
  bic: string;
}

const facts: Record<EmulatorCountry, CountryFacts> = {
  FR: { legalName: 'Cabinet Lumière SAS', legalNumber: '852379461', locale: 'fr', vatNumber: 'FR40852379461', street: '12 rue de la Paix', zip: '75002', city: 'Paris', ibans: ['FR7616958000012345678901234', 'FR7616958000019876543210987'], bic: 'QNTOFRP1XXX' },
  IT: { legalName: 'Studio Aurora Srl', legalNumber: '09876543210', locale: 'it', vatNumber: 'IT09876543210', street: 'Via Roma 21', zip: '20121', city: 'Milano', ibans: ['IT60X0542811101000000123456', 'IT60X0542811101000000654321'], bic: 'QNTOITM1XXX' },
  ES: { legalName: 'Estudio Sol SL', legalNumber: 'B12345678', locale: 'es', vatNumber: 'ESB12345678', street: 'Calle Mayor 5', zip: '28013', city: 'Madrid', ibans: ['ES9121000418450200051332', 'ES9121000418450200051999'], bic: 'QNTOESB2XXX' },
  DE: { legalName: 'Kanzlei Morgen GmbH', legalNumber: 'HRB 123456 B', locale: 'de', vatNumber: 'DE123456789', street: 'Friedrichstraße 10', zip: '10117', city: 'Berlin', ibans: ['DE89370400440532013000', 'DE89370400440532013999'], bic: 'QNTODEB2XXX' },
};

const countryIndex: Record<EmulatorCountry, number> = { FR: 1, IT: 2, ES: 3, DE: 4 };

/** Stable ids, so documentation and tests can name them. */
export function demoOrganizationId(country: EmulatorCountry): string {
  return `0a9e1f00-0000-4000-8000-00000000000${countryIndex[country]}`;
}

export function demoOrganization(country: EmulatorCountry): OrganizationRecord {
  const f = facts[country];
  const slug = `${f.legalName.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z]+/g, '-').replace(/-$/, '')}-${countryIndex[country]}`;
  return {
    id: demoOrganizationId(country),
    slug,
    legal_name: f.legalName,
    legal_number: f.legalNumber,
    legal_country: country,
    locale: f.locale,
    contact_email: `billing@${slug}.example`,
    vat_number: f.vatNumber,
    address_line_1: f.street,
    address_zipcode: f.zip,
    address_city: f.city,
    address_country: country,
    bank_accounts: f.ibans.map((iban, i) => ({
      id: `0b5a0000-0000-4000-8000-0000000000${countryIndex[country]}${i + 1}`,
      slug: `${slug}-bank-account-${i + 1}`,
      iban,
      bic: f.bic,
      currency: 'EUR',
      status: 'active',
      main: i === 0,
      name: i === 0 ? 'Main account' : 'Savings account',
      balance: 12840.5 * (i + 1),
      balance_cents: 1284050 * (i + 1),
      authorized_balance: 12840.5 * (i + 1),
      authorized_balance_cents: 1284050 * (i + 1),
    })),
  };
}
