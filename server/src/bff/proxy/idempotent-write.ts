import { createHash } from 'node:crypto';
import { clientInvoiceSchema } from '@composer/shared';
import { ApiProblem } from '../../lib/error-response.ts';
import { uuidPattern } from '../../lib/random-id.ts';
import { UpstreamUnreachable, type QontoClient } from '../qonto/qonto-client.ts';
import { invoiceMatchesPayload } from './invoice-matches-payload.ts';
import type { BffConfig } from '../bff-config.ts';
import type { IdempotencyStore } from '../store/idempotency-store.ts';
import type { BudgetLane } from './request-budget.ts';
import { readUpstream, type UpstreamAnswer } from './relay-response.ts';

export interface IdempotentWrite {
  key: string;
  principal: string;
  /** What the key stands for: the operation's method and path, then the body. */
  target: string;
  body: string;
  /** Sends the write once and reads Qonto's answer whole (it is stored for replays). */
  send: () => Promise<UpstreamAnswer & { body: string }>;
  deps: { qonto: QontoClient; budget: BudgetLane; idempotency: IdempotencyStore; config: Pick<BffConfig, 'upstreamTimeoutMs'> };
  authorization: () => Promise<string>;
  /** `X-Qonto-Organization-Id` for a user-flow token. */
  organizationId?: string | undefined;
  /**
   * After an attempt whose outcome was lost, finds what it did in Qonto (the created invoice). Without
   * it, such an attempt is never resent under the same key: a send or a credit note must not act twice.
   */
  reconcile?: (request: IdempotentWrite, startedAt: number) => Promise<string | undefined>;
}

function replay(status: number, body: string): UpstreamAnswer {
  return { status, headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' }, errorCode: undefined, body };
}

/**
 * After an attempt whose outcome is unknown, looks in Qonto for the invoice that attempt may have
 * created, among the newest ones, before anything is sent again.
 */
export async function findCreatedInvoice(request: IdempotentWrite, startedAt: number): Promise<string | undefined> {
  const { qonto, budget } = request.deps;
  let payload: unknown;
  try {
    payload = JSON.parse(request.body);
  } catch {
    return undefined;
  }
  const response = await qonto.send({
    method: 'GET',
    path: '/v2/client_invoices?sort_by=created_at:desc&per_page=100',
    authorization: request.authorization,
    organizationId: request.organizationId,
    lane: budget,
  });
  const answer = await readUpstream(response, { whole: true });
  if (answer.status !== 200)
    throw new ApiProblem(502, {
      code: 'upstream_unavailable',
      detail: 'Could not check whether the invoice was already created; try again.',
    });
  const list = (JSON.parse(answer.body) as { client_invoices?: unknown[] }).client_invoices ?? [];
  for (const row of list) {
    const invoice = clientInvoiceSchema.safeParse(row);
    if (!invoice.success || Date.parse(invoice.data.created_at ?? '') < startedAt - 5000) continue;
    if (invoiceMatchesPayload(invoice.data, payload as Parameters<typeof invoiceMatchesPayload>[1]))
      return JSON.stringify({ client_invoice: row });
  }
  return undefined;
}

/**
 * Qonto does not deduplicate writes, so the app server does: one Idempotency-Key, one effect (one
 * invoice, one finalize, one email, one credit note). A replay returns the first answer; the same key with
 * another operation or body is refused; an attempt whose outcome was lost (timeout, dropped connection,
 * 5xx) is reconciled against Qonto before a resend where that can be checked, and never resent otherwise.
 */
export async function writeIdempotently(request: IdempotentWrite): Promise<UpstreamAnswer> {
  const { key, principal, body, deps } = request;
  if (!uuidPattern.test(key)) throw new ApiProblem(400, { code: 'bad_request', detail: 'Idempotency-Key must be a UUID.' });
  const store = deps.idempotency;
  // A lost attempt is given as long again as we were willing to wait for it, to land before we look.
  const settleMs = deps.config.upstreamTimeoutMs;
  const bodyHash = createHash('sha256').update(`${request.target}\n${body}`).digest('hex');
  const existing = store.find(principal, key);
  if (existing && existing.bodyHash !== bodyHash) {
    throw new ApiProblem(422, { code: 'idempotency_key_reused', detail: 'This Idempotency-Key was used for a different request.' });
  }
  if (existing?.state === 'done') return replay(existing.status, existing.body);
  if (existing?.state === 'uncertain') {
    const wait = existing.settlesAt - Date.now();
    if (wait > 0) {
      throw new ApiProblem(
        409,
        { code: 'idempotency_request_in_progress', detail: 'The previous attempt may still be landing at Qonto; try again in a moment.' },
        { 'Retry-After': String(Math.ceil(wait / 1000)) },
      );
    }
    if (!request.reconcile) {
      throw new ApiProblem(409, {
        code: 'idempotency_outcome_unknown',
        detail: 'Qonto did not say whether this action was carried out; reload the invoice before trying again.',
      });
    }
    const found = await request.reconcile(request, existing.startedAt);
    if (found) {
      store.complete(principal, key, 201, found);
      return replay(201, found);
    }
  }
  if (!store.claim(principal, key, bodyHash)) {
    throw new ApiProblem(
      409,
      { code: 'idempotency_request_in_progress', detail: 'This request is still being carried out; wait a moment.' },
      { 'Retry-After': '1' },
    );
  }
  let answer: UpstreamAnswer & { body: string };
  try {
    answer = await request.send();
  } catch (error) {
    if (error instanceof UpstreamUnreachable || (error instanceof ApiProblem && error.status >= 500))
      store.markUncertain(principal, key, settleMs);
    else store.release(principal, key);
    throw error;
  }
  if (answer.status >= 500) store.markUncertain(principal, key, settleMs);
  else store.complete(principal, key, answer.status, answer.body);
  return answer;
}
