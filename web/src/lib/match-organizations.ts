import { foldText } from './fold-text.ts';

interface Named {
  legal_name: string;
  legal_country: string;
}

/** The organizations whose name or country holds every word typed, accents and case ignored, in their order. */
export function matchOrganizations<O extends Named>(organizations: readonly O[], typed: string): O[] {
  const words = foldText(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return organizations.filter((organization) => {
    const text = foldText(`${organization.legal_name} ${organization.legal_country}`);
    return words.every((word) => text.includes(word));
  });
}
