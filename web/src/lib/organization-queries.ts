import {
  einvoicingSettingsResponseSchema,
  organizationResponseSchema,
  settingsResponseSchema,
} from '@composer/shared/schemas/organization';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { qontoPath, useOrganizationId } from './organization-scope.ts';

export function organizationQuery(organizationId: string) {
  return queryOptions({
    queryKey: ['organization'],
    queryFn: ({ signal }) => apiRequest(qontoPath(organizationId, '/v2/organization'), { schema: organizationResponseSchema, signal }),
    // As fresh as the session: the user may come back after changing it in Qonto.
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useOrganization() {
  return useQuery(organizationQuery(useOrganizationId()));
}

export function useSettings() {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: ['settings'],
    queryFn: ({ signal }) => apiRequest(qontoPath(organizationId, '/v2/settings'), { schema: settingsResponseSchema, signal }),
    staleTime: 5 * 60_000,
  });
}

/**
 * Qonto's e-invoicing activation. A token without the `einvoicing.read` scope gets 403: the composer then
 * cannot warn ahead and relies on Qonto's answer when the invoice is sent.
 */
export function useEinvoicingSettings(enabled: boolean) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: ['einvoicing-settings'],
    queryFn: ({ signal }) =>
      apiRequest(qontoPath(organizationId, '/v2/einvoicing/settings'), { schema: einvoicingSettingsResponseSchema, signal }),
    staleTime: 60_000,
    retry: false,
    enabled,
  });
}
