import { useEffect, useRef, type RefObject } from 'react';
import type { UseFormGetValues } from 'react-hook-form';
import type { ComposerValues } from '../model/composer-values.ts';
import { saveDraft, type StoredDraft } from '../model/draft-storage.ts';
import type { FormChanges } from '../form/form-changes.ts';

/**
 * Saves the draft in this browser shortly after every change, and warns before leaving the page
 * while there is work not yet created in Qonto.
 */
export function useDraftAutosave(
  organizationId: string,
  changes: FormChanges,
  getValues: UseFormGetValues<ComposerValues>,
  pendingSubmit: RefObject<StoredDraft['pendingSubmit']>,
  startDirty: boolean,
) {
  const unsaved = useRef(startDirty);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = changes.subscribe(() => {
      unsaved.current = true;
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          saveDraft(organizationId, {
            values: getValues(),
            savedAt: new Date().toISOString(),
            ...(pendingSubmit.current ? { pendingSubmit: pendingSubmit.current } : {}),
          }),
        400,
      );
    });
    const warn = (event: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      saveDraft(organizationId, {
        values: getValues(),
        savedAt: new Date().toISOString(),
        ...(pendingSubmit.current ? { pendingSubmit: pendingSubmit.current } : {}),
      });
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('beforeunload', warn);
    };
  }, [organizationId, changes, getValues, pendingSubmit]);
  return unsaved;
}
