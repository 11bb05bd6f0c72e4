import { useEffect, useRef, type RefObject } from 'react';
import type { ComposerForm } from '../form/composer-form.tsx';
import { saveDraft, type DraftScope, type StoredDraft } from '../model/draft-storage.ts';

/**
 * Saves the draft in this browser shortly after every change (and at once when the form goes away with
 * a save pending), and warns before leaving the page while there is work not yet saved in Qonto. The
 * caller sets the returned flag to false when the work is saved in Qonto or discarded.
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
      timer = undefined;
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
      // Leaving the page (a link in the navigation) right after typing: the last keys are saved now.
      if (unsaved.current && (timer !== undefined || idle !== undefined)) save();
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      window.removeEventListener('beforeunload', warn);
    };
  }, [scope, changes, getValues, pendingSubmit, locale]);
  return unsaved;
}
