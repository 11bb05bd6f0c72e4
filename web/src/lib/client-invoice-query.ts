import { clientInvoiceResponseSchema } from '@composer/shared/schemas/client-invoice';
import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { qontoPath } from './organization-scope.ts';

/** One invoice, read by its page and by the composer when a draft is edited: one cache entry for both. */
export function clientInvoiceQuery(organizationId: string, id: string) {
  return queryOptions({
    queryKey: ['client_invoices', 'one', id],
    queryFn: ({ signal }) =>
      apiRequest(qontoPath(organizationId, `/v2/client_invoices/${encodeURIComponent(id)}`), {
        schema: clientInvoiceResponseSchema,
        signal,
      }),
  });
}
