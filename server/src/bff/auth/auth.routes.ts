import { organizationResponseSchema } from '@composer/shared';
import { Hono, type Context } from 'hono';
import type { BffConfig } from '../bff-config.ts';
import type { BffEnv } from '../bff-env.ts';
import { signValue, verifyValue } from '../crypto/signed-value.ts';
import { stagingHeaders } from '../proxy/staging-headers.ts';
import { clearCookie, cookieNames, readCookie, writeCookie } from '../session/session-cookies.ts';
import type { OrganizationSummary, SessionStore } from '../store/session-store.ts';
import { tokensFrom } from './access-token-provider.ts';
import { GrantRefused, type QontoOAuthClient } from './qonto-oauth-client.ts';

interface OAuthTransaction {
  state: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: number;
}

const transactionLifetimeS = 600;

/** Only paths of this app: never an absolute or protocol-relative URL (no open redirect). */
function safeReturnPath(value: string | undefined): string {
  return value && /^\/(?![/\\])[\w\-./?=&%#]*$/.test(value) ? value : '/';
}

async function organizationSummary(config: BffConfig, accessToken: string): Promise<OrganizationSummary | null> {
  try {
    const response = await fetch(`${config.hosts.api}/v2/organization`, {
      headers: { Authorization: `Bearer ${accessToken}`, ...stagingHeaders(config) },
      signal: AbortSignal.timeout(config.upstreamTimeoutMs),
    });
    const parsed = organizationResponseSchema.safeParse(await response.json());
    if (!parsed.success) return null;
    const { id, legal_name, legal_country } = parsed.data.organization;
    return { id, legal_name, legal_country };
  } catch {
    return null;
  }
}

async function revokeConsent(config: BffConfig, accessToken: string): Promise<void> {
  try {
    await fetch(`${config.hosts.api}/v2/oauth2/consents`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${accessToken}`, ...stagingHeaders(config) },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    // Best effort: the session is ended locally whatever Qonto says.
  }
}

export function authRoutes(config: BffConfig & { auth: { kind: 'oauth' } }, sessions: SessionStore, oauth: QontoOAuthClient, signingKeys: Buffer[]) {
  const app = new Hono<BffEnv>();
  const names = cookieNames(config);
  const backToApp = (c: Context, query: string) => c.redirect(`/${query}`, 302);

  app.get('/auth/login', async (c) => {
    const request = await oauth.authorizationRequest();
    const transaction: OAuthTransaction = {
      state: request.state,
      codeVerifier: request.codeVerifier,
      returnTo: safeReturnPath(c.req.query('return_to')),
      expiresAt: Date.now() + transactionLifetimeS * 1000,
    };
    writeCookie(c, config, names.oauth, signValue(transaction, signingKeys), transactionLifetimeS);
    c.header('Cache-Control', 'no-store');
    return c.redirect(request.url.toString(), 302);
  });

  app.get('/auth/callback', async (c) => {
    const transaction = verifyValue<OAuthTransaction>(readCookie(c, names.oauth), signingKeys);
    clearCookie(c, config, names.oauth);
    c.header('Cache-Control', 'no-store');
    if (!transaction || transaction.expiresAt < Date.now()) return backToApp(c, '?auth_error=expired');
    let tokens;
    try {
      tokens = tokensFrom(await oauth.exchangeCode(new URL(c.req.url), transaction.state, transaction.codeVerifier));
    } catch (error) {
      if (error instanceof GrantRefused) {
        const reason = new URL(c.req.url).searchParams.get('error') ?? 'refused';
        return backToApp(c, `?auth_error=${encodeURIComponent(reason)}`);
      }
      throw error;
    }
    const previous = c.get('session');
    if (previous) sessions.delete(previous.idHash);
    const organization = await organizationSummary(config, tokens.accessToken);
    const { id } = sessions.create({ tokens, organization, reauthRequired: false }, config.sessionMaxAgeS);
    writeCookie(c, config, names.session, id, config.sessionMaxAgeS);
    return c.redirect(transaction.returnTo, 302);
  });

  app.post('/auth/logout', async (c) => {
    const session = c.get('session');
    if (session) {
      if (session.data.tokens) await revokeConsent(config, session.data.tokens.accessToken);
      sessions.delete(session.idHash);
    }
    clearCookie(c, config, names.session);
    return c.body(null, 204);
  });

  return app;
}
