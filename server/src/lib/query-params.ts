import type { Context } from 'hono';
import { ApiProblem } from './error-response.ts';

/**
 * One value of a query parameter. A repeated key (`?sort_by=a&sort_by=b`) is answered 400 rather than
 * silently cut to its first value, which would return the wrong list without a word.
 */
export function singleQuery(c: Context, name: string): string | undefined {
  const values = c.req.queries(name);
  if (values === undefined || values.length === 0) return undefined;
  if (values.length > 1) {
    throw new ApiProblem(400, {
      code: 'bad_request',
      detail: `\`${name}\` was given ${values.length} times: send it once.`,
      parameter: name,
    });
  }
  return values[0];
}

/** Every value of a list parameter, whether repeated (`?k=a&k=b`) or comma-separated (`?k=a,b`). */
export function listQuery(c: Context, name: string): string[] | undefined {
  const values = c.req.queries(name);
  if (values === undefined || values.length === 0) return undefined;
  return values.flatMap((value) => value.split(',')).map((value) => value.trim());
}

/** An ISO 8601 date-time filter (`filter[updated_at_from]`…) as epoch milliseconds; 400 when unreadable. */
export function dateTimeQuery(c: Context, name: string): number | undefined {
  const value = singleQuery(c, name);
  if (value !== undefined && Number.isNaN(Date.parse(value))) {
    throw new ApiProblem(400, { code: 'bad_request', detail: `\`${name}\` must be an ISO 8601 date-time.`, parameter: name });
  }
  return value === undefined ? undefined : Date.parse(value);
}

/** Whether a timestamp lies within inclusive bounds (either may be absent). */
export function within(value: unknown, from: number | undefined, to: number | undefined): boolean {
  const time = Date.parse(String(value));
  return (from === undefined || time >= from) && (to === undefined || time <= to);
}
