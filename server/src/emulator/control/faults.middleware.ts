import { qontoError } from '@composer/shared';
import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../../lib/error-response.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorShared, FaultRule } from '../emulator-store.ts';

const codes: Record<number, string> = {
  403: 'forbidden',
  429: 'too_many_requests',
  500: 'internal_server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

function pathMatches(pattern: string, path: string): boolean {
  if (!pattern.includes('*')) return pattern === path;
  const expression = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return expression.test(path);
}

function takeRule(store: EmulatorShared, method: string, path: string): FaultRule | undefined {
  const rule = store.faults.find(
    (candidate) => (candidate.method === '*' || candidate.method === method) && pathMatches(candidate.path, path),
  );
  if (!rule) return undefined;
  rule.remaining -= 1;
  if (rule.remaining <= 0) store.faults.splice(store.faults.indexOf(rule), 1);
  store.counters.faultsTriggered += 1;
  return rule;
}

/** Planted faults fire before anything else: an error status, a dropped connection, or a delay. */
export function faultsMiddleware(store: EmulatorShared) {
  return createMiddleware<EmulatorEnv>(async function faults(c, next) {
    const rule = takeRule(store, c.req.method, c.req.path);
    if (!rule) return next();
    const { action } = rule;
    if (action.kind === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, action.delayMs));
      return next();
    }
    if (action.kind === 'reset') {
      c.env.incoming.socket.destroy();
      return c.body(null, 500);
    }
    const headers: Record<string, string> = action.status === 429 ? { 'Retry-After': String(action.retryAfterS ?? 1) } : {};
    const code = codes[action.status] ?? 'internal_server_error';
    throw new ApiProblem(
      action.status as 500,
      [qontoError(action.status, { code, detail: `Fault injected by the emulator (${action.status}).` })],
      headers,
    );
  });
}
