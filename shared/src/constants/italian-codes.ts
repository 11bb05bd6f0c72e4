/** VAT exemption reasons: N-codes are Italy's (SdI), S-codes are the French/other mentions. */
export const vatExemptionReasons = [
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
  'S293B',
  'S262.1',
  'S259',
  'S283',
  'S261',
  'S262',
  'S263',
  'S19.1',
  'S4.1B',
  'S4.1A',
  'S4',
  'S13B',
  'S122',
  'S25',
  'S21',
  'S69',
  'S20',
  'S84.1.2',
] as const;

export const paymentConditions = ['TP01', 'TP02', 'TP03'] as const;

export const paymentMethodCodes = Array.from({ length: 22 }, (_, i) => `MP${String(i + 1).padStart(2, '0')}`) as [string, ...string[]];

export const welfareFundTypes = Array.from({ length: 22 }, (_, i) => `TC${String(i + 1).padStart(2, '0')}`) as [string, ...string[]];

export const withholdingTaxReasons = ['RF01', 'RF02', 'RF03', 'RF04', 'RF05', 'RF06'] as const;
