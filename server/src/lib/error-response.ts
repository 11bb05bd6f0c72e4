import { errorEnvelope, qontoError, type QontoError, type QontoErrorInput } from '@composer/shared';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Thrown anywhere below a route to answer with Qonto's error envelope. */
export class ApiProblem extends Error {
  readonly status: ContentfulStatusCode;
  readonly errors: QontoError[];
  readonly headers: Record<string, string>;

  constructor(status: ContentfulStatusCode, errors: QontoError[] | QontoErrorInput, headers: Record<string, string> = {}) {
    const list = Array.isArray(errors) ? errors : [qontoError(status, errors)];
    super(list.map((error) => error.detail ?? error.code).join('; '));
    this.status = status;
    this.errors = list;
    this.headers = headers;
  }
}

export function problemResponse(c: Context, problem: ApiProblem, traceId?: string): Response {
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  return c.json(errorEnvelope(problem.errors, traceId), problem.status);
}
