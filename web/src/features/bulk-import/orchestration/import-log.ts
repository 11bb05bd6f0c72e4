import { openDB, type DBSchema } from 'idb';

export interface ImportLogEntry {
  organizationId: string;
  sha256: string;
  fileName: string;
  size: number;
  invoiceId: string;
  importedAt: string;
}

interface ImportLogSchema extends DBSchema {
  imports: { key: [string, string]; value: ImportLogEntry; indexes: { byOrganization: string } };
}

const database = () =>
  openDB<ImportLogSchema>('invoice-composer', 1, {
    upgrade(db) {
      const store = db.createObjectStore('imports', { keyPath: ['organizationId', 'sha256'] });
      store.createIndex('byOrganization', 'organizationId');
    },
  });

/** What this browser already imported, per organization, so a reload still knows and a re-drop says so. */
export async function importLog(organizationId: string): Promise<Map<string, ImportLogEntry>> {
  const entries = await (await database()).getAllFromIndex('imports', 'byOrganization', organizationId);
  return new Map(entries.map((entry) => [entry.sha256, entry]));
}

export async function recordImports(entries: ImportLogEntry[]): Promise<void> {
  const db = await database();
  const transaction = db.transaction('imports', 'readwrite');
  await Promise.all([...entries.map((entry) => transaction.store.put(entry)), transaction.done]);
}
