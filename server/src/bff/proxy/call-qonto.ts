import { ApiProblem } from '../../lib/error-response.ts';
import type { BudgetLane } from './request-budget.ts';

export interface QontoCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | null;
  timeoutMs: number;
  /** Only reads are retried; a POST is sent once. */
  retry: boolean;
}

const retryableStatuses = new Set([429, 502, 503]);
const maxRetries = 3;
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

/** One call to Qonto within the shared budget; reads retried with bounded backoff honouring Retry-After. */
export async function callQonto(call: QontoCall, budget: BudgetLane): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    await budget.acquire();
    let response: Response;
    try {
      response = await fetch(call.url, {
        method: call.method,
        headers: call.headers,
        body: call.body ?? null,
        redirect: 'manual',
        signal: AbortSignal.timeout(call.timeoutMs),
      } as RequestInit);
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      if (call.retry && !timedOut && attempt < maxRetries) {
        await sleep(backoffMs(attempt, null));
        continue;
      }
      throw new UpstreamUnreachable(timedOut);
    }
    if (call.retry && retryableStatuses.has(response.status) && attempt < maxRetries) {
      await response.body?.cancel();
      await sleep(backoffMs(attempt, response.headers.get('retry-after')));
      continue;
    }
    return response;
  }
}
