import { qontoErrorEnvelopeSchema } from '@composer/shared/errors/error-envelope';
import type { z } from 'zod/mini';
import { ApiError } from './api-error.ts';

export interface ApiRequest<S extends z.ZodMiniType> {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  json?: unknown;
  body?: FormData;
  headers?: Record<string, string>;
  schema: S;
  signal?: AbortSignal;
}

async function failure(response: Response): Promise<ApiError> {
  const traceId = response.headers.get('x-tyk-trace-id') ?? undefined;
  let envelope: unknown;
  try {
    envelope = await response.json();
  } catch {
    envelope = undefined;
  }
  const parsed = qontoErrorEnvelopeSchema.safeParse(envelope);
  if (parsed.success) return new ApiError(response.status, parsed.data.errors, parsed.data.trace_id ?? traceId);
  return new ApiError(
    response.status,
    [{ code: 'unexpected_answer', detail: `The server answered ${response.status} without an explanation.` }],
    traceId,
  );
}

/**
 * Calls the app server (never Qonto directly). Writes carry the CSRF header; answers are parsed with
 * lenient schemas, so fields and enum values Qonto adds later do not break the app.
 */
export async function apiRequest<S extends z.ZodMiniType>(path: string, request: ApiRequest<S>): Promise<z.output<S>> {
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (method !== 'GET') headers['X-CSRF'] = '1';
  if (request.json !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: request.json !== undefined ? JSON.stringify(request.json) : request.body,
      credentials: 'same-origin',
      signal: request.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, [{ code: 'network_error', detail: 'The app cannot reach its server. Check your connection; nothing was lost.' }]);
  }
  if (!response.ok) throw await failure(response);
  const body: unknown = response.status === 204 ? undefined : await response.json();
  const parsed = request.schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      [{ code: 'unexpected_answer', detail: 'Qonto answered in a shape this app does not understand.' }],
      response.headers.get('x-tyk-trace-id') ?? undefined,
    );
  }
  return parsed.data;
}
