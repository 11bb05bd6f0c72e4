import { z } from 'zod';
import { demoOAuthClient, demoUserFlowOAuthClient } from '../lib/local-demo-credentials.ts';
import { parseEnv } from '../lib/parse-env.ts';
import { qontoHosts, type QontoEnvironment, type QontoHosts } from './qonto-hosts.ts';

const port = z.coerce.number().int().min(0).max(65_535);
const optionalText = z.string().trim().min(1).optional();
const localSessionSecret = 'local-development-only-session-secret-do-not-deploy';

const bffEnvSchema = z
  .object({
    PORT: port.default(3000),
    HOST: optionalText,
    APP_ORIGIN: z.url({ message: 'must be the origin users open, like https://invoices.example.com' }).optional(),
    QONTO_ENV: z.enum(['local', 'sandbox', 'production']).default('local'),
    QONTO_EMULATOR_PORT: port.default(4010),
    QONTO_CLIENT_ID: optionalText,
    QONTO_CLIENT_SECRET: optionalText,
    QONTO_REDIRECT_URI: z.url({ message: 'must be the absolute URL of /auth/callback' }).optional(),
    QONTO_API_KEY: z
      .string()
      .regex(/^[^:\s]+:[^:\s]+$/, { message: 'must be "<organization-login>:<secret-key>"' })
      .optional(),
    QONTO_STAGING_TOKEN: optionalText,
    QONTO_OAUTH_FLOW: z.enum(['membership', 'user']).default('membership'),
    SESSION_SECRET: optionalText,
    SESSION_MAX_AGE_S: z.coerce
      .number()
      .int()
      .min(300)
      .max(30 * 24 * 3600)
      .default(12 * 3600),
    DATA_DIR: optionalText,
    QONTO_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    QONTO_RATE_LIMIT_PER_10S: z.coerce.number().int().min(1).max(100_000).default(1000),
    WEB_DIST_DIR: optionalText,
  })
  .superRefine(
    (env, ctx) => {
      const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const oauthGiven = [env.QONTO_CLIENT_ID, env.QONTO_CLIENT_SECRET, env.QONTO_REDIRECT_URI].some((value) => value !== undefined);
      if (oauthGiven && env.QONTO_API_KEY)
        problem('QONTO_API_KEY', 'set either the OAuth client (QONTO_CLIENT_ID, ...) or an API key, not both');
      if (env.QONTO_ENV !== 'local') {
        if (!oauthGiven && !env.QONTO_API_KEY)
          problem('QONTO_CLIENT_ID', `required with QONTO_ENV=${env.QONTO_ENV} (or set QONTO_API_KEY)`);
        if (oauthGiven) {
          for (const name of ['QONTO_CLIENT_ID', 'QONTO_CLIENT_SECRET', 'QONTO_REDIRECT_URI'] as const) {
            if (env[name] === undefined) problem(name, 'required for the OAuth client');
          }
        }
        if (!env.SESSION_SECRET) problem('SESSION_SECRET', `required with QONTO_ENV=${env.QONTO_ENV}`);
      }
      if (env.QONTO_ENV === 'sandbox' && !env.QONTO_STAGING_TOKEN) problem('QONTO_STAGING_TOKEN', 'required with QONTO_ENV=sandbox');
      if (env.QONTO_ENV === 'production' && env.QONTO_STAGING_TOKEN)
        problem('QONTO_STAGING_TOKEN', 'production rejects the staging token: unset it');
      const secrets = env.SESSION_SECRET?.split(',').map((secret) => secret.trim()) ?? [];
      if (secrets.some((secret) => secret.length < 32))
        problem('SESSION_SECRET', 'each comma-separated secret needs at least 32 characters');
      // Runs even when single variables failed, so one start-up lists every problem at once.
    },
    { when: () => true },
  );

/**
 * `flow`: Qonto's membership flow (one consent per organization, the default) or the user flow (one
 * consent for several organizations; only for applications Qonto approved, and then their only flow).
 */
export type BffAuth =
  | { kind: 'oauth'; clientId: string; clientSecret: string; redirectUri: string; flow: 'membership' | 'user' }
  | { kind: 'api_key'; apiKey: string };

export interface BffConfig {
  port: number;
  host: string;
  appOrigin: string;
  environment: QontoEnvironment;
  hosts: QontoHosts;
  auth: BffAuth;
  stagingToken: string | undefined;
  /** First secret encrypts and signs; the others still decrypt and verify (rotation). */
  sessionSecrets: string[];
  sessionMaxAgeS: number;
  secureCookies: boolean;
  databasePath: string;
  upstreamTimeoutMs: number;
  rateLimitPer10s: number;
  /** Qonto's rate-limit window (10 s); only tests shorten it. */
  rateLimitWindowMs: number;
  webDistDir: string | null;
  warnings: string[];
}

export function loadBffConfig(env: Record<string, string | undefined> = process.env): BffConfig {
  const vars = parseEnv(bffEnvSchema, env, 'The app server cannot start: fix these environment variables.');
  const host = vars.HOST ?? '127.0.0.1';
  const appOrigin = (vars.APP_ORIGIN ?? `http://${host}:${vars.PORT}`).replace(/\/$/, '');
  const warnings: string[] = [];
  let auth: BffAuth;
  if (vars.QONTO_API_KEY) {
    auth = { kind: 'api_key', apiKey: vars.QONTO_API_KEY };
    warnings.push(
      `API-key mode: one organization for everyone who reaches this server, which listens on ${host}${vars.HOST ? '' : ' (set HOST to change it)'}.`,
    );
  } else if (vars.QONTO_CLIENT_ID) {
    auth = {
      kind: 'oauth',
      clientId: vars.QONTO_CLIENT_ID,
      clientSecret: vars.QONTO_CLIENT_SECRET!,
      redirectUri: vars.QONTO_REDIRECT_URI!,
      flow: vars.QONTO_OAUTH_FLOW,
    };
  } else {
    const demo = vars.QONTO_OAUTH_FLOW === 'user' ? demoUserFlowOAuthClient : demoOAuthClient;
    auth = {
      kind: 'oauth',
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
      redirectUri: `${appOrigin}/auth/callback`,
      flow: vars.QONTO_OAUTH_FLOW,
    };
  }
  if (!vars.SESSION_SECRET) warnings.push('SESSION_SECRET is not set: using the local development secret (never deploy like this).');
  return {
    port: vars.PORT,
    host,
    appOrigin,
    environment: vars.QONTO_ENV,
    hosts: qontoHosts(vars.QONTO_ENV, `http://127.0.0.1:${vars.QONTO_EMULATOR_PORT}`),
    auth,
    stagingToken: vars.QONTO_STAGING_TOKEN,
    sessionSecrets: (vars.SESSION_SECRET ?? localSessionSecret).split(',').map((secret) => secret.trim()),
    sessionMaxAgeS: vars.SESSION_MAX_AGE_S,
    secureCookies: !(vars.QONTO_ENV === 'local' && appOrigin.startsWith('http://')),
    databasePath: `${vars.DATA_DIR ?? new URL('../../../.data', import.meta.url).pathname}/app-server.sqlite`,
    upstreamTimeoutMs: vars.QONTO_TIMEOUT_MS,
    rateLimitPer10s: vars.QONTO_RATE_LIMIT_PER_10S,
    rateLimitWindowMs: 10_000,
    webDistDir: vars.WEB_DIST_DIR ?? new URL('../../../web/dist', import.meta.url).pathname,
    warnings,
  };
}
