import type { ComposerValues } from './composer-values.ts';

export interface StoredDraft {
  values: ComposerValues;
  savedAt: string;
  /** The locale its numbers were typed in: a draft restored after a language switch is read in it. */
  locale?: string;
  /** The key of a submit whose outcome is unknown: a retry of the same invoice reuses it. */
  pendingSubmit?: { idempotencyKey: string; payloadHash: string };
}

/**
 * Where a form's work is kept: the new invoice of an organization (its id), or the changes to one of its
 * Qonto drafts (`editDraftScope`), so editing a draft never overwrites the new invoice being typed.
 */
export type DraftScope = string;

export const editDraftScope = (organizationId: string, invoiceId: string): DraftScope => `${organizationId}:invoice:${invoiceId}`;

const storageKey = (scope: DraftScope) => `invoice-composer:draft:${scope}`;

/** Drafts live in this browser only, per organization, so a reload or a crash loses nothing. */
export function loadDraft(scope: DraftScope, storage: Storage = localStorage): StoredDraft | undefined {
  try {
    const raw = storage.getItem(storageKey(scope));
    const draft = raw ? (JSON.parse(raw) as StoredDraft) : undefined;
    return draft && typeof draft.values === 'object' && Array.isArray(draft.values.items) ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(scope: DraftScope, draft: StoredDraft, storage: Storage = localStorage): void {
  try {
    storage.setItem(storageKey(scope), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form itself keeps working.
  }
}

export function clearDraft(scope: DraftScope, storage: Storage = localStorage): void {
  storage.removeItem(storageKey(scope));
}
