import { createMiddleware } from 'hono/factory';

/**
 * Headers on every answer: a strict CSP (frames only from the invoice-preview origins), no sniffing,
 * no referrer, no framing of the app itself, and HSTS when the app's origin is https.
 */
export function securityHeaders(previewOrigins: readonly string[], https: boolean) {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    `frame-src ${previewOrigins.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return createMiddleware(async function securityHeadersMiddleware(c, next) {
    await next();
    c.header('Content-Security-Policy', policy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    // Browsers ignore HSTS over plain http; it is sent only when users reach the app over https.
    if (https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
}
