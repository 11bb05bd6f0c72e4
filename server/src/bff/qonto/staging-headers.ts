import type { BffConfig } from '../bff-config.ts';

/** Qonto's sandbox wants its staging token on every server-side call, the token endpoint included. */
export function stagingHeaders(config: Pick<BffConfig, 'stagingToken'>): Record<string, string> {
  return config.stagingToken ? { 'X-Qonto-Staging-Token': config.stagingToken } : {};
}
