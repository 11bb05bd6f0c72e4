/** How the composer names Qonto's codes in its lists; which codes apply comes from the shared country profile. */

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

const exemptionDescriptions: Record<string, string> = {
  S293B: 'VAT franchise (art. 293 B CGI)',
  'S262.1': 'exports outside the EU',
  S262: 'exempt transactions',
  S259: 'services outside the EU',
  S283: 'reverse charge',
  S261: 'exempt activity',
  S263: 'other exemption',
  'S4.1B': 'intra-EU supply (DE)',
  'S4.1A': 'export (DE)',
  S4: 'exempt (DE)',
  S13B: 'reverse charge (DE)',
};

/** "S293B — VAT franchise (art. 293 B CGI)", or the bare code when it has no description. */
export function exemptionLabel(code: string): string {
  const description = exemptionDescriptions[code];
  return description ? `${code} — ${description}` : code;
}
