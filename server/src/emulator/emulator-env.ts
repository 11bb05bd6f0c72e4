import type { HttpBindings } from '@hono/node-server';

export interface Principal {
  kind: 'oauth' | 'api_key';
  grantId: string | null;
  scopes: readonly string[] | 'all';
}

export type EmulatorEnv = {
  Bindings: HttpBindings;
  Variables: { traceId: string; principal: Principal };
};
