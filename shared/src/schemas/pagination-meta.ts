import { z } from 'zod';

/** Qonto's list `meta`; `next_page` may be null or missing on the last page. */
export const paginationMetaSchema = z.looseObject({
  current_page: z.number().int(),
  next_page: z.number().int().nullish(),
  prev_page: z.number().int().nullish(),
  total_pages: z.number().int().optional(),
  total_count: z.number().int().optional(),
  per_page: z.number().int().optional(),
});

export type PaginationMeta = z.infer<typeof paginationMetaSchema>;
