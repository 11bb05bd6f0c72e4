import type { TokenEndpointResponse } from 'oauth4webapi';
import { ApiProblem } from '../../lib/error-response.ts';
import { replaceConnection, withAccessWithdrawn, type Connection, type SessionTokens } from '../session/connections.ts';
import type { SessionStore, StoredSession } from '../store/session-store.ts';
import { GrantRefused, type QontoOAuthClient } from './qonto-oauth-client.ts';

export const reauthRequired = () =>
  new ApiProblem(401, {
    code: 'reauth_required',
    detail: 'The connection to Qonto has expired: reconnect to continue. Nothing you typed is lost.',
  });

export function tokensFrom(response: TokenEndpointResponse, previousRefreshToken: string | null = null): SessionTokens {
  const lifetime = typeof response.expires_in === 'number' ? response.expires_in : 3600;
  return {
    accessToken: response.access_token,
    refreshToken: typeof response.refresh_token === 'string' ? response.refresh_token : previousRefreshToken,
    accessTokenExpiresAt: Date.now() + lifetime * 1000,
    accessTokenLifetimeS: lifetime,
    scope: typeof response.scope === 'string' ? response.scope : '',
  };
}

/** Refresh ahead of expiry: 60 s before, or at three quarters of a shorter lifetime. */
function isFresh(tokens: SessionTokens, now = Date.now()): boolean {
  const margin = Math.min(60_000, tokens.accessTokenLifetimeS * 250);
  return tokens.accessTokenExpiresAt - now > margin;
}

function connectionIn(session: StoredSession | undefined, id: string): Connection | undefined {
  return session?.data.connections.find((connection) => connection.id === id);
}

/**
 * Hands out a valid access token for one connection of a session, refreshing it before it expires.
 * Refreshes are single-flight per connection: any number of parallel requests at expiry make exactly one
 * token grant, and the rotated refresh token is written into that connection alone (compare-and-swap,
 * retried), so two connections refreshing at once never lose each other's tokens.
 */
export class AccessTokenProvider {
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly store: SessionStore;
  private readonly oauth: QontoOAuthClient;

  constructor(store: SessionStore, oauth: QontoOAuthClient) {
    this.store = store;
    this.oauth = oauth;
  }

  async accessToken(session: StoredSession, connection: Connection, options: { force?: boolean } = {}): Promise<string> {
    const tokens = connection.tokens;
    if (!tokens || connection.reauthRequired) throw reauthRequired();
    if (isFresh(tokens) && !options.force) return tokens.accessToken;
    const key = `${session.idHash}:${connection.id}`;
    let refreshing = this.inflight.get(key);
    if (!refreshing) {
      refreshing = this.refresh(session, connection.id, tokens.accessToken).finally(() => this.inflight.delete(key));
      this.inflight.set(key, refreshing);
    }
    return refreshing;
  }

  private async refresh(session: StoredSession, connectionId: string, staleAccessToken: string): Promise<string> {
    const current = connectionIn(this.store.reload(session), connectionId);
    if (!current?.tokens || current.reauthRequired) throw reauthRequired();
    if (current.tokens.accessToken !== staleAccessToken && isFresh(current.tokens)) return current.tokens.accessToken;
    const refreshToken = current.tokens.refreshToken;
    if (!refreshToken) return this.giveUp(session, current);
    let response: TokenEndpointResponse;
    try {
      response = await this.oauth.refresh(refreshToken);
    } catch (error) {
      if (error instanceof GrantRefused) return this.giveUp(session, current);
      if (error instanceof ApiProblem) throw error;
      throw new ApiProblem(502, {
        code: 'upstream_unavailable',
        detail: 'Qonto’s authorization server did not answer; try again in a moment.',
      });
    }
    const tokens = tokensFrom(response, refreshToken);
    this.store.modify(session, (data) => replaceConnection(data, connectionId, (c) => ({ ...c, tokens, reauthRequired: false })));
    return tokens.accessToken;
  }

  /** Remembers that this connection must be consented again, so no request loops on a dead token. */
  markReauthRequired(session: StoredSession, connectionId: string): void {
    this.store.modify(session, (data) => replaceConnection(data, connectionId, (c) => ({ ...c, tokens: null, reauthRequired: true })));
  }

  /** Qonto no longer lets this session act for one organization of a consent; the consent's others go on. */
  markAccessWithdrawn(session: StoredSession, organizationId: string): void {
    this.store.modify(session, (data) => withAccessWithdrawn(data, organizationId));
  }

  private giveUp(session: StoredSession, connection: Connection): never {
    this.markReauthRequired(session, connection.id);
    throw reauthRequired();
  }
}
