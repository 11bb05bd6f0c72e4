import { countryProfile, type CountryProfile } from './country-profiles.ts';

/**
 * What an organization may and must send: its country's profile, with the withholding resolved from its
 * legal form. The one place the composer and the emulator read Qonto's per-organization rules from.
 */
export interface OrganizationProfile extends Omit<CountryProfile, 'withholding'> {
  country: string;
  /** Spanish freelancers send only `withholding_tax.rate` (IRPF); Italian organizations the whole block. */
  withholding: 'italian' | 'irpf' | null;
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
  const profile = countryProfile(country);
  const withholding =
    profile.withholding === 'irpf-for-freelancers' ? (isSpanishFreelancer(organization) ? 'irpf' : null) : profile.withholding;
  return { ...profile, country, withholding };
}
