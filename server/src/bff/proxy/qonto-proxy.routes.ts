import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { qontoLimits } from '@composer/shared';
import { Hono, type Context } from 'hono';
import { drainBody } from '../../lib/drain-body.ts';
import { ApiProblem } from '../../lib/error-response.ts';
import { uuidPattern } from '../../lib/random-id.ts';
import type { BffEnv } from '../bff-env.ts';
import type { IdempotencyStore } from '../store/idempotency-store.ts';
import { findAllowedOperation, type OperationKind } from './allowed-operations.ts';
import { findCreatedInvoice, writeIdempotently } from './idempotent-write.ts';
import { organizationAccess, type AccessDependencies, type OrganizationAccess } from './organization-access.ts';
import { readUpstream, relay, type UpstreamAnswer } from './relay-response.ts';

export interface ProxyDependencies extends AccessDependencies {
  idempotency: IdempotencyStore;
  /** The security headers every answer carries; the proxy writes them itself (see `relay`). */
  responseHeaders: Readonly<Record<string, string>>;
}

const organizationPath = /^\/api\/orgs\/([^/]+)\/qonto(\/.*)$/;
const jsonMaxBytes = 1024 * 1024;
const multipartLimits: Partial<Record<OperationKind, number>> = {
  bulk: qontoLimits.bulkMaxRequestBytes,
  upload: qontoLimits.uploadMaxFileBytes + 64 * 1024,
};

/** The path exactly as the client sent it: before any decoding or dot-segment normalisation. */
function rawRequestTarget(c: Context<BffEnv>): { path: string; search: string } {
  const target = c.env?.incoming?.url ?? new URL(c.req.url).pathname + new URL(c.req.url).search;
  const query = target.indexOf('?');
  return query < 0 ? { path: target, search: '' } : { path: target.slice(0, query), search: target.slice(query) };
}

/** The request body as it arrives on the socket (or, outside Node's server, the web stream's Node twin). */
function streamedBody(c: Context<BffEnv>): Readable {
  if (c.env?.incoming) return c.env.incoming;
  if (!c.req.raw.body) throw new ApiProblem(400, { code: 'bad_request', detail: 'The body is empty.' });
  return Readable.fromWeb(c.req.raw.body as unknown as NodeReadableStream<Uint8Array>);
}

async function declaredLength(c: Context<BffEnv>, max: number): Promise<number> {
  const header = c.req.header('content-length');
  if (header === undefined || !/^\d+$/.test(header)) {
    throw new ApiProblem(411, { code: 'length_required', detail: 'Send the body with a Content-Length.' });
  }
  const length = Number(header);
  if (length > max) {
    await drainBody((c.env?.incoming ?? c.req.raw.body) as AsyncIterable<Uint8Array> | null);
    throw new ApiProblem(
      413,
      { code: 'request_entity_too_large', detail: `The body exceeds ${max.toLocaleString('en')} bytes.` },
      { Connection: 'close' },
    );
  }
  return length;
}

/**
 * `/api/orgs/{organization}/qonto/v2/...` → Qonto's `/v2/...` for that organization, for the allow-listed
 * operations only, once the caller is known to be connected to it. The token is made fresh before anything
 * is sent (a streamed body can be sent once); reads are retried, writes never.
 */
