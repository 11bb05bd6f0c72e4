import { qontoError } from '@composer/shared';
import { Hono } from 'hono';
import { ApiProblem, problemResponse } from '../lib/error-response.ts';
import { AccessTokenProvider } from './auth/access-token-provider.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { createQontoOAuthClient } from './auth/qonto-oauth-client.ts';
import type { BffConfig } from './bff-config.ts';
import type { BffEnv } from './bff-env.ts';
import { deriveSecretKeys } from './crypto/secret-keys.ts';
import { healthRoutes } from './health/health.routes.ts';
import { ApiKeyOrganization } from './proxy/organization-access.ts';
import { qontoProxyRoutes } from './proxy/qonto-proxy.routes.ts';
import { RequestBudget } from './proxy/request-budget.ts';
import { QontoClient } from './qonto/qonto-client.ts';
import { requireOwnHost } from './security/require-own-host.middleware.ts';
import { requireSameOrigin } from './security/require-same-origin.middleware.ts';
import { securityHeaderRecord } from './security/security-headers.ts';
import { securityHeaders } from './security/security-headers.middleware.ts';
import { loadSession } from './session/load-session.middleware.ts';
import { sessionRoutes } from './session/session.routes.ts';
import { webAppRoutes } from './static/web-app.routes.ts';
import { openAppDatabase } from './store/app-database.ts';
import { IdempotencyStore } from './store/idempotency-store.ts';
import { purgeExpiredEvery } from './store/purge-expired.ts';
import { SessionStore } from './store/session-store.ts';

/** How often expired sessions and idempotent answers are removed. */
export const purgeIntervalMs = 10 * 60_000;

export interface BffApp {
  app: Hono<BffEnv>;
  close: () => void;
}

export function createBffApp(config: BffConfig): BffApp {
  const db = openAppDatabase(config.databasePath);
  const keys = deriveSecretKeys(config.sessionSecrets);
  const sessions = new SessionStore(db, keys.encryption);
  const idempotency = new IdempotencyStore(db, keys.encryption);
  const stopPurging = purgeExpiredEvery([sessions, idempotency], purgeIntervalMs);
  const oauthConfig = config.auth.kind === 'oauth' ? (config as BffConfig & { auth: { kind: 'oauth' } }) : null;
  const oauth = oauthConfig ? createQontoOAuthClient(oauthConfig) : null;
  const tokens = oauth ? new AccessTokenProvider(sessions, oauth) : null;

  const app = new Hono<BffEnv>();
  const responseHeaders = securityHeaderRecord(config);
  app.use('*', securityHeaders(responseHeaders));
  app.use('*', requireOwnHost(config.appOrigin));
  app.use('/api/*', requireSameOrigin(config.appOrigin));
  app.use('/auth/logout', requireSameOrigin(config.appOrigin));
  app.use('/auth/disconnect', requireSameOrigin(config.appOrigin));
  // Only the API and the auth routes use the session: static files skip the store and the decryption, and
  // an API-key instance has no sessions at all.
  if (config.auth.kind === 'oauth') {
    const session = loadSession(config, sessions);
    app.use('/api/*', session);
    app.use('/auth/*', session);
  }
  const budget = new RequestBudget(config.rateLimitPer10s, config.rateLimitWindowMs);
  const qonto = new QontoClient(config);
  app.route('/', healthRoutes(config, qonto, budget.lane('health')));
  const apiKeyOrganization =
    config.auth.kind === 'api_key' ? new ApiKeyOrganization(qonto, config.auth.apiKey, budget.lane('api-key')) : null;
  app.route('/', sessionRoutes(config, apiKeyOrganization));
  if (oauthConfig && oauth) app.route('/', authRoutes(oauthConfig, { sessions, oauth, qonto, budget, sealingKeys: keys.encryption }));
  app.route('/', qontoProxyRoutes({ config, budget, tokens, apiKeyOrganization, idempotency, qonto, responseHeaders }));
  app.all('/api/*', () => {
    throw new ApiProblem(404, { code: 'not_found', detail: 'No such API route.' });
  });
  if (config.webDistDir) app.route('/', webAppRoutes(config.webDistDir));

  app.notFound((c) => problemResponse(c, new ApiProblem(404, { code: 'not_found', detail: 'Not found.' })));
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error);
    console.error('[app] unexpected error:', (error as Error).message);
    return problemResponse(
      c,
      new ApiProblem(500, [
        qontoError(500, { code: 'internal_server_error', detail: 'The app server failed unexpectedly. Nothing was lost; try again.' }),
      ]),
    );
  });
  return {
    app,
    close: () => {
      stopPurging();
      void qonto.close();
      db.close();
    },
  };
}
