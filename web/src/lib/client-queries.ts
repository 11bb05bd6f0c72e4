import { clientSchema } from '@composer/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './api-client.ts';

export const clientResponseSchema = z.looseObject({ client: clientSchema });

/** One client, read by the composer (its facts) and by an invoice's actions (its emails, e-invoicing reach). */
export function clientQuery(id: string) {
  return queryOptions({
    queryKey: ['clients', 'one', id],
    queryFn: ({ signal }) =>
      apiRequest(`/api/qonto/v2/clients/${encodeURIComponent(id)}`, { schema: clientResponseSchema, signal }).then((body) => body.client),
    staleTime: 60_000,
  });
}

export function useClient(id: string) {
  return useQuery({ ...clientQuery(id), enabled: id !== '' });
}
