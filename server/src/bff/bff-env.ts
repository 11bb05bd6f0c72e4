import type { HttpBindings } from '@hono/node-server';
import type { StoredSession } from './store/session-store.ts';

export type BffEnv = {
  Bindings: HttpBindings;
  Variables: { session: StoredSession | undefined };
};
