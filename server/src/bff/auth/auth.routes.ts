import { organizationResponseSchema } from '@composer/shared';
import { Hono, type Context } from 'hono';
import type { BffConfig } from '../bff-config.ts';
import type { BffEnv } from '../bff-env.ts';
import { randomUUID } from 'node:crypto';
import { open, seal } from '../crypto/token-cipher.ts';
import type { BudgetLane, RequestBudget } from '../proxy/request-budget.ts';
import type { QontoClient } from '../qonto/qonto-client.ts';
import { readUserOrganizations } from '../qonto/user-organizations.ts';
import { clearCookie, cookieNames, readCookie, writeCookie } from '../session/session-cookies.ts';
import { uuidPattern } from '../../lib/random-id.ts';
import { connectionFor, withConnection, withoutOrganization, type Connection, type OrganizationSummary } from '../session/connections.ts';
import type { SessionStore } from '../store/session-store.ts';
import { tokensFrom } from './access-token-provider.ts';
import { GrantRefused, type QontoOAuthClient } from './qonto-oauth-client.ts';

interface OAuthTransaction {
  /** Marks the transaction used once its callback has run: a replayed cookie is refused. */
  id: string;
  state: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: number;
}

const transactionLifetimeS = 600;
const transactionPurpose = 'oauth-transaction';

/** Ids of transactions whose callback has run, kept until they would have expired anyway. */
class UsedTransactions {
  private readonly used = new Map<string, number>();

  /** True the first time an id is seen; false on every replay. */
  consume(id: string, expiresAt: number): boolean {
    const now = Date.now();
    for (const [known, until] of this.used) if (until < now) this.used.delete(known);
    if (this.used.has(id)) return false;
    this.used.set(id, expiresAt);
    return true;
  }
}

/** The PKCE verifier and state travel sealed (AES-256-GCM), not merely signed: the browser cannot read them. */
function sealTransaction(transaction: OAuthTransaction, keys: readonly Buffer[]): string {
  return seal(transaction, keys, transactionPurpose).toString('base64url');
}

function openTransaction(cookie: string | undefined, keys: readonly Buffer[]): OAuthTransaction | undefined {
  if (!cookie || !/^[\w-]+$/.test(cookie)) return undefined;
  return open<OAuthTransaction>(Buffer.from(cookie, 'base64url'), keys, transactionPurpose);
}

