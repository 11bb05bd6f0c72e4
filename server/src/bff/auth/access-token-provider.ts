import type { TokenEndpointResponse } from 'oauth4webapi';
import { ApiProblem } from '../../lib/error-response.ts';
import type { SessionStore, SessionTokens, StoredSession } from '../store/session-store.ts';
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

/**
 * Hands out a valid access token for a session, refreshing it before it expires. Refreshes are
 * single-flight per session: any number of parallel requests at expiry make exactly one token grant,
 * and the rotated refresh token is written in one compare-and-swap.
 */
export class AccessTokenProvider {
  private readonly inflight = new Map<string, Promise<StoredSession>>();
  private readonly store: SessionStore;
  private readonly oauth: QontoOAuthClient;

  constructor(store: SessionStore, oauth: QontoOAuthClient) {
    this.store = store;
    this.oauth = oauth;
  }

  async accessToken(session: StoredSession, options: { force?: boolean } = {}): Promise<string> {
    const tokens = session.data.tokens;
    if (!tokens || session.data.reauthRequired) throw reauthRequired();
    if (isFresh(tokens) && !options.force) return tokens.accessToken;
    let refreshing = this.inflight.get(session.idHash);
    if (!refreshing) {
      refreshing = this.refresh(session, tokens.accessToken).finally(() => this.inflight.delete(session.idHash));
      this.inflight.set(session.idHash, refreshing);
    }
    const refreshed = await refreshing;
    return refreshed.data.tokens!.accessToken;
  }

  private async refresh(session: StoredSession, staleAccessToken: string): Promise<StoredSession> {
    const current = this.store.reload(session);
    if (!current?.data.tokens) throw reauthRequired();
    if (current.data.tokens.accessToken !== staleAccessToken && isFresh(current.data.tokens)) return current;
    const refreshToken = current.data.tokens.refreshToken;
    if (!refreshToken) return this.giveUp(current);
    let response: TokenEndpointResponse;
    try {
      response = await this.oauth.refresh(refreshToken);
    } catch (error) {
      if (error instanceof GrantRefused) return this.giveUp(current);
      if (error instanceof ApiProblem) throw error;
      throw new ApiProblem(502, {
        code: 'upstream_unavailable',
        detail: 'Qonto’s authorization server did not answer; try again in a moment.',
      });
    }
    const updated = this.store.update(current, { ...current.data, tokens: tokensFrom(response, refreshToken), reauthRequired: false });
    return updated ?? this.store.reload(current) ?? this.giveUp(current);
  }

  /** Remembers that the user must reconnect, so no request loops on a dead token. */
  markReauthRequired(session: StoredSession): void {
    const current = this.store.reload(session);
    if (current) this.store.update(current, { ...current.data, tokens: null, reauthRequired: true });
  }

  private giveUp(session: StoredSession): never {
    this.markReauthRequired(session);
    throw reauthRequired();
  }
}
