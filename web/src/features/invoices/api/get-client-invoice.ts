import { clientInvoiceResponseSchema } from '@composer/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function clientInvoiceQuery(id: string) {
  return queryOptions({
    queryKey: ['client_invoices', 'one', id],
    queryFn: ({ signal }) =>
      apiRequest(`/api/qonto/v2/client_invoices/${encodeURIComponent(id)}`, { schema: clientInvoiceResponseSchema, signal }),
  });
}

export function useClientInvoice(id: string) {
  return useQuery(clientInvoiceQuery(id));
}
