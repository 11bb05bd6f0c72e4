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
  organization_id: string;
  account_number: string;
  is_external_account: boolean;
  balance: number;
  balance_cents: number;
  authorized_balance: number;
  authorized_balance_cents: number;
  updated_at: string;
}

export interface PostalAddress {
  street_address: string;
  city: string;
  zip_code: string;
  country_code: EmulatorCountry;
}

/** `GET /v2/organization`'s `organization`, shaped like the live endpoint. */
export interface OrganizationRecord {
  id: string;
  slug: string;
  name: string;
  legal_name: string;
  legal_number: string;
  legal_form: string;
  legal_country: EmulatorCountry;
  legal_address: string;
  address: PostalAddress;
  legal_share_capital: number;
  legal_registration_date: string;
  legal_sector: string;
  contract_signed_at: string;
  locale: string;
  contact_email: string;
  vat_number: string;
  bank_accounts: BankAccountRecord[];
}

interface OrganizationFacts {
  index: number;
  legalName: string;
  name: string;
  legalForm: string;
  legalNumber: string;
  locale: string;
  vatNumber: string;
  shareCapital: number;
  sector: string;
  street: string;
  zip: string;
  city: string;
  ibans: [string, string];
  bic: string;
}

const companies: Record<EmulatorCountry, OrganizationFacts> = {
  FR: {
    index: 1,
    legalName: 'Cabinet Lumière SAS',
    name: 'Cabinet Lumière',
    legalForm: 'SAS',
    legalNumber: '852379461',
    locale: 'fr',
    vatNumber: 'FR40852379461',
    shareCapital: 10000,
    sector: 'M69.20Z',
    street: '12 rue de la Paix',
    zip: '75002',
    city: 'Paris',
    ibans: ['FR7616958000012345678901234', 'FR7616958000019876543210987'],
    bic: 'QNTOFRP1XXX',
  },
  IT: {
    index: 2,
    legalName: 'Studio Aurora Srl',
    name: 'Studio Aurora',
    legalForm: 'SRL',
    legalNumber: '09876543210',
    locale: 'it',
    vatNumber: 'IT09876543210',
    shareCapital: 10000,
    sector: '69.20.11',
    street: 'Via Roma 21',
    zip: '20121',
    city: 'Milano',
    ibans: ['IT60X0542811101000000123456', 'IT60X0542811101000000654321'],
    bic: 'QNTOITM1XXX',
  },
  ES: {
    index: 3,
    legalName: 'Estudio Sol SL',
    name: 'Estudio Sol',
    legalForm: 'SL',
    legalNumber: 'B12345678',
    locale: 'es',
    vatNumber: 'ESB12345678',
    shareCapital: 3000,
    sector: '6920',
    street: 'Calle Mayor 5',
    zip: '28013',
    city: 'Madrid',
    ibans: ['ES9121000418450200051332', 'ES9121000418450200051999'],
    bic: 'QNTOESB2XXX',
  },
  DE: {
    index: 4,
    legalName: 'Kanzlei Morgen GmbH',
    name: 'Kanzlei Morgen',
    legalForm: 'GmbH',
    legalNumber: 'HRB 123456 B',
    locale: 'de',
    vatNumber: 'DE123456789',
    shareCapital: 25000,
    sector: '69.20',
    street: 'Friedrichstraße 10',
    zip: '10117',
    city: 'Berlin',
    ibans: ['DE89370400440532013000', 'DE89370400440532013999'],
    bic: 'QNTODEB2XXX',
  },
};

/** A Spanish autónomo: Qonto allows `withholding_tax` (IRPF) for Spanish freelancers only. */
const spanishFreelancer: OrganizationFacts = {
  index: 5,
  legalName: 'Lucía Ortega Ruiz',
  name: 'Lucía Ortega',
  legalForm: 'Autónomo',
  legalNumber: '12345678Z',
  locale: 'es',
  vatNumber: 'ES12345678Z',
  shareCapital: 0,
  sector: '7410',
  street: 'Calle del Prado 14',
  zip: '46001',
  city: 'Valencia',
  ibans: ['ES7921000813610123456789', 'ES7921000813610123456700'],
  bic: 'QNTOESB2XXX',
};

export interface OrganizationChoice {
  country: EmulatorCountry;
  /** Only for Spain: the autónomo instead of the company. */
  freelancer?: boolean;
}

function factsFor(choice: OrganizationChoice): OrganizationFacts {
  return choice.country === 'ES' && choice.freelancer ? spanishFreelancer : companies[choice.country];
}

/** Stable ids, so documentation and tests can name them. */
export function demoOrganizationId(country: EmulatorCountry, freelancer = false): string {
  return `0a9e1f00-0000-4000-8000-00000000000${factsFor({ country, freelancer }).index}`;
}

const seededAt = '2026-01-01T08:00:00.000Z';

/** Accounts are named as Qonto names them for the organization's language. */
const accountNamesByLocale: Record<string, readonly [string, string]> = {
  fr: ['Compte principal', 'Compte épargne'],
  it: ['Conto principale', 'Conto deposito'],
  de: ['Hauptkonto', 'Sparkonto'],
  es: ['Cuenta principal', 'Cuenta de ahorro'],
};
const accountNames = (locale: string) => accountNamesByLocale[locale] ?? ['Main account', 'Savings account'];

export function demoOrganization(choice: OrganizationChoice): OrganizationRecord {
  const f = factsFor(choice);
  const country = choice.country;
  const slug = `${f.legalName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '')}-${f.index}`;
  const id = `0a9e1f00-0000-4000-8000-00000000000${f.index}`;
  return {
    id,
    slug,
    name: f.name,
    legal_name: f.legalName,
    legal_number: f.legalNumber,
    legal_form: f.legalForm,
    legal_country: country,
    legal_address: `${f.street}, ${f.zip} ${f.city}`,
    address: { street_address: f.street, city: f.city, zip_code: f.zip, country_code: country },
    legal_share_capital: f.shareCapital,
    legal_registration_date: '2019-03-12',
    legal_sector: f.sector,
    contract_signed_at: '2019-04-02T10:15:00.000Z',
    locale: f.locale,
    contact_email: `billing@${slug}.example`,
    vat_number: f.vatNumber,
    bank_accounts: f.ibans.map((iban, i) => ({
      id: `0b5a0000-0000-4000-8000-0000000000${f.index}${i + 1}`,
      slug: `${slug}-bank-account-${i + 1}`,
      iban,
      bic: f.bic,
      currency: 'EUR',
      status: 'active',
      main: i === 0,
      name: accountNames(f.locale)[i === 0 ? 0 : 1],
      organization_id: id,
      account_number: iban.slice(-11),
      is_external_account: false,
      balance: 12840.5 * (i + 1),
      balance_cents: 1284050 * (i + 1),
      authorized_balance: 12840.5 * (i + 1),
      authorized_balance_cents: 1284050 * (i + 1),
      updated_at: seededAt,
    })),
  };
}
