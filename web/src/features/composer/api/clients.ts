import { clientSchema, type ClientCreatePayload, type ClientUpdatePayload } from '@composer/shared/schemas/client';
import { paginationMetaSchema } from '@composer/shared/schemas/pagination-meta';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '../../../lib/api-client.ts';
import { qontoPath, useOrganizationId } from '../../../lib/organization-scope.ts';
import { clientQuery, clientResponseSchema } from '../../../lib/client-queries.ts';

export { useClient } from '../../../lib/client-queries.ts';

const clientListSchema = z.looseObject({ clients: z.array(clientSchema), meta: paginationMetaSchema });

/** Qonto searches names from 2 characters; shorter input lists the first clients by name. */
export function clientSearchQuery(organizationId: string, name: string) {
  const term = name.trim();
  const search = new URLSearchParams({ per_page: '20', sort_by: 'name:asc' });
  if (term.length >= 2) search.set('filter[name]', term);
  return queryOptions({
    queryKey: ['clients', 'search', term.length >= 2 ? term.toLowerCase() : ''],
    queryFn: ({ signal }) => apiRequest(qontoPath(organizationId, `/v2/clients?${search}`), { schema: clientListSchema, signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useClientSearch(name: string, enabled: boolean) {
  const organizationId = useOrganizationId();
  return useQuery({ ...clientSearchQuery(organizationId, name), enabled });
}

export function useCreateClient() {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: ClientCreatePayload) =>
      apiRequest(qontoPath(organizationId, '/v2/clients'), { method: 'POST', json: payload, schema: clientResponseSchema }).then(
        (body) => body.client,
      ),
    onSuccess: (client) => {
      queryClient.setQueryData(clientQuery(organizationId, client.id).queryKey, client);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'search'] });
    },
  });
}

/** `PATCH /v2/clients/{id}`: the fields sent replace the client's; every invoice of the client sees them. */
export function useUpdateClient() {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, payload }: { id: string; payload: ClientUpdatePayload }) =>
      apiRequest(qontoPath(organizationId, `/v2/clients/${id}`), { method: 'PATCH', json: payload, schema: clientResponseSchema }).then(
        (body) => body.client,
      ),
    onSuccess: (client) => {
      queryClient.setQueryData(clientQuery(organizationId, client.id).queryKey, client);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'search'] });
    },
  });
}
