import { clientSchema } from '@composer/shared/schemas/client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from './api-client.ts';
import { qontoPath, useOrganizationId } from './organization-scope.ts';

export const clientResponseSchema = z.looseObject({ client: clientSchema });

/** One client, read by the composer (its facts) and by an invoice's actions (its emails, e-invoicing reach). */
export function clientQuery(organizationId: string, id: string) {
  return queryOptions({
    queryKey: ['clients', 'one', id],
    queryFn: ({ signal }) =>
      apiRequest(qontoPath(organizationId, `/v2/clients/${encodeURIComponent(id)}`), { schema: clientResponseSchema, signal }).then(
        (body) => body.client,
      ),
    staleTime: 60_000,
  });
}

export function useClient(id: string) {
  return useQuery({ ...clientQuery(useOrganizationId(), id), enabled: id !== '' });
}
