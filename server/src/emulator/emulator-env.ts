import type { HttpBindings } from '@hono/node-server';

export interface Principal {
  kind: 'oauth' | 'api_key';
  grantId: string | null;
  scopes: readonly string[] | 'all';
  identityType: 'membership' | 'user';
  /** The organizations an OAuth grant covers (none listed for the API key: it is its organization's). */
  organizationIds: readonly string[];
}

export type EmulatorEnv = {
  /** `traceId`: set when the top-level app hands a call to an organization's, so both name it alike. */
  Bindings: HttpBindings & { traceId?: string };
  Variables: { traceId: string; principal: Principal };
};
