/**
 * What an organization may and must send, from its country and legal form: the one place the composer
 * and the emulator read Qonto's per-country rules from.
 */
export interface OrganizationProfile {
  country: string;
  /** `report_einvoicing`, `payment_reporting`, `welfare_fund`, `stamp_duty_amount`, N-codes: "For Italian organizations only". */
  italianBlocks: boolean;
  /** `withholding_tax` is "Only for Italian organizations and Spanish freelancers"; Spanish freelancers send only its `rate` (IRPF). */
  withholding: 'italian' | 'irpf' | null;
  /** "Italian organizations must have e-invoicing activated on the Qonto app in order to use this endpoint." */
  needsEinvoicingActivated: boolean;
  /** The client's `province_code` "is required only for Italian organizations". */
  needsClientProvinceCode: boolean;
}

export interface OrganizationFacts {
  legal_country: string;
  legal_form?: string | null | undefined;
}

/**
 * Qonto marks a sole trader by the organization's `legal_form` (the live `GET /v2/organization` field); in
 * Spain that is the autónomo ("empresario individual"). Compared without case or accents.
 */
const spanishFreelancerForms = new Set(['autonomo', 'empresario individual', 'freelancer', 'trabajador autonomo']);

export function isSpanishFreelancer(organization: OrganizationFacts): boolean {
  if (organization.legal_country !== 'ES' || !organization.legal_form) return false;
  const form = organization.legal_form
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();
  return spanishFreelancerForms.has(form);
}

export function organizationProfile(organization: OrganizationFacts): OrganizationProfile {
  const country = organization.legal_country;
  const italian = country === 'IT';
  return {
    country,
    italianBlocks: italian,
    withholding: italian ? 'italian' : isSpanishFreelancer(organization) ? 'irpf' : null,
    needsEinvoicingActivated: italian,
    needsClientProvinceCode: italian,
  };
}
