import type { ComposerValues } from './composer-values.ts';

export interface StoredDraft {
  values: ComposerValues;
  savedAt: string;
  /** The key of a submit whose outcome is unknown: a retry of the same invoice reuses it. */
  pendingSubmit?: { idempotencyKey: string; payloadHash: string };
}

const storageKey = (organizationId: string) => `invoice-composer:draft:${organizationId}`;

/** Drafts live in this browser only, per organization, so a reload or a crash loses nothing. */
export function loadDraft(organizationId: string, storage: Storage = localStorage): StoredDraft | undefined {
  try {
    const raw = storage.getItem(storageKey(organizationId));
    const draft = raw ? (JSON.parse(raw) as StoredDraft) : undefined;
    return draft && typeof draft.values === 'object' && Array.isArray(draft.values.items) ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(organizationId: string, draft: StoredDraft, storage: Storage = localStorage): void {
  try {
    storage.setItem(storageKey(organizationId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form itself keeps working.
  }
}

export function clearDraft(organizationId: string, storage: Storage = localStorage): void {
  storage.removeItem(storageKey(organizationId));
}
