import { createMiddleware } from 'hono/factory';
import type { BffConfig } from '../bff-config.ts';
import type { BffEnv } from '../bff-env.ts';
import type { SessionStore } from '../store/session-store.ts';
import { cookieNames, readCookie } from './session-cookies.ts';

export function loadSession(config: BffConfig, sessions: SessionStore) {
  const names = cookieNames(config);
  return createMiddleware<BffEnv>(async function loadSessionMiddleware(c, next) {
    c.set('session', sessions.find(readCookie(c, names.session)));
    await next();
  });
}
