import type { BffConfig } from '../bff-config.ts';

/** Where invoice previews come from: the emulator locally, Qonto's domains otherwise. */
function previewOrigins(config: Pick<BffConfig, 'environment' | 'hosts'>): string[] {
  return config.environment === 'local' ? [new URL(config.hosts.api).origin] : ['https://*.qonto.com', 'https://*.qonto.co'];
}

/**
 * Headers on every answer: a strict CSP (frames only from the invoice-preview origins), no sniffing,
 * no referrer, no framing of the app itself, and HSTS when the app's origin is https. Built once, as a
 * plain record, so the proxy can write it with Qonto's answer at no cost per request.
 */
export function securityHeaderRecord(config: Pick<BffConfig, 'environment' | 'hosts' | 'appOrigin'>): Readonly<Record<string, string>> {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    `frame-src ${previewOrigins(config).join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return Object.freeze({
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    // Browsers ignore HSTS over plain http; it is sent only when users reach the app over https.
    ...(config.appOrigin.startsWith('https://') ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  });
}
