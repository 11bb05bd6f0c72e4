import { qontoErrorEnvelopeSchema } from '@composer/shared';
import { ApiProblem } from '../../lib/error-response.ts';
import { sandboxHtmlProblem } from '../auth/qonto-oauth-client.ts';

const passedHeaders = ['content-type', 'retry-after', 'x-tyk-trace-id'];

export interface UpstreamAnswer {
  status: number;
  text: string;
  headers: Headers;
  errorCode: string | undefined;
}

/** Reads Qonto's answer, refusing what is not JSON (an HTML page means a misconfigured sandbox). */
export async function readUpstream(response: Response): Promise<UpstreamAnswer> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('text/html') || (response.status >= 300 && response.status < 400)) {
    await response.body?.cancel();
    throw sandboxHtmlProblem();
  }
  const text = await response.text();
  let errorCode: string | undefined;
  if (response.status >= 400) {
    try {
      errorCode = qontoErrorEnvelopeSchema.safeParse(JSON.parse(text)).data?.errors[0]?.code;
    } catch {
      errorCode = undefined;
    }
    if (errorCode === undefined && response.status >= 500) {
      const traceId = response.headers.get('x-tyk-trace-id');
      throw new ApiProblem(
        502,
        {
          code: 'upstream_unavailable',
          detail: `Qonto failed (${response.status}) without an explanation. Nothing was lost; try again.${traceId ? ` Trace id: ${traceId}.` : ''}`,
        },
        traceId ? { 'X-Tyk-Trace-Id': traceId } : {},
      );
    }
  }
  return { status: response.status, text, headers: response.headers, errorCode };
}

/** Qonto's status and body, unchanged, with only the headers the browser needs. */
export function relay(answer: UpstreamAnswer): Response {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  for (const name of passedHeaders) {
    const value = answer.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(answer.status === 204 ? null : answer.text, { status: answer.status, headers });
}
