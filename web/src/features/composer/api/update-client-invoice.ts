import { clientInvoiceResponseSchema } from '@composer/shared/schemas/client-invoice';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { qontoPath, useOrganizationId } from '../../../lib/organization-scope.ts';
import { clientInvoiceQuery } from '../../../lib/client-invoice-query.ts';

export interface UpdateInvoiceRequest {
  invoiceId: string;
  body: Record<string, unknown>;
  idempotencyKey: string;
}

/** Saves a draft opened in the composer (`PATCH`); the list and the invoice's page read it again. */
export function useUpdateClientInvoice() {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invoiceId, body, idempotencyKey }: UpdateInvoiceRequest) =>
      apiRequest(qontoPath(organizationId, `/v2/client_invoices/${encodeURIComponent(invoiceId)}`), {
        method: 'PATCH',
        json: body,
        headers: { 'Idempotency-Key': idempotencyKey },
        schema: clientInvoiceResponseSchema,
      }).then((answer) => answer.client_invoice),
    onSuccess: (invoice) => {
      queryClient.setQueryData(clientInvoiceQuery(organizationId, invoice.id).queryKey, { client_invoice: invoice });
      void queryClient.invalidateQueries({ queryKey: ['client_invoices'] });
    },
  });
}
