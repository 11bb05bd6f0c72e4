import { clientInvoiceSchema, paginationMetaSchema } from '@composer/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';

export const invoiceStatuses = ['draft', 'unpaid', 'paid', 'canceled'] as const;

export interface InvoiceListFilters {
  status: (typeof invoiceStatuses)[number] | 'all';
  includeImported: boolean;
  page: number;
}

const listSchema = z.looseObject({ client_invoices: z.array(clientInvoiceSchema), meta: paginationMetaSchema });

export const perPage = 25;

export function clientInvoicesQuery(filters: InvoiceListFilters) {
  const search = new URLSearchParams({ sort_by: 'created_at:desc', page: String(filters.page), per_page: String(perPage) });
  if (filters.status !== 'all') search.set('filter[status]', filters.status);
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
