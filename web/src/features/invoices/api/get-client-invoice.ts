import { clientInvoiceResponseSchema, type ClientInvoice } from '@composer/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function clientInvoiceQuery(id: string) {
  return queryOptions({
    queryKey: ['client_invoices', 'one', id],
    queryFn: ({ signal }) =>
      apiRequest(`/api/qonto/v2/client_invoices/${encodeURIComponent(id)}`, { schema: clientInvoiceResponseSchema, signal }),
  });
}

/** While an e-invoice is on its way, the invoice is read again every few seconds; never once it is final. */
export function useClientInvoice(id: string, isPending: (invoice: ClientInvoice) => boolean = () => false) {
  return useQuery({
    ...clientInvoiceQuery(id),
    refetchInterval: (query) => (query.state.data && isPending(query.state.data.client_invoice) ? 2000 : false),
  });
}
