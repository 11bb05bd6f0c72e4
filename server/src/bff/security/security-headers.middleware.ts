import { createMiddleware } from 'hono/factory';

/** Set by @hono/node-server's `RESPONSE_ALREADY_SENT`: the route wrote the answer to the socket itself. */
const alreadySent = 'x-hono-already-sent';

/**
 * Adds the security headers to every answer a route returns. An answer the proxy wrote to the socket
 * itself carries them already (see `relay`).
 */
export function securityHeaders(record: Readonly<Record<string, string>>) {
  const entries = Object.entries(record);
  return createMiddleware(async function securityHeadersMiddleware(c, next) {
    await next();
    if (c.res.headers.has(alreadySent)) return;
    let headers = c.res.headers;
    try {
      headers.set(entries[0]![0], entries[0]![1]);
    } catch {
      // Headers of a Response made by fetch are immutable: copy it once.
      c.res = new Response(c.res.body, c.res);
      headers = c.res.headers;
    }
    for (const [name, value] of entries) headers.set(name, value);
  });
}
