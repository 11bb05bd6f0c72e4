import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UpstreamUnreachable } from './call-qonto.ts';
import type { BudgetLane } from './request-budget.ts';

/**
 * Sends a request body to Qonto as it arrives, with Node's own stream plumbing: the socket reads and
 * writes are paired chunk for chunk (pipeline's backpressure), so memory stays flat whatever the size.
 * The body is sent once; there is no retry.
 */
export async function streamToQonto(
  url: string,
  headers: Record<string, string>,
  body: Readable,
  timeoutMs: number,
  budget: BudgetLane,
): Promise<Response> {
  await budget.acquire();
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    const upstream = send(target, { method: 'POST', headers, timeout: timeoutMs }, (answer: IncomingMessage) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', () => reject(new UpstreamUnreachable(false)));
      answer.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(answer.headers)) {
          if (typeof value === 'string') responseHeaders.set(name, value);
        }
        resolve(
          new Response(answer.statusCode === 204 ? null : Buffer.concat(chunks), {
            status: answer.statusCode ?? 502,
            headers: responseHeaders,
          }),
        );
      });
    });
    upstream.on('timeout', () => upstream.destroy(new UpstreamUnreachable(true)));
    upstream.on('error', (error) => reject(error instanceof UpstreamUnreachable ? error : new UpstreamUnreachable(false)));
    pipeline(body, upstream).catch((error: unknown) => {
      upstream.destroy();
      reject(error instanceof UpstreamUnreachable ? error : new UpstreamUnreachable(false));
    });
  });
}