/** Only paths of this app: never an absolute or protocol-relative URL (no open redirect). */
function safeReturnPath(value: string | undefined): string {
  return value && /^\/(?![/\\])[\w\-./?=&%#]*$/.test(value) ? value : '/';
}

/**
 * Which organizations a new consent covers: the one organization of a membership token, or those the user
 * ticked in the user flow (`/v2/user_organizations`). Empty when Qonto does not say.
 */
async function consentedOrganizations(
  qonto: QontoClient,
  lane: BudgetLane,
  accessToken: string,
  flow: 'membership' | 'user',
): Promise<OrganizationSummary[]> {
  const authorization = `Bearer ${accessToken}`;
  try {
    if (flow === 'user') {
      return (await readUserOrganizations(qonto, lane, authorization)) ?? [];
    }
    const response = await qonto.send({ method: 'GET', path: '/v2/organization', authorization, lane });
    const parsed = organizationResponseSchema.safeParse(await response.json());
    if (!parsed.success) return [];
    const { id, legal_name, legal_country } = parsed.data.organization;
    return [{ id, legal_name, legal_country }];
  } catch {
    return [];
  }
}

async function revokeConsent(qonto: QontoClient, lane: BudgetLane, accessToken: string): Promise<void> {
  try {
    const response = await qonto.send({
      method: 'DELETE',
      path: '/v2/oauth2/consents',
      authorization: `Bearer ${accessToken}`,
      lane,
      timeoutMs: 5000,
    });
    await response.discard();
  } catch {
    // Best effort: the session is ended locally whatever Qonto says.
  }
}

export interface AuthDependencies {
  sessions: SessionStore;
  oauth: QontoOAuthClient;
  qonto: QontoClient;
  budget: RequestBudget;
  sealingKeys: Buffer[];
}

export function authRoutes(config: BffConfig & { auth: { kind: 'oauth' } }, deps: AuthDependencies) {
  const { sessions, oauth, qonto, budget, sealingKeys } = deps;
  const app = new Hono<BffEnv>();
  const usedTransactions = new UsedTransactions();
  const names = cookieNames(config);
  const backToApp = (c: Context, query: string) => c.redirect(`/${query}`, 302);

  app.get('/auth/login', async (c) => {
    const organizationId = c.req.query('organization_id');
    const request = await oauth.authorizationRequest(organizationId && uuidPattern.test(organizationId) ? organizationId : undefined);
    const transaction: OAuthTransaction = {
      id: randomUUID(),
      state: request.state,
      codeVerifier: request.codeVerifier,
      returnTo: safeReturnPath(c.req.query('return_to')),
      expiresAt: Date.now() + transactionLifetimeS * 1000,
    };
    writeCookie(c, config, names.oauth, sealTransaction(transaction, sealingKeys), transactionLifetimeS);
    c.header('Cache-Control', 'no-store');
    return c.redirect(request.url.toString(), 302);
  });

  app.get('/auth/callback', async (c) => {
    const transaction = openTransaction(readCookie(c, names.oauth), sealingKeys);
    clearCookie(c, config, names.oauth);
    c.header('Cache-Control', 'no-store');
    if (!transaction || transaction.expiresAt < Date.now() || !usedTransactions.consume(transaction.id, transaction.expiresAt)) {
      return backToApp(c, '?auth_error=expired');
    }
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
    const { flow } = config.auth;
    const organizations = await consentedOrganizations(qonto, budget.lane('auth'), tokens.accessToken, flow);
    if (organizations.length === 0) return backToApp(c, '?auth_error=organization_unreadable');
    const connection: Connection = { id: randomUUID(), flow, tokens, reauthRequired: false, organizations };
    // A new consent joins the session's other connections (or renews the one for the same organization);
    // the session id changes at every consent, so an id planted before it is worth nothing after.
    const previous = c.get('session');
    if (previous) sessions.delete(previous.idHash);
    const { id } = sessions.create(withConnection(previous?.data ?? { connections: [] }, connection), config.sessionMaxAgeS);
    writeCookie(c, config, names.session, id, config.sessionMaxAgeS);
    return c.redirect(transaction.returnTo, 302);
  });

  /** Disconnects one organization: its consent is revoked at Qonto once no other organization uses it. */
  app.post('/auth/disconnect', async (c) => {
    const session = c.get('session');
    const organizationId = c.req.query('organization_id') ?? '';
    const connection = session && connectionFor(session.data, organizationId);
    if (session && connection) {
      if (connection.tokens && connection.organizations.length === 1) {
        await revokeConsent(qonto, budget.lane(session.idHash), connection.tokens.accessToken);
      }
      const remaining = sessions.modify(session, (data) => withoutOrganization(data, organizationId));
      if (!remaining || remaining.data.connections.length === 0) {
        sessions.delete(session.idHash);
        clearCookie(c, config, names.session);
      }
    }
    return c.body(null, 204);
  });

  /** Disconnects every organization and ends the session. */
  app.post('/auth/logout', async (c) => {
    const session = c.get('session');
    if (session) {
      const lane = budget.lane(session.idHash);
      await Promise.all(
        session.data.connections.flatMap((connection) =>
          connection.tokens ? [revokeConsent(qonto, lane, connection.tokens.accessToken)] : [],
        ),
      );
      sessions.delete(session.idHash);
    }
    clearCookie(c, config, names.session);
    return c.body(null, 204);
  });

  return app;
}
