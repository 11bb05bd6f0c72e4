import { Hono } from 'hono';
import type { BffConfig } from '../bff-config.ts';
import type { BffEnv } from '../bff-env.ts';
import type { ApiKeyOrganization } from '../proxy/organization-access.ts';

/** What the web app needs to know about the connections; never a token. */
export function sessionRoutes(config: BffConfig, apiKeyOrganization: ApiKeyOrganization | null) {
  const app = new Hono<BffEnv>();
  app.get('/api/session', async (c) => {
    c.header('Cache-Control', 'no-store');
    const base = { environment: config.environment, authMethod: config.auth.kind };
    if (config.auth.kind === 'api_key') {
      const organization = await apiKeyOrganization!.summary();
      return c.json({
        ...base,
        flow: 'api_key',
        connected: true,
        reauthRequired: false,
        organizations: [{ ...organization, reauthRequired: false, accessWithdrawn: false }],
      });
    }
    const connections = c.get('session')?.data.connections ?? [];
    const organizations = connections.flatMap((connection) =>
      connection.organizations.map(({ accessWithdrawn = false, ...organization }) => ({
        ...organization,
        // Either way the remedy is a new consent; `accessWithdrawn` says which words the app shows.
        reauthRequired: connection.reauthRequired || !connection.tokens || accessWithdrawn,
        accessWithdrawn,
      })),
    );
    return c.json({
      ...base,
      flow: config.auth.flow,
      connected: organizations.some((organization) => !organization.reauthRequired),
      reauthRequired: organizations.some((organization) => organization.reauthRequired),
      organizations,
    });
  });
  return app;
}
