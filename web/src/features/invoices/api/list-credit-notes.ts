import { creditNoteSchema, type CreditNote } from '@composer/shared/schemas/invoice-actions';
import { paginationMetaSchema } from '@composer/shared/schemas/pagination-meta';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRequest } from '../../../lib/api-client.ts';
import { qontoPath, useOrganizationId } from '../../../lib/organization-scope.ts';

const listSchema = z.looseObject({ credit_notes: z.array(creditNoteSchema), meta: paginationMetaSchema });
const oneSchema = z.looseObject({ credit_note: creditNoteSchema });

export function creditNotesQuery(organizationId: string, page: number) {
  return queryOptions({
    queryKey: ['credit_notes', 'list', page],
    queryFn: ({ signal }) =>
      apiRequest(qontoPath(organizationId, `/v2/credit_notes?page=${page}&per_page=25`), { schema: listSchema, signal }),
  });
}

export function useCreditNotes(page = 1) {
  return useQuery(creditNotesQuery(useOrganizationId(), page));
}

/**
 * The credit notes of one invoice, each read by the id the invoice lists (`credit_notes_ids`): complete
 * however many credit notes the organization has, and each cached on its own.
 */
export function useInvoiceCreditNotes(ids: readonly string[]): { notes: CreditNote[]; complete: boolean } {
  const organizationId = useOrganizationId();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['credit_notes', 'one', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest(qontoPath(organizationId, `/v2/credit_notes/${encodeURIComponent(id)}`), { schema: oneSchema, signal }).then(
          (body) => body.credit_note,
        ),
      staleTime: Infinity,
    })),
    combine: (results) => ({
      notes: results.flatMap((result) => (result.data ? [result.data] : [])),
      complete: results.every((result) => result.isSuccess),
    }),
  });
}
