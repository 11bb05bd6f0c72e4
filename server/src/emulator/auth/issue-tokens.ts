import { newOpaqueToken } from '../../lib/random-id.ts';
import { emulatorNow, type ConsentedOrganizations, type EmulatorShared } from '../emulator-store.ts';

const refreshTokenLifetimeMs = 90 * 24 * 3600 * 1000;

export interface TokenResponse {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
  scope: string;
  token_type: 'bearer';
}

/** Access token for the configured lifetime; a refresh token only with `offline_access`, as Qonto does. */
export function issueTokens(
  store: EmulatorShared,
  grant: ConsentedOrganizations & { grantId: string },
  clientId: string,
  scopes: readonly string[],
  ttl: number,
): TokenResponse {
  const { grantId, identityType, organizationIds } = grant;
  const now = emulatorNow(store);
  const accessToken = newOpaqueToken('qat_');
  store.oauth.accessTokens.set(accessToken, { grantId, clientId, scopes, expiresAt: now + ttl * 1000, identityType, organizationIds });
  store.oauth.issued.add(accessToken);
  const response: TokenResponse = { access_token: accessToken, expires_in: ttl, scope: scopes.join(' '), token_type: 'bearer' };
  if (scopes.includes('offline_access')) {
    const refreshToken = newOpaqueToken('qrt_');
    store.oauth.refreshTokens.set(refreshToken, {
      grantId,
      clientId,
      scopes,
      expiresAt: now + refreshTokenLifetimeMs,
      rotatedAt: null,
      identityType,
      organizationIds,
    });
    store.oauth.issued.add(refreshToken);
    response.refresh_token = refreshToken;
  }
  return response;
}

export function revokeGrant(store: EmulatorShared, grantId: string): void {
  for (const [token, entry] of store.oauth.accessTokens) if (entry.grantId === grantId) store.oauth.accessTokens.delete(token);
  for (const [token, entry] of store.oauth.refreshTokens) if (entry.grantId === grantId) store.oauth.refreshTokens.delete(token);
}

/**
 * The user's access to one organization ends (they left it, or removed it from the app's consent in Qonto):
 * a consent for that organization alone ends; a user-flow consent covering others keeps them.
 */
export function withdrawOrganization(store: EmulatorShared, organizationId: string): { revokedGrants: number; narrowedGrants: number } {
  const entries = [...store.oauth.accessTokens.values(), ...store.oauth.refreshTokens.values()].filter((entry) =>
    entry.organizationIds.includes(organizationId),
  );
  const revoked = new Set<string>();
  const narrowed = new Set<string>();
  for (const entry of entries) {
    if (entry.organizationIds.length === 1) revoked.add(entry.grantId);
    else {
      entry.organizationIds = entry.organizationIds.filter((id) => id !== organizationId);
      narrowed.add(entry.grantId);
    }
  }
  for (const grantId of revoked) revokeGrant(store, grantId);
  return { revokedGrants: revoked.size, narrowedGrants: narrowed.size };
}
