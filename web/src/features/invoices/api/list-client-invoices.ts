import { clientInvoiceListResponseSchema } from '@composer/shared/schemas/client-invoice';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { fetchUnpaidInvoices } from '../../../lib/unpaid-invoices.ts';
import { qontoPath, useOrganizationId } from '../../../lib/organization-scope.ts';

/** Qonto's statuses, and "overdue": unpaid past the due date, which the app narrows itself. */
export const invoiceStatuses = ['draft', 'unpaid', 'overdue', 'paid', 'canceled'] as const;

export interface InvoiceListFilters {
  status: (typeof invoiceStatuses)[number] | 'all';
  includeImported: boolean;
  page: number;
}

export const perPage = 25;

/** One page of Qonto's list, as filtered; "overdue" is not Qonto's status and is read through `useUnpaidInvoices`. */
export function clientInvoicesQuery(organizationId: string, filters: InvoiceListFilters) {
  const search = new URLSearchParams({ sort_by: 'created_at:desc', page: String(filters.page), per_page: String(perPage) });
  if (filters.status !== 'all') search.set('filter[status]', filters.status);
  if (filters.includeImported) search.set('exclude_imported', 'false');
  return queryOptions({
    queryKey: ['client_invoices', 'list', filters],
    queryFn: ({ signal }) =>
      apiRequest(qontoPath(organizationId, `/v2/client_invoices?${search}`), { schema: clientInvoiceListResponseSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useClientInvoices(filters: InvoiceListFilters) {
  return useQuery({ ...clientInvoicesQuery(useOrganizationId(), filters), enabled: filters.status !== 'overdue' });
}

/** Every unpaid invoice: the outstanding amount of the whole filtered view and the overdue list come from it. */
export function useUnpaidInvoices(includeImported: boolean, enabled: boolean) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: ['client_invoices', 'all-unpaid', includeImported],
    enabled,
    staleTime: 30_000,
    queryFn: ({ signal }) => fetchUnpaidInvoices(organizationId, includeImported, signal),
  });
}

/** How many imported invoices the default list hides (Qonto's `exclude_imported` defaults to true). */
export function useHiddenImportedCount(enabled: boolean) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: ['client_invoices', 'imported-count'],
    enabled,
    queryFn: async ({ signal }) => {
      const [all, own] = await Promise.all(
        ['false', 'true'].map((exclude) =>
          apiRequest(qontoPath(organizationId, `/v2/client_invoices?per_page=1&exclude_imported=${exclude}`), {
            schema: clientInvoiceListResponseSchema,
            signal,
          }),
        ),
      );
      return Math.max(0, (all!.meta.total_count ?? 0) - (own!.meta.total_count ?? 0));
    },
  });
}
