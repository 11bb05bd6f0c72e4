import { Hono } from 'hono';
import type { BffConfig } from '../bff-config.ts';
import type { BudgetLane } from '../proxy/request-budget.ts';

/** How long a reachability check of Qonto is reused: anonymous callers never spend the shared quota. */
export const reachabilityCacheMs = 20_000;

/**
 * `/api/health` is a local liveness check: it answers at once. Whether Qonto (or the emulator) answers is
 * checked at most once per 20 s, within the shared request budget, and reported from that check.
 */
export function healthRoutes(config: BffConfig, budget: BudgetLane) {
  const app = new Hono();
  let last: { at: number; reachable: boolean } | undefined;
  let checking: Promise<void> | undefined;

  const check = async () => {
    let reachable: boolean;
    try {
      await budget.acquire();
      const response = await fetch(`${config.hosts.api}/v2/organization`, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      reachable = response.status < 500;
    } catch {
      reachable = false;
    }
    last = { at: Date.now(), reachable };
  };

  app.get('/api/health', async (c) => {
    if (!last || Date.now() - last.at > reachabilityCacheMs) checking ??= check().finally(() => (checking = undefined));
    // `reachable` is null until the first check has answered.
    return c.json({
      status: 'ok',
      qonto: {
        environment: config.environment,
        reachable: last?.reachable ?? null,
        checked_at: last ? new Date(last.at).toISOString() : null,
      },
    });
  });
  return app;
}
