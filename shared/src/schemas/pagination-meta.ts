import { z } from 'zod/mini';

/** Qonto's list `meta`; `next_page` may be null or missing on the last page. */
export const paginationMetaSchema = z.looseObject({
  current_page: z.int(),
  next_page: z.nullish(z.int()),
  prev_page: z.nullish(z.int()),
  total_pages: z.optional(z.int()),
  total_count: z.optional(z.int()),
  per_page: z.optional(z.int()),
});

export type PaginationMeta = z.infer<typeof paginationMetaSchema>;
