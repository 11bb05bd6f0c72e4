import { singleQuery } from './query-params.ts';
import type { Context } from 'hono';
import { qontoLimits, type PaginationMeta } from '@composer/shared';
import { ApiProblem } from './error-response.ts';

function positiveInteger(c: Context, name: string, fallback: number, max: number): number {
  const raw = singleQuery(c, name);
  if (raw === undefined) return fallback;
  const value = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= 1 && value <= max)) {
    throw new ApiProblem(400, { code: 'bad_request', detail: `\`${name}\` must be a whole number from 1 to ${max}.`, parameter: name });
  }
  return value;
}

/** Qonto's `page` / `per_page` (1–100, default 100) and the `meta` that goes with a page. */
export function paginate<T>(c: Context, rows: readonly T[]): { page: T[]; meta: PaginationMeta } {
  const perPage = positiveInteger(c, 'per_page', qontoLimits.perPageMax, qontoLimits.perPageMax);
  const current = positiveInteger(c, 'page', 1, 1_000_000);
  const totalPages = Math.max(1, Math.ceil(rows.length / perPage));
  return {
    page: rows.slice((current - 1) * perPage, current * perPage),
    meta: {
      current_page: current,
      next_page: current < totalPages ? current + 1 : null,
      prev_page: current > 1 ? current - 1 : null,
      total_pages: totalPages,
      total_count: rows.length,
      per_page: perPage,
    },
  };
}
