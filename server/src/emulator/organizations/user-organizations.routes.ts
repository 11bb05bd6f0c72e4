import { Hono } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { revokeGrant } from '../auth/issue-tokens.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorOrganizations } from './emulator-organizations.ts';

/** The calls about the user and their consent, not about one organization: they need no organization header. */
export function userOrganizationsRoutes(organizations: EmulatorOrganizations, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.get('/v2/user_organizations', requireScope(organizations.shared, options, 'user_organization.read'), (c) => {
    const principal = c.get('principal');
    if (principal.identityType !== 'user') {
      throw new ApiProblem(403, { code: 'forbidden', detail: 'This endpoint is only available with a token of the user OAuth flow.' });
    }
    const consented = principal.organizationIds.flatMap((id) => organizations.byId(id)?.organization ?? []);
    return c.json({
      organizations: consented.map((o) => ({
        id: o.id,
        name: o.name,
        legal_name: o.legal_name,
        legal_number: o.legal_number,
        legal_country: o.legal_country,
        membership_role: 'owner',
      })),
    });
  });

  app.delete('/v2/oauth2/consents', requireScope(organizations.shared, options, null), (c) => {
    const { grantId } = c.get('principal');
    if (grantId !== null) revokeGrant(organizations.shared, grantId);
    return c.body(null, 204);
  });

  return app;
}
