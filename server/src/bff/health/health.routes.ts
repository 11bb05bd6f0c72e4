import { Hono } from 'hono';
import type { BffConfig } from '../bff-config.ts';
import type { BudgetLane } from '../proxy/request-budget.ts';
import type { QontoClient } from '../qonto/qonto-client.ts';

/** How long a reachability check of Qonto is reused: anonymous callers never spend the shared quota. */
export const reachabilityCacheMs = 20_000;

/**
 * `/api/health` is a local liveness check: it answers at once. Whether Qonto (or the emulator) answers is
 * checked at most once per 20 s, within the shared request budget, and reported from that check.
 */
export function healthRoutes(config: BffConfig, qonto: QontoClient, budget: BudgetLane) {
  const app = new Hono();
  let last: { at: number; reachable: boolean } | undefined;
  let checking: Promise<void> | undefined;

  const check = async () => {
    let reachable: boolean;
    try {
      // Unauthenticated on purpose: any answer below 500 (a 401 included) shows Qonto is there.
      const response = await qonto.send({
        method: 'GET',
        path: '/v2/organization',
        authorization: undefined,
        lane: budget,
        timeoutMs: 2000,
        retry: false,
      });
      await response.discard();
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
