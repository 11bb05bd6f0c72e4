import { organizationProfile } from '@composer/shared';
import { Hono } from 'hono';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore } from '../emulator-store.ts';

/**
 * Qonto's e-invoicing activation as `GET /v2/einvoicing/settings` reports it. French organizations send
 * and receive (the reform is in force); Italian ones through SdI once activated; elsewhere it is off.
 */
function einvoicingSettings(store: EmulatorStore): { sending_status: 'enabled' | 'disabled'; receiving_status: 'enabled' | 'disabled' } {
  const profile = organizationProfile(store.organization);
  const on = profile.einvoicingByDefault || (profile.needsEinvoicingActivated && store.settings.einvoicingActivated);
  return { sending_status: on ? 'enabled' : 'disabled', receiving_status: on ? 'enabled' : 'disabled' };
}

export function organizationRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.get('/v2/organization', requireScope(store, options, 'organization.read'), (c) => c.json({ organization: store.organization }));

  app.get('/v2/einvoicing/settings', requireScope(store, options, 'einvoicing.read'), (c) => c.json(einvoicingSettings(store)));

  app.get('/v2/settings', requireScope(store, options, 'organization.read'), (c) =>
    c.json({ numbering_mode: store.settings.numberingMode }),
  );

  return app;
}
