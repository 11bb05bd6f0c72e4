import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../../lib/error-response.ts';
import type { EmulatorEnv, Principal } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import { emulatorNow, type EmulatorShared, type EmulatorStore } from '../emulator-store.ts';

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const unauthorized = (detail: string) => new ApiProblem(401, { code: 'unauthorized', detail });

/**
 * Who is calling. With `organizationId`, the caller must also have been granted that organization (the
 * app's requests reach an organization's routes only through `organizationForRequest`, which checks the
 * same; this keeps each organization's routes closed on their own).
 */
function authenticate(
  header: string | undefined,
  store: EmulatorShared,
  options: EmulatorOptions,
  organizationId: string | null,
): Principal {
  if (!header) throw unauthorized('Authentication is required: send a bearer token or an API key.');
  const bearer = /^Bearer (\S+)$/i.exec(header);
  if (bearer) {
    const token = store.oauth.accessTokens.get(bearer[1]!);
    if (!token) throw unauthorized('The access token is not valid.');
    if (token.expiresAt <= emulatorNow(store)) {
      throw new ApiProblem(401, { code: 'token_expired', detail: 'The access token has expired: refresh it.' });
    }
    if (organizationId !== null && !token.organizationIds.includes(organizationId)) {
      throw new ApiProblem(403, { code: 'forbidden', detail: 'The access token was not granted for this organization.' });
    }
    return {
      kind: 'oauth',
      grantId: token.grantId,
      scopes: token.scopes,
      identityType: token.identityType,
      organizationIds: token.organizationIds,
    };
  }
  const separator = header.indexOf(':');
  if (separator > 0 && !header.includes(' ')) {
    const login = header.slice(0, separator);
    const secret = header.slice(separator + 1);
    if (sameSecret(login, options.apiKey.login) && sameSecret(secret, options.apiKey.secret)) {
      return { kind: 'api_key', grantId: null, scopes: 'all', identityType: 'membership', organizationIds: [] };
    }
  }
  throw unauthorized('The Authorization header is neither a valid bearer token nor a valid API key.');
}

/** Checks the bearer token or API key, then the OAuth scope the endpoint needs (403 when missing). */
export function requireScope(store: EmulatorStore | EmulatorShared, options: EmulatorOptions, scope: string | null) {
  return createMiddleware<EmulatorEnv>(async function requireScopeMiddleware(c, next) {
    // Read per request: a reset gives the same store another organization.
    const organizationId = 'organization' in store ? store.organization.id : null;
    const principal = authenticate(c.req.header('authorization'), store, options, organizationId);
    if (scope !== null && principal.scopes !== 'all' && !principal.scopes.includes(scope)) {
      throw new ApiProblem(403, { code: 'insufficient_permissions', detail: `This endpoint needs the OAuth scope \`${scope}\`.` });
    }
    c.set('principal', principal);
    await next();
  });
}
