import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { newOpaqueToken, newUuid } from '../../lib/random-id.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions, OAuthClientRegistration } from '../emulator-options.ts';
import { emulatorNow, type EmulatorShared } from '../emulator-store.ts';
import type { EmulatorOrganizations } from '../organizations/emulator-organizations.ts';
import { authorizeErrorPage, consentPage } from './consent-page.ts';
import { issueTokens } from './issue-tokens.ts';
import { knownScopes } from './known-scopes.ts';
import { redirectUriMatches } from './redirect-uri-matches.ts';
import { clientAuthentication } from './client-authentication.ts';

const codeLifetimeMs = 10 * 60 * 1000;
const refreshGraceMs = 60 * 1000;
const verifierPattern = /^[A-Za-z0-9\-._~]{43,128}$/;

function redirectWith(c: Context, redirectUri: string, params: Record<string, string>): Response {
  const target = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return c.redirect(target.toString(), 302);
}

function oauthError(c: Context, status: 400 | 401, error: string, description: string): Response {
  c.header('Cache-Control', 'no-store');
  if (status === 401) c.header('WWW-Authenticate', 'Basic realm="qonto-emulator"');
  return c.json({ error, error_description: description }, status);
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** The organizations the user ticked (user flow) or picked (membership flow), checked against theirs. */
function chosenOrganizations(
  organizations: EmulatorOrganizations,
  identityType: 'membership' | 'user',
  picked: string[],
): string[] | undefined {
  const known = picked.filter((id) => organizations.byId(id) !== undefined);
  if (known.length !== picked.length || known.length === 0) return undefined;
  if (identityType === 'membership' && known.length !== 1) return undefined;
  return [...new Set(known)];
}

/**
 * The authorization server: consent page, decision, and the token endpoint's two grants. The demo user
 * belongs to every organization of the emulator; a membership consent is for one of them (chosen on the
 * page, or named by `organization_id`), a user-flow consent (`identity_type=user`) for those ticked.
 */
export function oauthRoutes(organizations: EmulatorOrganizations, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();
  const store: EmulatorShared = organizations.shared;
  const findClient = (id: string | undefined): OAuthClientRegistration | undefined =>
    options.oauthClients.find((client) => client.clientId === id);

  app.get('/oauth2/auth', (c) => {
    const q = (name: string) => c.req.query(name);
    const client = findClient(q('client_id'));
    if (!client) return c.html(authorizeErrorPage('Unknown client_id.'), 400);
    const redirectUri = q('redirect_uri');
    if (!redirectUri || !redirectUriMatches(client.redirectUris, redirectUri)) {
      return c.html(authorizeErrorPage('The redirect_uri is not registered for this client.'), 400);
    }
    const state = q('state');
    const fail = (error: string, description: string) =>
      redirectWith(c, redirectUri, { error, error_description: description, ...(state ? { state } : {}) });
    if (!state) return fail('invalid_request', 'state is required');
    if (q('response_type') !== 'code') return fail('unsupported_response_type', 'response_type must be code');
    const scopes = (q('scope') ?? '').split(' ').filter(Boolean);
    const unknown = scopes.filter((scope) => !knownScopes.has(scope));
    if (scopes.length === 0 || unknown.length > 0) {
      return fail('invalid_scope', unknown.length > 0 ? `unknown scope: ${unknown.join(' ')}` : 'scope is required');
    }
    const challenge = q('code_challenge') ?? null;
    const method = q('code_challenge_method');
    if (challenge !== null && (method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge))) {
      return fail('invalid_request', 'code_challenge must be an S256 challenge (code_challenge_method=S256)');
    }
    if (challenge === null && method !== undefined) return fail('invalid_request', 'code_challenge_method without code_challenge');
    const identityType = q('identity_type') ?? 'membership';
    if (identityType !== 'membership' && identityType !== 'user')
      return fail('invalid_request', 'identity_type must be user or membership');
    if (identityType !== (client.identityType ?? 'membership')) {
      return fail('unauthorized_client', `this application uses the ${client.identityType ?? 'membership'} flow only`);
    }
    if (identityType === 'user' && !scopes.includes('user_organization.read')) {
      return fail('invalid_scope', 'the user flow needs the scope user_organization.read');
    }
    const organizationId = q('organization_id') ?? null;
    if (organizationId !== null && !organizations.byId(organizationId)) {
      return fail('invalid_request', 'organization_id is not an organization of this user');
    }
    const requestId = newOpaqueToken();
    store.oauth.pendingConsents.set(requestId, {
      clientId: client.clientId,
      redirectUri,
      scopes,
      state,
      codeChallenge: challenge,
      expiresAt: emulatorNow(store) + codeLifetimeMs,
      identityType,
      organizationId,
    });
    c.header('Cache-Control', 'no-store');
    // A consent page inside another site's frame could be clickjacked into approving.
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', "frame-ancestors 'none'");
    const offered = organizationId === null ? organizations.all : [organizations.byId(organizationId)!];
    return c.html(
      consentPage({
        requestId,
        clientName: client.name,
        identityType,
        organizations: offered.map(({ organization }) => organization),
        scopes,
      }),
    );
  });

  app.post('/oauth2/auth/decision', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const requestId = typeof form.request_id === 'string' ? form.request_id : '';
    const pending = store.oauth.pendingConsents.get(requestId);
    store.oauth.pendingConsents.delete(requestId);
    if (!pending || pending.expiresAt <= emulatorNow(store)) {
      return c.html(authorizeErrorPage('This authorization request has expired or was already answered. Start again from the app.'), 400);
    }
    if (form.decision !== 'approve') {
      return redirectWith(c, pending.redirectUri, {
        error: 'access_denied',
        error_description: 'The user denied access',
        state: pending.state,
      });
    }
    const picked = [form.organization_id ?? []].flat().filter((value): value is string => typeof value === 'string');
    const organizationIds = chosenOrganizations(
      organizations,
      pending.identityType,
      pending.organizationId ? [pending.organizationId] : picked,
    );
    if (!organizationIds) {
      return c.html(
        authorizeErrorPage(
          pending.identityType === 'user'
            ? 'Tick at least one organization. Start again from the app.'
            : 'Choose one organization. Start again from the app.',
        ),
        400,
      );
    }
    const code = newOpaqueToken('qac_');
    store.oauth.codes.set(code, {
      identityType: pending.identityType,
      organizationIds,
      clientId: pending.clientId,
      redirectUri: pending.redirectUri,
      scopes: pending.scopes,
      codeChallenge: pending.codeChallenge,
      expiresAt: emulatorNow(store) + codeLifetimeMs,
      used: false,
      grantId: newUuid(),
    });
    return redirectWith(c, pending.redirectUri, { code, state: pending.state });
  });

  app.post('/oauth2/token', async (c) => {
    if (!/^application\/x-www-form-urlencoded/i.test(c.req.header('content-type') ?? '')) {
      return oauthError(c, 400, 'invalid_request', 'the body must be application/x-www-form-urlencoded');
    }
    const form = new URLSearchParams(await c.req.text());
    const credentials = clientAuthentication(c.req.header('authorization'), form);
    const client = credentials && findClient(credentials.clientId);
    if (!credentials || !client || client.clientSecret !== credentials.clientSecret) {
      return oauthError(c, 401, 'invalid_client', 'client authentication failed');
    }
    c.header('Cache-Control', 'no-store');
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      const code = store.oauth.codes.get(form.get('code') ?? '');
      if (!code || code.clientId !== client.clientId || code.expiresAt <= emulatorNow(store)) {
        return oauthError(c, 400, 'invalid_grant', 'the authorization code is invalid or expired');
      }
      if (code.used) return oauthError(c, 400, 'invalid_grant', 'the authorization code was already used');
      if (form.get('redirect_uri') !== code.redirectUri) {
        return oauthError(c, 400, 'invalid_grant', 'redirect_uri does not match the authorization request');
      }
      const verifier = form.get('code_verifier');
      if (code.codeChallenge !== null) {
        if (!verifier || !verifierPattern.test(verifier) || s256(verifier) !== code.codeChallenge) {
          return oauthError(c, 400, 'invalid_grant', 'PKCE verification failed');
        }
      } else if (verifier !== null) {
        return oauthError(c, 400, 'invalid_grant', 'code_verifier sent but no code_challenge was');
      }
      code.used = true;
      store.counters.tokenGrants.authorization_code += 1;
      return c.json(issueTokens(store, code, client.clientId, code.scopes, organizations.primary.settings.accessTokenTtlS));
    }
    if (grantType === 'refresh_token') {
      const presented = form.get('refresh_token') ?? '';
      const entry = store.oauth.refreshTokens.get(presented);
      const now = emulatorNow(store);
      if (
        !entry ||
        entry.clientId !== client.clientId ||
        entry.expiresAt <= now ||
        (entry.rotatedAt !== null && now - entry.rotatedAt > refreshGraceMs)
      ) {
        return oauthError(c, 400, 'invalid_grant', 'the refresh token is invalid, expired or already rotated');
      }
      entry.rotatedAt ??= now;
      store.counters.tokenGrants.refresh_token += 1;
      return c.json(issueTokens(store, entry, client.clientId, entry.scopes, organizations.primary.settings.accessTokenTtlS));
    }
    return oauthError(c, 400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
  });

  return app;
}
