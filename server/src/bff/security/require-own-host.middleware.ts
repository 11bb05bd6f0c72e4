import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../../lib/error-response.ts';

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

/** The `Host` values this app answers to: its origin's, and the loopback aliases of a loopback origin. */
export function ownHosts(appOrigin: string): Set<string> {
  const origin = new URL(appOrigin);
  const hosts = new Set([origin.host]);
  if (loopbackNames.includes(origin.hostname)) {
    const port = origin.port ? `:${origin.port}` : '';
    for (const name of loopbackNames) hosts.add(`${name}${port}`);
  }
  return hosts;
}

/**
 * DNS-rebinding defence: a page on `rebind.example` that resolves to this server sends `Host:
 * rebind.example`; anything but the app's own host is answered 421 before a session or a route is
 * reached, so no answer of this server is ever readable from another site.
 */
export function requireOwnHost(appOrigin: string) {
  const allowed = ownHosts(appOrigin);
  return createMiddleware(async function requireOwnHostMiddleware(c, next) {
    const host = c.req.header('host')?.toLowerCase();
    if (host === undefined || !allowed.has(host)) {
      throw new ApiProblem(421, { code: 'misdirected_request', detail: 'This server answers only for its own address.' });
    }
    await next();
  });
}
