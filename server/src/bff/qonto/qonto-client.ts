import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiProblem } from '../../lib/error-response.ts';
import type { BffConfig } from '../bff-config.ts';
import type { BudgetLane } from '../proxy/request-budget.ts';
import { stagingHeaders } from './staging-headers.ts';

export interface QontoRequest {
  method: string;
  /** Qonto's path with its query, e.g. `/v2/client_invoices?page=2`. */
  path: string;
  /** `Bearer …`, or the API key's `login:secret`; left out only to see whether Qonto answers at all. */
  authorization: string | undefined;
  /** Each session (or the API key, or the health check) waits on its own lane of the shared budget. */
  lane: BudgetLane;
  body?: string;
  contentType?: string;
  /** Defaults to the configured upstream timeout. */
  timeoutMs?: number;
  /** Defaults to retrying reads (GET) only. */
  retry?: boolean;
}

export interface QontoStreamRequest {
  path: string;
  authorization: string;
  lane: BudgetLane;
  contentType: string;
  contentLength: number;
  body: Readable;
}

const retryableStatuses = new Set([429, 502, 503]);
const maxRetries = 3;
const streamTimeoutMs = 120_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function backoffMs(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  if (seconds !== undefined) return Math.min(seconds, 10) * 1000;
  return Math.min(250 * 2 ** attempt, 4000) * (0.75 + Math.random() * 0.5);
}

export class UpstreamUnreachable extends ApiProblem {
  readonly timedOut: boolean;

  constructor(timedOut: boolean) {
    super(
      timedOut ? 504 : 502,
      timedOut
        ? { code: 'upstream_timeout', detail: 'Qonto did not answer in time. Nothing was lost; try again.' }
        : { code: 'upstream_unavailable', detail: 'Qonto cannot be reached right now. Nothing was lost; try again.' },
    );
    this.timedOut = timedOut;
  }
}

/**
 * The one way the app server calls Qonto's API: base URL and staging header, `Accept`, the shared request
 * budget, a timeout, no redirects followed, reads (GET) retried with bounded backoff honouring
 * `Retry-After`, writes sent once, multipart bodies streamed, and a failure to reach Qonto answered in
 * Qonto's error envelope (502/504). The OAuth token endpoint is called by oauth4webapi (see
 * `qonto-oauth-client.ts`), on Qonto's OAuth host.
 */
export class QontoClient {
  private readonly base: string;
  private readonly fixedHeaders: Record<string, string>;
  private readonly timeoutMs: number;

  constructor(config: Pick<BffConfig, 'hosts' | 'stagingToken' | 'upstreamTimeoutMs'>) {
    this.base = config.hosts.api;
    this.fixedHeaders = { Accept: 'application/json', ...stagingHeaders(config) };
    this.timeoutMs = config.upstreamTimeoutMs;
  }

  async send(request: QontoRequest): Promise<Response> {
    const retry = request.retry ?? request.method === 'GET';
    const headers: Record<string, string> = { ...this.fixedHeaders };
    if (request.authorization !== undefined) headers.Authorization = request.authorization;
    if (request.body !== undefined) headers['Content-Type'] = request.contentType ?? 'application/json';
    for (let attempt = 0; ; attempt += 1) {
      await request.lane.acquire();
      let response: Response;
      try {
        response = await fetch(`${this.base}${request.path}`, {
          method: request.method,
          headers,
          body: request.body ?? null,
          redirect: 'manual',
          signal: AbortSignal.timeout(request.timeoutMs ?? this.timeoutMs),
        });
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        if (retry && !timedOut && attempt < maxRetries) {
          await sleep(backoffMs(attempt, null));
          continue;
        }
        throw new UpstreamUnreachable(timedOut);
      }
      if (retry && retryableStatuses.has(response.status) && attempt < maxRetries) {
        await response.body?.cancel();
        await sleep(backoffMs(attempt, response.headers.get('retry-after')));
        continue;
      }
      return response;
    }
  }

  /**
   * Sends a multipart body to Qonto as it arrives, with Node's own stream plumbing: socket reads and
   * writes are paired chunk for chunk (pipeline's backpressure), so memory stays flat whatever the size.
   * The body is sent once; there is no retry.
   */
  async stream(request: QontoStreamRequest): Promise<Response> {
    await request.lane.acquire();
    const target = new URL(`${this.base}${request.path}`);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = {
      ...this.fixedHeaders,
      Authorization: request.authorization,
      'Content-Type': request.contentType,
      'Content-Length': String(request.contentLength),
    };
    return new Promise<Response>((resolve, reject) => {
      const upstream = send(target, { method: 'POST', headers, timeout: Math.max(this.timeoutMs, streamTimeoutMs) }, (answer) =>
        collect(answer).then(resolve, reject),
      );
      upstream.on('timeout', () => upstream.destroy(new UpstreamUnreachable(true)));
      upstream.on('error', (error) => reject(error instanceof UpstreamUnreachable ? error : new UpstreamUnreachable(false)));
      pipeline(request.body, upstream).catch((error: unknown) => {
        upstream.destroy();
        reject(error instanceof UpstreamUnreachable ? error : new UpstreamUnreachable(false));
      });
    });
  }
}

/** Qonto's answer to a streamed upload, as a `Response` like `send`'s. */
function collect(answer: IncomingMessage): Promise<Response> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('error', () => reject(new UpstreamUnreachable(false)));
    answer.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(answer.headers)) if (typeof value === 'string') headers.set(name, value);
      resolve(new Response(answer.statusCode === 204 ? null : Buffer.concat(chunks), { status: answer.statusCode ?? 502, headers }));
    });
  });
}
