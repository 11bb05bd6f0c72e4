import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, type Dispatcher } from 'undici';
import { ApiProblem } from '../../lib/error-response.ts';
import type { BffConfig } from '../bff-config.ts';
import type { BudgetLane } from '../proxy/request-budget.ts';
import { stagingHeaders } from './staging-headers.ts';

const organizationHeader = 'x-qonto-organization-id';

export interface QontoRequest {
  method: string;
  /** Qonto's path with its query, e.g. `/v2/client_invoices?page=2`. */
  path: string;
  /**
   * `Bearer …`, or the API key's `login:secret`; left out only to see whether Qonto answers at all. A
   * function is called once the call's turn in the budget has come, so a token is never spent waiting.
   */
  authorization: Authorization | undefined;
  /** A user-flow token covers several organizations: each call names one (`X-Qonto-Organization-Id`). */
  organizationId?: string | undefined;
  /** Each session (or the API key, or the health check) waits on its own lane of the shared budget. */
  lane: BudgetLane;
  body?: string;
  contentType?: string;
  /** Defaults to the configured upstream timeout. */
  timeoutMs?: number;
  /** Defaults to retrying reads (GET) only. */
  retry?: boolean;
}

type Authorization = string | (() => Promise<string>);

export interface QontoStreamRequest {
  path: string;
  authorization: Authorization;
  organizationId?: string | undefined;
  lane: BudgetLane;
  contentType: string;
  contentLength: number;
  body: Readable;
}

/** Qonto's answer with its body still on the socket: read it whole, relay it as a stream, or discard it. */
export interface QontoAnswer {
  status: number;
  header(name: string): string | undefined;
  body: Readable;
  text(): Promise<string>;
  json(): Promise<unknown>;
  discard(): Promise<void>;
}

const retryableStatuses = new Set([429, 502, 503]);
const maxRetries = 3;
const streamTimeoutMs = 120_000;
const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

function authorizationOf(authorization: Authorization): string | Promise<string> {
  return typeof authorization === 'string' ? authorization : authorization();
}

function backoffMs(attempt: number, retryAfter: string | undefined): number {
  const seconds = retryAfter !== undefined && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
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

const isTimeout = (error: unknown) => timeoutCodes.has((error as { code?: string }).code ?? '');

function answerOf(response: Dispatcher.ResponseData): QontoAnswer {
  const headers: IncomingHttpHeaders = response.headers;
  return {
    status: response.statusCode,
    header: (name) => {
      const value = headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    body: response.body,
    text: () => response.body.text(),
    json: () => response.body.json(),
    discard: () => response.body.dump({ limit: Number.POSITIVE_INFINITY }).catch(() => undefined),
  };
}

/**
 * The one way the app server calls Qonto's API: one keep-alive connection pool to its origin, base URL and
 * staging header, `Accept`, the shared request budget, timeouts, no redirects followed, reads (GET)
 * retried with bounded backoff honouring `Retry-After`, writes sent once, multipart bodies streamed with
 * backpressure, and a failure to reach Qonto answered in Qonto's error envelope (502/504). undici's
 * `request` is used rather than `fetch`: no WHATWG Request/Response/Headers objects per call, and the
 * answer's body is a Node stream the proxy pipes to the browser. The OAuth token endpoint is called by
 * oauth4webapi (see `qonto-oauth-client.ts`), on Qonto's OAuth host.
 */
export class QontoClient {
  private readonly pool: Pool;
  private readonly pathPrefix: string;
  private readonly fixedHeaders: Record<string, string>;
  private readonly timeoutMs: number;

  constructor(config: Pick<BffConfig, 'hosts' | 'stagingToken' | 'upstreamTimeoutMs'>) {
    const base = new URL(config.hosts.api);
    this.pool = new Pool(base.origin, { connections: 128 });
    this.pathPrefix = base.pathname.replace(/\/$/, '');
    this.fixedHeaders = { accept: 'application/json', ...stagingHeaders(config) };
    this.timeoutMs = config.upstreamTimeoutMs;
  }

  async send(request: QontoRequest): Promise<QontoAnswer> {
    const retry = request.retry ?? request.method === 'GET';
    const headers: Record<string, string> = { ...this.fixedHeaders };
    if (request.organizationId !== undefined) headers[organizationHeader] = request.organizationId;
    if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
    const timeout = request.timeoutMs ?? this.timeoutMs;
    for (let attempt = 0; ; attempt += 1) {
      await request.lane.acquire();
      if (request.authorization !== undefined) headers.authorization = await authorizationOf(request.authorization);
      let answer: QontoAnswer;
      // undici's own headers timeout ticks every half second; the deadline for Qonto's answer is kept to
      // the millisecond with one timer per call, and undici's body timeout guards the relayed body.
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), timeout);
      try {
        answer = answerOf(
          await this.pool.request({
            method: request.method as Dispatcher.HttpMethod,
            path: `${this.pathPrefix}${request.path}`,
            headers,
            body: request.body ?? null,
            signal: deadline.signal,
            bodyTimeout: timeout,
          }),
        );
      } catch (error) {
        const timedOut = deadline.signal.aborted || isTimeout(error);
        if (retry && !timedOut && attempt < maxRetries) {
          await sleep(backoffMs(attempt, undefined));
          continue;
        }
        throw new UpstreamUnreachable(timedOut);
      } finally {
        clearTimeout(timer);
      }
      if (retry && retryableStatuses.has(answer.status) && attempt < maxRetries) {
        await answer.discard();
        await sleep(backoffMs(attempt, answer.header('retry-after')));
        continue;
      }
      return answer;
    }
  }

  /**
   * Sends a multipart body to Qonto as it arrives: undici writes each chunk when the socket takes it
   * (backpressure), so memory stays flat whatever the size. The body is sent once; there is no retry.
   */
  async stream(request: QontoStreamRequest): Promise<QontoAnswer> {
    await request.lane.acquire();
    const authorization = await authorizationOf(request.authorization);
    const timeout = Math.max(this.timeoutMs, streamTimeoutMs);
    try {
      return answerOf(
        await this.pool.request({
          method: 'POST',
          path: `${this.pathPrefix}${request.path}`,
          headers: {
            ...this.fixedHeaders,
            authorization,
            ...(request.organizationId === undefined ? {} : { [organizationHeader]: request.organizationId }),
            'content-type': request.contentType,
            'content-length': String(request.contentLength),
          },
          body: request.body,
          headersTimeout: timeout,
          bodyTimeout: timeout,
        }),
      );
    } catch (error) {
      throw new UpstreamUnreachable(isTimeout(error));
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
