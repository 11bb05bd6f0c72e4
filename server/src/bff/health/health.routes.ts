import { Hono } from 'hono';
import type { BffConfig } from '../bff-config.ts';

/** Liveness of the app server and reachability of Qonto (or the emulator) behind it. */
export function healthRoutes(config: BffConfig) {
  const app = new Hono();
  app.get('/api/health', async (c) => {
    let reachable = false;
    try {
      const response = await fetch(`${config.hosts.api}/v2/organization`, { signal: AbortSignal.timeout(2000) });
      reachable = response.status < 500;
    } catch {
      reachable = false;
    }
    return c.json({ status: 'ok', qonto: { environment: config.environment, reachable } });
  });
  return app;
}
