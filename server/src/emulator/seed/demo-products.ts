import { decimal, roundMoney } from '@composer/shared';
import type { EmulatorCountry } from './demo-organizations.ts';

/** `GET /v2/products`'s product, shaped like Qonto's answers. */
export interface ProductRecord {
  id: string;
  title: string;
  type: 'good' | 'service';
  description: string | null;
  internal_note: string | null;
  unit_price: { value: string; currency: 'EUR' };
  unit_price_incl_vat: { value: string; currency: 'EUR' };
  vat_rate: string;
  unit: string | null;
  vat_exemption_code: string | null;
  links: { title: string; url: string }[];
  created_at: string;
  updated_at: string;
}

type Seed = [
  title: string,
  type: 'good' | 'service',
  price: string,
  vatRate: string,
  unit: string | null,
  description: string | null,
  exemption?: string,
];

const catalogues: Record<EmulatorCountry, Seed[]> = {
  FR: [
    ['Tenue comptable mensuelle', 'service', '350.00', '0.2', 'month', 'Saisie, rapprochements bancaires et révision mensuelle.'],
    ['Bilan annuel', 'service', '1800.00', '0.2', null, 'Comptes annuels, liasse fiscale et rapport de gestion.'],
    ['Conseil fiscal', 'service', '120.00', '0.2', 'hour', null],
    ['Déclaration de TVA', 'service', '90.00', '0.2', null, 'Déclaration CA3 mensuelle.'],
    ['Fiches de paie', 'service', '25.00', '0.2', 'unit', 'Par salarié et par mois.'],
    ['Formation logiciel', 'service', '600.00', '0.2', 'day', null],
    ['Classeur de pièces', 'good', '12.50', '0.2', 'unit', null],
    ['Ouvrage fiscal', 'good', '45.00', '0.055', 'unit', 'Mémento fiscal, édition annuelle.'],
    ['Prestation export hors UE', 'service', '500.00', '0', null, null, 'S259'],
  ],
  IT: [
    ['Consulenza fiscale', 'service', '120.00', '0.22', 'hour', null],
    ['Tenuta contabilità', 'service', '300.00', '0.22', 'month', 'Registrazioni contabili mensili.'],
    ['Dichiarazione dei redditi', 'service', '450.00', '0.22', null, null],
    ['Formazione', 'service', '500.00', '0.22', 'day', null],
    ['Prestazione esente', 'service', '200.00', '0', null, null, 'N4'],
  ],
  ES: [
    ['Asesoría fiscal', 'service', '110.00', '0.21', 'hour', null],
    ['Contabilidad mensual', 'service', '280.00', '0.21', 'month', null],
    ['Declaración de la renta', 'service', '150.00', '0.21', null, null],
    ['Libro de consulta', 'good', '30.00', '0.04', 'unit', null],
  ],
  DE: [
    ['Steuerberatung', 'service', '140.00', '0.19', 'hour', null],
    ['Buchhaltung monatlich', 'service', '320.00', '0.19', 'month', null],
    ['Jahresabschluss', 'service', '2000.00', '0.19', null, null],
    ['Fachbuch', 'good', '40.00', '0.07', 'unit', null],
  ],
};

const seedTime = '2026-01-05T09:00:00.000Z';

function productId(country: EmulatorCountry, index: number): string {
  const countryDigit = { FR: 1, IT: 2, ES: 3, DE: 4 }[country];
  return `90d00000-000${countryDigit}-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

/** The price with VAT, to the cent (as Qonto shows it beside the price). */
export function priceInclVat(value: string, vatRate: string): string {
  return roundMoney(decimal(value).times(decimal(1).plus(vatRate))).toFixed(2);
}

/** "12.5" → "12.50"; finer prices keep their digits. */
function atLeastCents(value: string): string {
  const decimals = (value.split('.')[1] ?? '').length;
  return decimal(value).toFixed(Math.max(2, decimals));
}

export function productRecord(id: string, seed: Seed, at: string): ProductRecord {
  const [title, type, price, vatRate, unit, description, exemption] = seed;
  return {
    id,
    title,
    type,
    description,
    internal_note: null,
    unit_price: { value: atLeastCents(price), currency: 'EUR' },
    unit_price_incl_vat: { value: priceInclVat(price, vatRate), currency: 'EUR' },
    vat_rate: vatRate,
    unit,
    vat_exemption_code: exemption ?? null,
    links: [],
    created_at: at,
    updated_at: at,
  };
}

/**
 * The organization's catalogue: a few products in its language and VAT rates, and `extra` generated ones
 * ("Catalogue item 0001"…) for tests and benchmarks of a large catalogue.
 */
export function demoProducts(country: EmulatorCountry, extra = 0): ProductRecord[] {
  const catalogue = catalogues[country];
  const seeded = catalogue.map((seed, index) => productRecord(productId(country, index), seed, seedTime));
  const standardRate = catalogue[0]![3];
  const generated = Array.from({ length: extra }, (_, n) =>
    productRecord(
      productId(country, catalogue.length + n),
      [
        `Catalogue item ${String(n + 1).padStart(4, '0')}`,
        n % 3 === 0 ? 'good' : 'service',
        `${10 + (n % 90)}.00`,
        standardRate,
        'unit',
        null,
      ],
      seedTime,
    ),
  );
  return [...seeded, ...generated];
}
