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
    throw new ApiProblem(400, { code: 'bad_request', detail: `\`${name}\` was given ${values.length} times: send it once.`, parameter: name });
  }
  return values[0];
}

/** Every value of a list parameter, whether repeated (`?k=a&k=b`) or comma-separated (`?k=a,b`). */
export function listQuery(c: Context, name: string): string[] | undefined {
  const values = c.req.queries(name);
  if (values === undefined || values.length === 0) return undefined;
  return values.flatMap((value) => value.split(',')).map((value) => value.trim());
}
