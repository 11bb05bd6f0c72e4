import { einvoicingSettingsResponseSchema, organizationResponseSchema, settingsResponseSchema } from '@composer/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';

export const organizationQuery = queryOptions({
  queryKey: ['organization'],
  queryFn: ({ signal }) => apiRequest('/api/qonto/v2/organization', { schema: organizationResponseSchema, signal }),
  // As fresh as the session: the header shows it, and the user may come back after changing it in Qonto.
  staleTime: 60_000,
  refetchOnWindowFocus: true,
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

/**
 * Qonto's e-invoicing activation. A token without the `einvoicing.read` scope gets 403: the composer then
 * cannot warn ahead and relies on Qonto's answer when the invoice is sent.
 */
export const einvoicingSettingsQuery = queryOptions({
  queryKey: ['einvoicing-settings'],
  queryFn: ({ signal }) => apiRequest('/api/qonto/v2/einvoicing/settings', { schema: einvoicingSettingsResponseSchema, signal }),
  staleTime: 60_000,
  retry: false,
});

export function useEinvoicingSettings(enabled: boolean) {
  return useQuery({ ...einvoicingSettingsQuery, enabled });
}
