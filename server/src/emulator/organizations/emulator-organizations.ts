import {
  createEmulatorShared,
  createEmulatorStore,
  resetEmulatorShared,
  resetEmulatorStore,
  type EmulatorSettings,
  type EmulatorShared,
  type EmulatorStore,
} from '../emulator-store.ts';
import { emulatorCountries, type EmulatorCountry } from '../seed/demo-organizations.ts';

/**
 * The demo user's organizations, one per country (FR, IT, ES, DE), each with its own clients, invoices,
 * numbering and settings. The first is the primary one: the chosen country, what the API key opens and
 * what the consent page offers first.
 */
export interface EmulatorOrganizations {
  shared: EmulatorShared;
  primary: EmulatorStore;
  all: readonly EmulatorStore[];
  byId(id: string): EmulatorStore | undefined;
}

function settingsPerSlot(primary: EmulatorSettings): EmulatorSettings[] {
  const others = emulatorCountries.filter((country) => country !== primary.country);
  const forCountry = (country: EmulatorCountry): EmulatorSettings => ({
    ...primary,
    country,
    freelancer: false,
    extraProducts: 0,
  });
  return [primary, ...others.map(forCountry)];
}

export function createEmulatorOrganizations(settings: EmulatorSettings): EmulatorOrganizations {
  const shared = createEmulatorShared();
  const all = settingsPerSlot(settings).map((slotSettings, slot) => createEmulatorStore(slotSettings, shared, slot));
  return {
    shared,
    primary: all[0]!,
    all,
    byId: (id) => all.find((store) => store.organization.id === id),
  };
}

/** Every organization back to its seed, the primary one of `settings.country`. */
export function resetEmulatorOrganizations(organizations: EmulatorOrganizations, settings: EmulatorSettings): void {
  resetEmulatorShared(organizations.shared);
  settingsPerSlot(settings).forEach((slotSettings, slot) => resetEmulatorStore(organizations.all[slot]!, slotSettings, slot));
}
