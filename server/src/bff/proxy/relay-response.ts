import { Readable } from 'node:stream';
import { qontoErrorEnvelopeSchema } from '@composer/shared';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { drainBody } from '../../lib/drain-body.ts';
import { ApiProblem } from '../../lib/error-response.ts';
import { sandboxHtmlProblem } from '../auth/qonto-oauth-client.ts';
import type { BffEnv } from '../bff-env.ts';
import type { QontoAnswer } from '../qonto/qonto-client.ts';

const passedHeaders = ['content-type', 'content-length', 'retry-after', 'x-tyk-trace-id'];

export interface UpstreamAnswer {
  status: number;
  /** Only the headers the browser needs from Qonto's answer, lower-case. */
  headers: Record<string, string>;
  errorCode: string | undefined;
  /** Read whole (every error, and what an idempotent write stores), or still streaming from Qonto. */
  body: string | Readable;
}

/**
 * Checks Qonto's answer, refusing what is not JSON (an HTML page means a misconfigured sandbox). A success
 * stays a stream unless `whole` is asked for; an error is read, for its code.
 */
export async function readUpstream(answer: QontoAnswer, options: { whole: true }): Promise<UpstreamAnswer & { body: string }>;
export async function readUpstream(answer: QontoAnswer, options?: { whole?: boolean }): Promise<UpstreamAnswer>;
export async function readUpstream(answer: QontoAnswer, options: { whole?: boolean } = {}): Promise<UpstreamAnswer> {
  const contentType = answer.header('content-type') ?? '';
  if (contentType.includes('text/html') || (answer.status >= 300 && answer.status < 400)) {
    await answer.discard();
    throw sandboxHtmlProblem();
  }
  const headers: Record<string, string> = {};
  for (const name of passedHeaders) {
    const value = answer.header(name);
    if (value !== undefined) headers[name] = value;
  }
  if (answer.status < 400 && !options.whole) return { status: answer.status, headers, errorCode: undefined, body: answer.body };
  const text = await answer.text();
  delete headers['content-length'];
  let errorCode: string | undefined;
  if (answer.status >= 400) {
    try {
      errorCode = qontoErrorEnvelopeSchema.safeParse(JSON.parse(text)).data?.errors[0]?.code;
    } catch {
      errorCode = undefined;
    }
    if (errorCode === undefined && answer.status >= 500) {
      const traceId = headers['x-tyk-trace-id'];
      throw new ApiProblem(
        502,
        {
          code: 'upstream_unavailable',
          detail: `Qonto failed (${answer.status}) without an explanation. Nothing was lost; try again.${traceId ? ` Trace id: ${traceId}.` : ''}`,
        },
        traceId ? { 'X-Tyk-Trace-Id': traceId } : {},
      );
    }
  }
  return { status: answer.status, headers, errorCode, body: text };
}

/**
 * Qonto's status and body, unchanged, with only the headers the browser needs plus the app's own. On
 * Node's server the answer is written to the socket directly and a streamed body is piped as it arrives:
 * no body is re-read as text and no Response object is built per request.
 */
export function relay(c: Context<BffEnv>, answer: UpstreamAnswer, fixedHeaders: Readonly<Record<string, string>>): Response {
  const headers: Record<string, string> = { ...fixedHeaders, 'cache-control': 'no-store', ...answer.headers };
  const empty = answer.status === 204 || c.req.method === 'HEAD';
  if (typeof answer.body === 'string' && !empty) headers['content-length'] = String(Buffer.byteLength(answer.body));
  if (empty) {
    delete headers['content-length'];
    // The answer is already decided: a connection cut while draining changes nothing (drainBody swallows it).
    if (typeof answer.body !== 'string') void drainBody(answer.body);
  }
  const outgoing = c.env?.outgoing;
  if (!outgoing) {
    const body = empty ? null : typeof answer.body === 'string' ? answer.body : Readable.toWeb(answer.body);
    return new Response(body as ConstructorParameters<typeof Response>[0], { status: answer.status, headers });
  }
  outgoing.writeHead(answer.status, headers);
  if (empty) outgoing.end();
  else if (typeof answer.body === 'string') outgoing.end(answer.body);
  else {
    // `pipe` rather than `pipeline`: the same backpressure without an AbortController per answer. Qonto
    // failing midway leaves the browser with a cut answer (a network error it retries), never a mix; the
    // browser leaving stops the read from Qonto.
    const body = answer.body;
    body.once('error', () => outgoing.destroy());
    outgoing.once('close', () => {
      if (!body.readableEnded) body.destroy();
    });
    body.pipe(outgoing);
  }
  return RESPONSE_ALREADY_SENT;
}
