import { useEffect, useRef, type RefObject } from 'react';
import type { ComposerForm } from '../form/composer-form.tsx';
import { saveDraft, type DraftScope, type StoredDraft } from '../model/draft-storage.ts';

/**
 * Saves the draft in this browser shortly after every change, and warns before leaving the page
 * while there is work not yet saved in Qonto.
 */
export function useDraftAutosave(
  { changes, getValues }: ComposerForm,
  scope: DraftScope,
  pendingSubmit: RefObject<StoredDraft['pendingSubmit']>,
  startDirty: boolean,
  locale: string,
) {
  const unsaved = useRef(startDirty);
  useEffect(() => {
    const save = () =>
      saveDraft(scope, {
        values: getValues(),
        savedAt: new Date().toISOString(),
        locale,
        ...(pendingSubmit.current ? { pendingSubmit: pendingSubmit.current } : {}),
      });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    // Saving a long invoice (serialising it, writing localStorage) takes a few milliseconds: done when the
    // browser is idle, so it never delays the next key press.
    const saveWhenIdle = () => {
      idle = requestIdleCallback(
        () => {
          idle = undefined;
          save();
        },
        { timeout: 2000 },
      );
    };
    const unsubscribe = changes.subscribe(() => {
      unsaved.current = true;
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      idle = undefined;
      timer = setTimeout(saveWhenIdle, 400);
    });
    const warn = (event: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      save();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      window.removeEventListener('beforeunload', warn);
    };
  }, [scope, changes, getValues, pendingSubmit, locale]);
  return unsaved;
}
