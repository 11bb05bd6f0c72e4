import { createMiddleware } from 'hono/factory';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';

/** Checks each answer on Qonto's paths against the OpenAPI description (tests only). */
export function contractCheckMiddleware(check: NonNullable<EmulatorOptions['contractCheck']>) {
  return createMiddleware<EmulatorEnv>(async function contractCheck(c, next) {
    await next();
    if (c.env?.incoming?.socket?.destroyed) return; // a dropped-connection fault: nothing was answered
    const text = await c.res.clone().text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const violations = check(c.req.method, c.req.path, c.res.status, body);
    if (violations.length === 0) return;
    console.error(`[emulator] contract violation on ${c.req.method} ${c.req.path}:\n  ${violations.join('\n  ')}`);
    c.res = c.json({ errors: [{ status: '500', code: 'contract_violation', detail: violations.join('; ') }] }, 500);
  });
}
