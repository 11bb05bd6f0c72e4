import { organizationResponseSchema, settingsResponseSchema } from '@composer/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const organizationQuery = queryOptions({
  queryKey: ['organization'],
  queryFn: ({ signal }) => apiRequest('/api/qonto/v2/organization', { schema: organizationResponseSchema, signal }),
  staleTime: 5 * 60_000,
});

export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: ({ signal }) => apiRequest('/api/qonto/v2/settings', { schema: settingsResponseSchema, signal }),
  staleTime: 5 * 60_000,
});

export function useOrganization() {
  return useQuery(organizationQuery);
}

export function useSettings() {
  return useQuery(settingsQuery);
}
