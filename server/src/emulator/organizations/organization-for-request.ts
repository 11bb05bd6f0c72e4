import { ApiProblem } from '../../lib/error-response.ts';
import type { EmulatorStore } from '../emulator-store.ts';
import type { EmulatorOrganizations } from './emulator-organizations.ts';

export const organizationHeader = 'x-qonto-organization-id';

/**
 * The organization a call to `/v2/...` acts on. A membership token is for one organization; a user-flow
 * token covers several, so each call names one with `X-Qonto-Organization-Id` (missing, or one the user
 * did not consent to: 403). The API key is its own organization's, the primary one. A caller that cannot
 * be identified goes to the primary organization, whose routes answer the 401.
 */
export function organizationForRequest(
  organizations: EmulatorOrganizations,
  authorization: string | undefined,
  named: string | undefined,
): EmulatorStore {
  const bearer = authorization && /^Bearer (\S+)$/i.exec(authorization);
  const token = bearer ? organizations.shared.oauth.accessTokens.get(bearer[1]!) : undefined;
  if (!token) return organizations.primary;
  if (token.identityType === 'membership') {
    const store = organizations.byId(token.organizationIds[0]!);
    if (!store) throw new ApiProblem(403, { code: 'forbidden', detail: 'The organization of this access token no longer exists.' });
    return store;
  }
  if (named === undefined) {
    throw new ApiProblem(403, {
      code: 'forbidden',
      detail: 'A user-flow access token covers several organizations: name one with X-Qonto-Organization-Id.',
    });
  }
  const store = token.organizationIds.includes(named) ? organizations.byId(named) : undefined;
  if (!store) throw new ApiProblem(403, { code: 'forbidden', detail: 'The user did not consent to this organization.' });
  return store;
}
