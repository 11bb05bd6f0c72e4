import { z } from 'zod';
import type { BudgetLane } from '../proxy/request-budget.ts';
import type { OrganizationSummary } from '../session/connections.ts';
import type { QontoClient } from './qonto-client.ts';

const userOrganizationsSchema = z.looseObject({
  organizations: z.array(z.looseObject({ id: z.string(), legal_name: z.string(), legal_country: z.string() })),
});

/**
 * The organizations a user-flow token covers (`GET /v2/user_organizations`: those the user ticked and still
 * belongs to); undefined when Qonto does not say.
 */
export async function readUserOrganizations(
  qonto: QontoClient,
  lane: BudgetLane,
  authorization: string,
): Promise<OrganizationSummary[] | undefined> {
  const response = await qonto.send({ method: 'GET', path: '/v2/user_organizations', authorization, lane });
  if (response.status !== 200) {
    await response.discard();
    return undefined;
  }
  const parsed = userOrganizationsSchema.safeParse(await response.json().catch(() => undefined));
  return parsed.data?.organizations.map(({ id, legal_name, legal_country }) => ({ id, legal_name, legal_country }));
}
