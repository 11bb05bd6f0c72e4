import { organizationResponseSchema } from '@composer/shared';
import type { Context } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { reauthRequired, type AccessTokenProvider } from '../auth/access-token-provider.ts';
import type { BffConfig } from '../bff-config.ts';
import type { BffEnv } from '../bff-env.ts';
import type { QontoClient } from '../qonto/qonto-client.ts';
import { readUserOrganizations } from '../qonto/user-organizations.ts';
import { connectionFor, type OrganizationSummary } from '../session/connections.ts';
import type { BudgetLane, RequestBudget } from './request-budget.ts';

/** How the app server may act for one organization, on behalf of the caller of one request. */
export interface OrganizationAccess {
  organizationId: string;
  /** `X-Qonto-Organization-Id`, for a user-flow token that covers several organizations. */
  organizationHeader: string | undefined;
  /** This caller's lane of the shared budget, one per session and organization. */
  lane: BudgetLane;
  authorization(force?: boolean): Promise<string>;
  /** Qonto refused the credentials: the connection needs a new consent (or the API key is wrong). */
  refused(): never;
  /**
   * Qonto answered 403. In the user flow that may mean the organization left the consent: if Qonto no
   * longer lists it, the session marks it and the caller is told so; otherwise the 403 stands as it is.
   */
  forbidden(): Promise<void>;
}

const accessWithdrawn = () =>
  new ApiProblem(403, {
    code: 'organization_access_withdrawn',
    detail: 'Qonto no longer gives this connection access to that organization: reconnect it, or disconnect it.',
  });

const notConnected = () =>
  new ApiProblem(403, {
    code: 'organization_not_connected',
    detail: 'This session is not connected to that organization: add it from the organizations page.',
  });

/**
 * The organization an API key belongs to, read once from Qonto (it never changes for a key); until Qonto
 * has answered, every request is refused rather than guessed.
 */
export class ApiKeyOrganization {
  private known: OrganizationSummary | undefined;
  private reading: Promise<OrganizationSummary> | undefined;
  private readonly qonto: QontoClient;
  private readonly apiKey: string;
  private readonly lane: BudgetLane;

  constructor(qonto: QontoClient, apiKey: string, lane: BudgetLane) {
    this.qonto = qonto;
    this.apiKey = apiKey;
    this.lane = lane;
  }

  async summary(): Promise<OrganizationSummary> {
    if (this.known) return this.known;
    this.reading ??= this.read().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async read(): Promise<OrganizationSummary> {
    const answer = await this.qonto.send({ method: 'GET', path: '/v2/organization', authorization: this.apiKey, lane: this.lane });
    if (answer.status === 401) {
      await answer.discard();
      throw new ApiProblem(502, { code: 'qonto_configuration_error', detail: 'Qonto refused the API key (QONTO_API_KEY).' });
    }
    const parsed = answer.status === 200 ? organizationResponseSchema.safeParse(await answer.json().catch(() => undefined)) : undefined;
    if (!parsed?.success) {
      if (!parsed) await answer.discard();
      throw new ApiProblem(502, { code: 'upstream_unavailable', detail: 'Qonto did not say which organization the API key belongs to.' });
    }
    const { id, legal_name, legal_country } = parsed.data.organization;
    this.known = { id, legal_name, legal_country };
    return this.known;
  }
}

export interface AccessDependencies {
  config: BffConfig;
  budget: RequestBudget;
  qonto: QontoClient;
  tokens: AccessTokenProvider | null;
  apiKeyOrganization: ApiKeyOrganization | null;
}

/**
 * Checks that the caller may act for `organizationId` (a connection of its session, or the API key's own
 * organization) before anything is read or sent: a session can never reach an organization it has not
 * connected.
 */
export async function organizationAccess(
  c: Context<BffEnv>,
  deps: AccessDependencies,
  organizationId: string,
): Promise<OrganizationAccess> {
  const { config, budget, qonto, tokens, apiKeyOrganization } = deps;
  if (config.auth.kind === 'api_key') {
    if ((await apiKeyOrganization!.summary()).id !== organizationId) throw notConnected();
    const apiKey = config.auth.apiKey;
    return {
      organizationId,
      organizationHeader: undefined,
      lane: budget.lane('api-key'),
      authorization: async () => apiKey,
      refused: () => {
        throw new ApiProblem(502, { code: 'qonto_configuration_error', detail: 'Qonto refused the API key (QONTO_API_KEY).' });
      },
      forbidden: async () => {},
    };
  }
  const session = c.get('session');
  if (!session || !tokens) throw reauthRequired();
  const connection = connectionFor(session.data, organizationId);
  if (!connection) throw notConnected();
  if (connection.reauthRequired || !connection.tokens) throw reauthRequired();
  if (connection.organizations.some((o) => o.id === organizationId && o.accessWithdrawn)) throw accessWithdrawn();
  const lane = budget.lane(`${session.idHash}:${organizationId}`);
  const authorization = async (force = false) => `Bearer ${await tokens.accessToken(session, connection, { force })}`;
  return {
    organizationId,
    organizationHeader: connection.flow === 'user' ? organizationId : undefined,
    lane,
    authorization,
    refused: () => {
      tokens.markReauthRequired(session, connection.id);
      throw reauthRequired();
    },
    forbidden: async () => {
      if (connection.flow !== 'user') return;
      const covered = await readUserOrganizations(qonto, lane, await authorization()).catch(() => undefined);
      if (!covered || covered.some((o) => o.id === organizationId)) return;
      tokens.markAccessWithdrawn(session, organizationId);
      throw accessWithdrawn();
    },
  };
}
