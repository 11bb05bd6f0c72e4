import {
  attachmentSchema,
  creditNoteSchema,
  type CreditNoteCreatePayload,
  type MarkAsPaidPayload,
  type SendInvoicePayload,
} from '@composer/shared/schemas/invoice-actions';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '../../../lib/api-client.ts';
import { clientInvoiceQuery } from '../../../lib/client-invoice-query.ts';
import { qontoPath, useOrganizationId } from '../../../lib/organization-scope.ts';

export type InvoiceAction =
  | { kind: 'finalize' }
  | { kind: 'send'; payload: SendInvoicePayload }
  | { kind: 'send_by_einvoice' }
  | { kind: 'mark_as_paid'; payload: MarkAsPaidPayload }
  | { kind: 'unmark_as_paid' }
  | { kind: 'mark_as_canceled' }
  | { kind: 'delete' }
  | { kind: 'credit_note'; payload: CreditNoteCreatePayload };

export interface InvoiceActionRequest {
  action: InvoiceAction;
  /** One key per user intent: a retry of the same click never acts twice at Qonto. */
  idempotencyKey: string;
}

const nothing = z.unknown();
const creditNoteResponse = z.looseObject({ credit_note: creditNoteSchema });

/** The status an action leads to, shown at once and confirmed (or undone) by Qonto's answer. */
const optimisticStatus: Partial<Record<InvoiceAction['kind'], string>> = {
  mark_as_paid: 'paid',
  unmark_as_paid: 'unpaid',
};

function call(organizationId: string, invoiceId: string, { action, idempotencyKey }: InvoiceActionRequest): Promise<unknown> {
  const base = qontoPath(organizationId, `/v2/client_invoices/${encodeURIComponent(invoiceId)}`);
  const headers = { 'Idempotency-Key': idempotencyKey };
  switch (action.kind) {
    case 'delete':
      return apiRequest(base, { method: 'DELETE', headers, schema: nothing });
    case 'credit_note':
      return apiRequest(qontoPath(organizationId, '/v2/credit_notes'), {
        method: 'POST',
        headers,
        json: action.payload,
        schema: creditNoteResponse,
      });
    case 'send':
    case 'mark_as_paid':
      return apiRequest(`${base}/${action.kind}`, { method: 'POST', headers, json: action.payload, schema: nothing });
    default:
      return apiRequest(`${base}/${action.kind}`, { method: 'POST', headers, schema: nothing });
  }
}

/**
 * Every step of an invoice's life; the lists and the detail are refreshed after each one. `onDeleted`
 * runs here rather than in `mutate`'s callbacks, which never fire once the detail page has unmounted.
 */
export function useInvoiceAction(invoiceId: string, onDeleted?: () => void) {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const key = clientInvoiceQuery(organizationId, invoiceId).queryKey;
  return useMutation({
    mutationFn: (request: InvoiceActionRequest) => call(organizationId, invoiceId, request),
    onMutate: async ({ action }) => {
      const status = optimisticStatus[action.kind];
      if (!status) return undefined;
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData(key);
      if (previous) queryClient.setQueryData(key, { ...previous, client_invoice: { ...previous.client_invoice, status } });
      return { previous };
    },
    onSuccess: (_data, { action }) => {
      if (action.kind === 'delete') onDeleted?.();
    },
    onError: (_error, _request, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: (_data, _error, { action }) => {
      // A deleted invoice is dropped, not read again (that would only answer 404).
      if (action.kind === 'delete') queryClient.removeQueries({ queryKey: key, exact: true });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['client_invoices'] }),
        queryClient.invalidateQueries({ queryKey: ['credit_notes'] }),
      ]);
    },
  });
}

const attachmentResponse = z.looseObject({ attachment: attachmentSchema });

export function fetchAttachment(organizationId: string, id: string, signal?: AbortSignal) {
  return apiRequest(qontoPath(organizationId, `/v2/attachments/${encodeURIComponent(id)}`), { schema: attachmentResponse, signal }).then(
    (body) => body.attachment,
  );
}
