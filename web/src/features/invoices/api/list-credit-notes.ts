import { creditNoteSchema, paginationMetaSchema } from '@composer/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';

const listSchema = z.looseObject({ credit_notes: z.array(creditNoteSchema), meta: paginationMetaSchema });

export function creditNotesQuery(page: number) {
  return queryOptions({
    queryKey: ['credit_notes', 'list', page],
    queryFn: ({ signal }) => apiRequest(`/api/qonto/v2/credit_notes?page=${page}&per_page=100`, { schema: listSchema, signal }),
  });
}

export function useCreditNotes(page = 1) {
  return useQuery(creditNotesQuery(page));
}
