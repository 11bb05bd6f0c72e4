import { vatExemptionReasons } from '../constants/italian-codes.ts';

/**
 * Everything that changes with the organization's country, in one table: the composer, the preview and
 * the emulator read their country branching from here and nowhere else.
 */
export interface CountryProfile {
  /** VAT rates offered first (percent, canonical decimals); any other rate can be typed. */
  vatRates: readonly string[];
  /** `report_einvoicing`, `payment_reporting`, `welfare_fund`, `stamp_duty_amount`: "For Italian organizations only". */
  italianBlocks: boolean;
  /** Which `vat_exemption_reason` codes apply: Italy's N-codes, or the other (S-)codes. */
  exemptionCodes: readonly string[];
  /** Italy requires an N-code on every 0 % line. */
  exemptionRequiredAtZeroRate: boolean;
  /** `withholding_tax`: "Only for Italian organizations and Spanish freelancers". */
  withholding: 'italian' | 'irpf-for-freelancers' | null;
  /** "Italian organizations must have e-invoicing activated on the Qonto app in order to use this endpoint." */
  needsEinvoicingActivated: boolean;
  /** The client's `province_code` "is required only for Italian organizations". */
  needsClientProvinceCode: boolean;
  /** Bulk import is refused to Italian organizations. */
  bulkImport: boolean;
  /** `freelancer` clients exist for Italian organizations only. */
  freelancerClients: boolean;
  /** E-invoicing available without activation (the French reform); Italy's depends on its activation. */
  einvoicingByDefault: boolean;
  /** The French reform's mandatory B2B mentions (SIREN, delivery address, operation category, VAT on debits). */
  reformMentions: boolean;
  /** Legal mentions Qonto prints by default (late payment penalties, fixed compensation). */
  defaultLegalMentions: boolean;
}

const nCodes = vatExemptionReasons.filter((code) => code.startsWith('N'));
const otherCodes = vatExemptionReasons.filter((code) => !code.startsWith('N'));

const europeanDefault: CountryProfile = {
  vatRates: ['20', '10', '0'],
  italianBlocks: false,
  exemptionCodes: otherCodes,
  exemptionRequiredAtZeroRate: false,
  withholding: null,
  needsEinvoicingActivated: false,
  needsClientProvinceCode: false,
  bulkImport: true,
  freelancerClients: false,
  einvoicingByDefault: false,
  reformMentions: false,
  defaultLegalMentions: false,
};

export const countryProfiles: Readonly<Record<'FR' | 'IT' | 'ES' | 'DE', CountryProfile>> = {
  FR: {
    ...europeanDefault,
    vatRates: ['20', '10', '5.5', '2.1', '0'],
    einvoicingByDefault: true,
    reformMentions: true,
    defaultLegalMentions: true,
  },
  IT: {
    ...europeanDefault,
    vatRates: ['22', '10', '5', '4', '0'],
    italianBlocks: true,
    exemptionCodes: nCodes,
    exemptionRequiredAtZeroRate: true,
    withholding: 'italian',
    needsEinvoicingActivated: true,
    needsClientProvinceCode: true,
    bulkImport: false,
    freelancerClients: true,
  },
  ES: { ...europeanDefault, vatRates: ['21', '10', '4', '0'], withholding: 'irpf-for-freelancers' },
  DE: { ...europeanDefault, vatRates: ['19', '7', '0'] },
};

export function countryProfile(country: string): CountryProfile {
  return countryProfiles[country as keyof typeof countryProfiles] ?? europeanDefault;
}
