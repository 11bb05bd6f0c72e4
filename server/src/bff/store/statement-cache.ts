import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Each SQL text prepared once per database, not once per request. */
export function statementCache(db: DatabaseSync): (sql: string) => StatementSync {
  const prepared = new Map<string, StatementSync>();
  return (sql) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };
}