export function qontoProxyRoutes(deps: ProxyDependencies) {
  const { config, qonto, responseHeaders } = deps;
  const app = new Hono<BffEnv>();

  /**
   * A call Qonto refused because the token had just expired was not carried out, so it is sent once more
   * with a fresh token, writes included (their JSON body is in hand; a streamed body is not resent).
   */
  const sendWithFreshToken = async <A extends UpstreamAnswer>(
    access: OrganizationAccess,
    send: (force: boolean) => Promise<A>,
  ): Promise<A> => {
    let answer = await send(false);
    if (answer.status === 401 && answer.errorCode === 'token_expired' && config.auth.kind === 'oauth') answer = await send(true);
    return checkRefusal(access, answer);
  };

  /** A 401 asks for a new consent; a 403 in the user flow may mean the organization left the consent. */
  const checkRefusal = async <A extends UpstreamAnswer>(access: OrganizationAccess, answer: A): Promise<A> => {
    if (answer.status === 401) return access.refused();
    if (answer.status === 403) await access.forbidden();
    return answer;
  };

  app.all('/api/orgs/*', async (c) => {
    const target = rawRequestTarget(c);
    const matched = organizationPath.exec(target.path);
    const organizationId = matched?.[1] ?? '';
    const upstreamPath = matched?.[2] ?? '';
    const operation = matched && uuidPattern.test(organizationId) ? findAllowedOperation(c.req.method, upstreamPath) : undefined;
    if (!operation || target.search.length > 2000) {
      throw new ApiProblem(404, { code: 'not_found', detail: 'This app does not call that Qonto endpoint.' });
    }
    const path = `${upstreamPath}${operation.kind === 'read' ? target.search : ''}`;
    // Who is asking, and for which of their organizations, is settled before a byte of the body is read:
    // an anonymous caller, or one naming an organization it has not connected, costs nothing.
    const access = await organizationAccess(c, deps, organizationId);
    const { lane, organizationHeader } = access;

    if (operation.kind === 'read') {
      const send = async (force: boolean) =>
        readUpstream(
          await qonto.send({
            method: 'GET',
            path,
            authorization: () => access.authorization(force),
            organizationId: organizationHeader,
            lane,
          }),
        );
      return relay(c, await sendWithFreshToken(access, send), responseHeaders);
    }

    const multipartLimit = multipartLimits[operation.kind];
    if (multipartLimit !== undefined) {
      const length = await declaredLength(c, multipartLimit);
      const contentType = c.req.header('content-type') ?? '';
      if (!/^multipart\/form-data;\s*boundary=/i.test(contentType)) {
        throw new ApiProblem(400, { code: 'invalid_request_format', detail: 'Send files as multipart/form-data.' });
      }
      const response = await qonto.stream({
        path,
        authorization: () => access.authorization(),
        organizationId: organizationHeader,
        lane,
        contentType,
        contentLength: length,
        body: streamedBody(c),
      });
      return relay(c, await checkRefusal(access, await readUpstream(response)), responseHeaders);
    }

    // An action may have no body (finalize, DELETE): then nothing is read and no Content-Length is needed.
    const bodyless = operation.kind === 'action' && (c.req.method === 'DELETE' || c.req.header('content-length') === undefined);
    if (!bodyless) await declaredLength(c, jsonMaxBytes);
    const body = bodyless ? '' : await c.req.text();
    const contentType = c.req.header('content-type') ?? 'application/json';
    const post = async (force: boolean) =>
      readUpstream(
        await qonto.send({
          method: c.req.method,
          path,
          authorization: () => access.authorization(force),
          organizationId: organizationHeader,
          lane,
          ...(bodyless ? {} : { body, contentType }),
        }),
        { whole: true },
      );
    const send = () => sendWithFreshToken(access, post);
    const key = c.req.header('idempotency-key');
    if ((operation.kind === 'create-invoice' || operation.kind === 'action') && key !== undefined) {
      const answer = await writeIdempotently({
        key,
        // Keys are per organization: the same key sent for two organizations names two writes.
        principal: organizationId,
        target: `${c.req.method} ${upstreamPath}`,
        body,
        send,
        deps: { ...deps, budget: lane },
        authorization: () => access.authorization(),
        organizationId: organizationHeader,
        ...(operation.kind === 'create-invoice' ? { reconcile: findCreatedInvoice } : {}),
      });
      return relay(c, answer, responseHeaders);
    }
    return relay(c, await send(), responseHeaders);
  });

  return app;
}
