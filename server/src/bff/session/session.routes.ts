import { Hono } from 'hono';
import type { BffConfig } from '../bff-config.ts';
import type { BffEnv } from '../bff-env.ts';

/** What the web app needs to know about the connection; never a token. */
export function sessionRoutes(config: BffConfig) {
  const app = new Hono<BffEnv>();
  app.get('/api/session', (c) => {
    c.header('Cache-Control', 'no-store');
    const base = { environment: config.environment, authMethod: config.auth.kind };
    if (config.auth.kind === 'api_key') return c.json({ ...base, connected: true, reauthRequired: false, organization: null });
    const session = c.get('session');
    return c.json({
      ...base,
      connected: Boolean(session?.data.tokens) && !session?.data.reauthRequired,
      reauthRequired: session?.data.reauthRequired ?? false,
      organization: session?.data.organization ?? null,
    });
  });
  return app;
}
