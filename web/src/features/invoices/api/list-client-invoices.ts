import { clientInvoiceSchema, paginationMetaSchema } from '@composer/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';

/** Qonto's statuses, and "overdue": unpaid past the due date, which the app narrows itself. */
export const invoiceStatuses = ['draft', 'unpaid', 'overdue', 'paid', 'canceled'] as const;

export interface InvoiceListFilters {
  status: (typeof invoiceStatuses)[number] | 'all';
  includeImported: boolean;
  page: number;
}

const listSchema = z.looseObject({ client_invoices: z.array(clientInvoiceSchema), meta: paginationMetaSchema });

export const perPage = 25;

export function clientInvoicesQuery(filters: InvoiceListFilters) {
  const search = new URLSearchParams({ sort_by: 'created_at:desc', page: String(filters.page), per_page: String(perPage) });
  if (filters.status !== 'all') search.set('filter[status]', filters.status === 'overdue' ? 'unpaid' : filters.status);
  // Overdue is narrowed from the unpaid ones, so all of them are read at once (100 is Qonto's page maximum).
  if (filters.status === 'overdue') search.set('per_page', '100');
  if (filters.includeImported) search.set('exclude_imported', 'false');
  return queryOptions({
    queryKey: ['client_invoices', 'list', filters],
    queryFn: ({ signal }) => apiRequest(`/api/qonto/v2/client_invoices?${search}`, { schema: listSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useClientInvoices(filters: InvoiceListFilters) {
  return useQuery(clientInvoicesQuery(filters));
}

/** How many imported invoices the default list hides (Qonto's `exclude_imported` defaults to true). */
export function useHiddenImportedCount(enabled: boolean) {
  return useQuery({
    queryKey: ['client_invoices', 'imported-count'],
    enabled,
    queryFn: async ({ signal }) => {
      const [all, own] = await Promise.all(
        ['false', 'true'].map((exclude) =>
          apiRequest(`/api/qonto/v2/client_invoices?per_page=1&exclude_imported=${exclude}`, { schema: listSchema, signal }),
        ),
      );
      return Math.max(0, (all!.meta.total_count ?? 0) - (own!.meta.total_count ?? 0));
    },
  });
}
