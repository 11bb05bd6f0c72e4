import type { Context } from 'hono';
import { ApiProblem } from './error-response.ts';

/** Reads a JSON object body, answering 400 in Qonto's envelope for a wrong content type or broken JSON. */
export async function readJsonObject(c: Context, options: { optional?: boolean } = {}): Promise<Record<string, unknown>> {
  if (options.optional && (c.req.header('content-length') === '0' || !c.req.raw.body)) return {};
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/json(\s*;|$)/i.test(contentType)) {
    throw new ApiProblem(400, {
      code: 'invalid_request_format',
      detail: 'The body must be JSON, sent with Content-Type: application/json.',
    });
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiProblem(400, { code: 'malformed_json', detail: 'The body is not valid JSON.' });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiProblem(400, { code: 'bad_request', detail: 'The body must be a JSON object.' });
  }
  return body as Record<string, unknown>;
}
