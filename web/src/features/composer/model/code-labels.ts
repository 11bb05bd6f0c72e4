import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';

/** How the composer names Qonto's codes in its lists; which codes apply comes from the shared country profile. */
export interface CodeLabel {
  code: string;
  label: MessageDescriptor;
}

export const italianPaymentConditions: CodeLabel[] = [
  { code: 'TP01', label: msg`TP01 — payment in instalments` },
  { code: 'TP02', label: msg`TP02 — full payment` },
  { code: 'TP03', label: msg`TP03 — advance payment` },
];

export const italianPaymentMethods: CodeLabel[] = [
  { code: 'MP01', label: msg`MP01 — cash` },
  { code: 'MP02', label: msg`MP02 — cheque` },
  { code: 'MP03', label: msg`MP03 — banker's draft` },
  { code: 'MP04', label: msg`MP04 — cash at treasury` },
  { code: 'MP05', label: msg`MP05 — bank transfer` },
  { code: 'MP06', label: msg`MP06 — promissory note` },
  { code: 'MP07', label: msg`MP07 — bank bulletin` },
  { code: 'MP08', label: msg`MP08 — payment card` },
  { code: 'MP09', label: msg`MP09 — RID direct debit` },
  { code: 'MP10', label: msg`MP10 — RID utility direct debit` },
  { code: 'MP11', label: msg`MP11 — RID fast direct debit` },
  { code: 'MP12', label: msg`MP12 — RIBA` },
  { code: 'MP13', label: msg`MP13 — MAV` },
  { code: 'MP14', label: msg`MP14 — treasury receipt` },
  { code: 'MP15', label: msg`MP15 — transfer to special accounting` },
  { code: 'MP16', label: msg`MP16 — bank direct debit` },
  { code: 'MP17', label: msg`MP17 — post office direct debit` },
  { code: 'MP18', label: msg`MP18 — postal bulletin` },
  { code: 'MP19', label: msg`MP19 — SEPA direct debit` },
  { code: 'MP20', label: msg`MP20 — SEPA direct debit CORE` },
  { code: 'MP21', label: msg`MP21 — SEPA direct debit B2B` },
  { code: 'MP22', label: msg`MP22 — deduction from sums already collected` },
];

const exemptionDescriptions: Record<string, MessageDescriptor> = {
  S293B: msg`S293B — VAT franchise (art. 293 B CGI)`,
  'S262.1': msg`S262.1 — exports outside the EU`,
  S262: msg`S262 — exempt transactions`,
  S259: msg`S259 — services outside the EU`,
  S283: msg`S283 — reverse charge`,
  S261: msg`S261 — exempt activity`,
  S263: msg`S263 — other exemption`,
  'S4.1B': msg`S4.1B — intra-EU supply (DE)`,
  'S4.1A': msg`S4.1A — export (DE)`,
  S4: msg`S4 — exempt (DE)`,
  S13B: msg`S13B — reverse charge (DE)`,
};

/** "S293B — VAT franchise (art. 293 B CGI)" in the reader's language, or the bare code when it has no description. */
export function exemptionLabel(code: string, translate: (descriptor: MessageDescriptor) => string): string {
  const description = exemptionDescriptions[code];
  return description ? translate(description) : code;
}
