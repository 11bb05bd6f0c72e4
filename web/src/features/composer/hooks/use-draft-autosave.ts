import { useEffect, useRef, type RefObject } from 'react';
import type { ComposerForm } from '../form/composer-form.tsx';
import { whenIdle } from '../../../lib/when-idle.ts';
import { saveDraft, type DraftScope, type StoredDraft } from '../model/draft-storage.ts';

/**
 * Saves the draft in this browser shortly after every change (and at once when the form goes away with
 * a save pending), and warns before leaving the page while there is work not yet saved in Qonto. The
 * caller sets the returned flag to false when the work is saved in Qonto or discarded.
 */
const quietMs = 400;

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
    let cancelIdle: (() => void) | undefined;
    let lastChange = 0;
    // Saved once the form has been quiet for a while, when the browser is idle: saving a long invoice
    // (serialising it, writing localStorage) takes a few milliseconds and must never delay a key press.
    // A key press only notes its time; the one timer re-arms itself while typing goes on (re-arming a
    // timer on every key press cost more than the rest of the key press's bookkeeping).
    const whenQuiet = (then: () => void) => {
      const quiet = performance.now() - lastChange;
      if (quiet < quietMs) timer = setTimeout(due, quietMs - quiet);
      else then();
    };
    const due = () => {
      timer = undefined;
      whenQuiet(() => {
        cancelIdle = whenIdle(() => {
          cancelIdle = undefined;
          whenQuiet(save);
        }, 2000);
      });
    };
    const unsubscribe = changes.subscribe(() => {
      unsaved.current = true;
      lastChange = performance.now();
      if (timer === undefined && cancelIdle === undefined) timer = setTimeout(due, quietMs);
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
      if (unsaved.current && (timer !== undefined || cancelIdle !== undefined)) save();
      clearTimeout(timer);
      cancelIdle?.();
      window.removeEventListener('beforeunload', warn);
    };
  }, [scope, changes, getValues, pendingSubmit, locale]);
  return unsaved;
}
