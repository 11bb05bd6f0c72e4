import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { open, seal } from '../crypto/token-cipher.ts';
import { statementCache } from './statement-cache.ts';

export type IdempotencyRecord =
  | { state: 'pending'; bodyHash: string; startedAt: number }
  | { state: 'uncertain'; bodyHash: string; startedAt: number; settlesAt: number }
  | { state: 'done'; bodyHash: string; startedAt: number; status: number; body: string };

const ttlMs = 24 * 3600 * 1000;

/**
 * Idempotency-Key → first result, per principal (organization or API key), kept 24 h. The stored answer
 * (a whole invoice: client, amounts, IBAN) is sealed like the tokens, bound to its principal and key.
 */
export class IdempotencyStore {
  private readonly sql: (sql: string) => StatementSync;
  private readonly keys: readonly Buffer[];

  constructor(db: DatabaseSync, keys: readonly Buffer[]) {
    this.sql = statementCache(db);
    this.keys = keys;
  }

  private static binding(principal: string, key: string): string {
    return `idempotent-answer:${principal}:${key}`;
  }

  find(principal: string, key: string): IdempotencyRecord | undefined {
    const row = this.sql(
      'SELECT body_hash, state, status, body, started_at, settles_at FROM idempotency_keys WHERE principal = ? AND key = ? AND expires_at > ?',
    ).get(principal, key, Date.now()) as
      | { body_hash: string; state: string; status: number | null; body: string | null; started_at: number; settles_at: number | null }
      | undefined;
    if (!row) return undefined;
    if (row.state === 'done') {
      const body = open<string>(Buffer.from(row.body ?? '', 'base64'), this.keys, IdempotencyStore.binding(principal, key));
      // Unreadable (a retired secret): the retry checks Qonto for the invoice rather than sending again.
      if (body === undefined) return { state: 'uncertain', bodyHash: row.body_hash, startedAt: row.started_at, settlesAt: 0 };
      return { state: 'done', bodyHash: row.body_hash, startedAt: row.started_at, status: row.status!, body };
    }
    if (row.state === 'uncertain')
      return { state: 'uncertain', bodyHash: row.body_hash, startedAt: row.started_at, settlesAt: row.settles_at ?? 0 };
    return { state: 'pending', bodyHash: row.body_hash, startedAt: row.started_at };
  }

  /** Claims the key for one attempt; false when another attempt holds it. */
  claim(principal: string, key: string, bodyHash: string): boolean {
    const now = Date.now();
    this.sql('DELETE FROM idempotency_keys WHERE expires_at <= ?').run(now);
    const result = this.sql(
      `INSERT INTO idempotency_keys (principal, key, body_hash, state, started_at, expires_at) VALUES (?, ?, ?, 'pending', ?, ?)
         ON CONFLICT (principal, key) DO UPDATE SET state = 'pending'
         WHERE idempotency_keys.state = 'uncertain' AND idempotency_keys.body_hash = excluded.body_hash`,
    ).run(principal, key, bodyHash, now, now + ttlMs);
    return result.changes === 1;
  }

  complete(principal: string, key: string, status: number, body: string): void {
    const sealed = seal(body, this.keys, IdempotencyStore.binding(principal, key)).toString('base64');
    this.sql("UPDATE idempotency_keys SET state = 'done', status = ?, body = ? WHERE principal = ? AND key = ?").run(
      status,
      sealed,
      principal,
      key,
    );
  }

  purgeExpired(): number {
    return Number(this.sql('DELETE FROM idempotency_keys WHERE expires_at <= ?').run(Date.now()).changes);
  }

  /**
   * The outcome is unknown (timeout, dropped connection): a retry must check Qonto before sending again,
   * and not before `settleMs` has passed, so a request still running at Qonto has time to land.
   */
  markUncertain(principal: string, key: string, settleMs: number): void {
    this.sql("UPDATE idempotency_keys SET state = 'uncertain', settles_at = ? WHERE principal = ? AND key = ?").run(
      Date.now() + settleMs,
      principal,
      key,
    );
  }

  release(principal: string, key: string): void {
    this.sql('DELETE FROM idempotency_keys WHERE principal = ? AND key = ?').run(principal, key);
  }
}
