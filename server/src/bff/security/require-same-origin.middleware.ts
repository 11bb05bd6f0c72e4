import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../../lib/error-response.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for state-changing requests: the custom header `X-CSRF: 1` (which a cross-site form
 * cannot send without a CORS preflight this server never grants) and a same-origin Origin or
 * Sec-Fetch-Site.
 */
export function requireSameOrigin(appOrigin: string) {
  return createMiddleware(async function requireSameOriginMiddleware(c, next) {
    if (stateChanging.has(c.req.method)) {
      const origin = c.req.header('origin');
      const fetchSite = c.req.header('sec-fetch-site');
      const sameOrigin = origin !== undefined ? origin === appOrigin : fetchSite === 'same-origin';
      if (c.req.header('x-csrf') !== '1' || !sameOrigin) {
        throw new ApiProblem(403, {
          code: 'csrf_check_failed',
          detail: 'Refused: state-changing requests must come from this app (X-CSRF header and same origin).',
        });
      }
    }
    await next();
  });
}
