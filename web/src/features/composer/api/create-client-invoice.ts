import type { ClientInvoiceCreatePayload } from '@composer/shared/schemas/client-invoice-create-payload';
import { clientInvoiceResponseSchema } from '@composer/shared/schemas/client-invoice';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { qontoPath, useOrganizationId } from '../../../lib/organization-scope.ts';

export interface CreateInvoiceRequest {
  payload: ClientInvoiceCreatePayload;
  /** The same key for every retry of the same invoice: the app server creates it at most once. */
  idempotencyKey: string;
}

export function useCreateClientInvoice() {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ payload, idempotencyKey }: CreateInvoiceRequest) =>
      apiRequest(qontoPath(organizationId, '/v2/client_invoices'), {
        method: 'POST',
        json: payload,
        headers: { 'Idempotency-Key': idempotencyKey },
        schema: clientInvoiceResponseSchema,
      }).then((body) => body.client_invoice),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['client_invoices'] }),
  });
}
