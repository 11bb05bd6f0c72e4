import { organizationProfile, type OrganizationFacts } from '@composer/shared';

/** VAT rates offered first, per organization country (any other rate can be typed). */
export const vatPresets: Record<string, string[]> = {
  FR: ['20', '10', '5,5', '2,1', '0'],
  IT: ['22', '10', '5', '4', '0'],
  ES: ['21', '10', '4', '0'],
  DE: ['19', '7', '0'],
};

export function defaultVatRate(country: string): string {
  return vatPresets[country]?.[0] ?? '20';
}

export const italianPaymentConditions = [
  { code: 'TP01', label: 'TP01 — payment in instalments' },
  { code: 'TP02', label: 'TP02 — full payment' },
  { code: 'TP03', label: 'TP03 — advance payment' },
];

export const italianPaymentMethods = [
  ['MP01', 'cash'],
  ['MP02', 'cheque'],
  ['MP03', "banker's draft"],
  ['MP04', 'cash at treasury'],
  ['MP05', 'bank transfer'],
  ['MP06', 'promissory note'],
  ['MP07', 'bank bulletin'],
  ['MP08', 'payment card'],
  ['MP09', 'RID direct debit'],
  ['MP10', 'RID utility direct debit'],
  ['MP11', 'RID fast direct debit'],
  ['MP12', 'RIBA'],
  ['MP13', 'MAV'],
  ['MP14', 'treasury receipt'],
  ['MP15', 'transfer to special accounting'],
  ['MP16', 'bank direct debit'],
  ['MP17', 'post office direct debit'],
  ['MP18', 'postal bulletin'],
  ['MP19', 'SEPA direct debit'],
  ['MP20', 'SEPA direct debit CORE'],
  ['MP21', 'SEPA direct debit B2B'],
  ['MP22', 'deduction from sums already collected'],
].map(([code, label]) => ({ code: code!, label: `${code} — ${label}` }));

export const exemptionReasons = {
  italian: [
    'N1',
    'N2',
    'N2.1',
    'N2.2',
    'N3',
    'N3.1',
    'N3.2',
    'N3.3',
    'N3.4',
    'N3.5',
    'N3.6',
    'N4',
    'N5',
    'N6',
    'N6.1',
    'N6.2',
    'N6.3',
    'N6.4',
    'N6.5',
    'N6.6',
    'N6.7',
    'N6.8',
    'N6.9',
    'N7',
  ],
  other: [
    { code: 'S293B', label: 'S293B — VAT franchise (art. 293 B CGI)' },
    { code: 'S262.1', label: 'S262.1 — exports outside the EU' },
    { code: 'S262', label: 'S262 — exempt transactions' },
    { code: 'S262 ter', label: '' },
    { code: 'S259', label: 'S259 — services outside the EU' },
    { code: 'S283', label: 'S283 — reverse charge' },
    { code: 'S261', label: 'S261 — exempt activity' },
    { code: 'S263', label: 'S263 — other exemption' },
    { code: 'S19.1', label: 'S19.1' },
    { code: 'S4.1B', label: 'S4.1B — intra-EU supply (DE)' },
    { code: 'S4.1A', label: 'S4.1A — export (DE)' },
    { code: 'S4', label: 'S4 — exempt (DE)' },
    { code: 'S13B', label: 'S13B — reverse charge (DE)' },
    { code: 'S122', label: 'S122' },
    { code: 'S25', label: 'S25' },
    { code: 'S21', label: 'S21' },
    { code: 'S69', label: 'S69' },
    { code: 'S20', label: 'S20' },
    { code: 'S84.1.2', label: 'S84.1.2' },
  ].filter((reason) => reason.label !== ''),
};

/** Italy's blocks for Italian organizations; the IRPF field for Spanish freelancers only. */
export function countrySections(organization: OrganizationFacts): { italy: boolean; spain: boolean } {
  const profile = organizationProfile(organization);
  return { italy: profile.italianBlocks, spain: profile.withholding === 'irpf' };
}
