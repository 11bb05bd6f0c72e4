import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { open, seal } from '../crypto/token-cipher.ts';
import { sessionDataFrom, type SessionData } from '../session/connections.ts';
import { statementCache } from './statement-cache.ts';

export type { Connection, OrganizationSummary, SessionData, SessionTokens } from '../session/connections.ts';

export interface StoredSession {
  idHash: string;
  data: SessionData;
  version: number;
  expiresAt: number;
}

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/**
 * Sessions keyed by the hash of an opaque random id (the cookie value), their tokens sealed with
 * AES-256-GCM bound to that hash, so a copied row is useless under another session.
 */
export class SessionStore {
  private readonly sql: (sql: string) => StatementSync;
  private readonly keys: readonly Buffer[];

  constructor(db: DatabaseSync, encryptionKeys: readonly Buffer[]) {
    this.sql = statementCache(db);
    this.keys = encryptionKeys;
  }

  create(data: SessionData, maxAgeS: number): { id: string; session: StoredSession } {
    const id = randomBytes(32).toString('base64url');
    const idHash = hashId(id);
    const now = Date.now();
    const expiresAt = now + maxAgeS * 1000;
    this.sql('INSERT INTO sessions (id_hash, sealed, version, created_at, expires_at) VALUES (?, ?, 1, ?, ?)').run(
      idHash,
      seal(data, this.keys, idHash),
      now,
      expiresAt,
    );
    return { id, session: { idHash, data, version: 1, expiresAt } };
  }

  find(id: string | undefined): StoredSession | undefined {
    if (!id || id.length > 100) return undefined;
    const idHash = hashId(id);
    const row = this.sql('SELECT sealed, version, expires_at FROM sessions WHERE id_hash = ?').get(idHash) as
      { sealed: Uint8Array; version: number; expires_at: number } | undefined;
    if (!row || row.expires_at <= Date.now()) return undefined;
    const data = open<SessionData>(row.sealed, this.keys, idHash);
    if (!data) return undefined;
    return { idHash, data: sessionDataFrom(data), version: row.version, expiresAt: row.expires_at };
  }

  /** Compare-and-swap: writes only if nobody else updated the session since it was read. */
  update(session: StoredSession, data: SessionData): StoredSession | undefined {
    const result = this.sql('UPDATE sessions SET sealed = ?, version = version + 1 WHERE id_hash = ? AND version = ?').run(
      seal(data, this.keys, session.idHash),
      session.idHash,
      session.version,
    );
    if (result.changes !== 1) return undefined;
    return { ...session, data, version: session.version + 1 };
  }

  /**
   * Applies `change` to the session as it now stands, retrying when another request wrote in between
   * (two connections refreshing at once each keep their own new tokens).
   */
  modify(session: StoredSession, change: (data: SessionData) => SessionData): StoredSession | undefined {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const current = this.reload(session);
      if (!current) return undefined;
      const updated = this.update(current, change(current.data));
      if (updated) return updated;
    }
    return undefined;
  }

  reload(session: StoredSession): StoredSession | undefined {
    const row = this.sql('SELECT sealed, version, expires_at FROM sessions WHERE id_hash = ?').get(session.idHash) as
      { sealed: Uint8Array; version: number; expires_at: number } | undefined;
    const data = row && open<SessionData>(row.sealed, this.keys, session.idHash);
    return row && data
      ? { idHash: session.idHash, data: sessionDataFrom(data), version: row.version, expiresAt: row.expires_at }
      : undefined;
  }

  delete(idHash: string): void {
    this.sql('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  purgeExpired(): number {
    return Number(this.sql('DELETE FROM sessions WHERE expires_at <= ?').run(Date.now()).changes);
  }
}
