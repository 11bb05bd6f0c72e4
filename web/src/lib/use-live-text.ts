import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps an element's text equal to `read()`, re-read whenever `subscribe` says so, without a React render
 * and commit. React renders the element empty and never writes its text, so the two never disagree.
 * - `event` (a figure the user waits for: an invoice total) writes it in the key's own event;
 * - `frame` (the figures beside it) writes it just before the next frame is drawn: the same frame as
 *   the total, and no work in the key's event.
 */
export function useLiveText(
  ref: RefObject<HTMLElement | null>,
  subscribe: (listener: () => void) => () => void,
  read: () => string,
  when: 'event' | 'frame' = 'event',
): void {
  useLayoutEffect(() => {
    let frame: number | undefined;
    const write = () => {
      frame = undefined;
      const element = ref.current;
      if (!element) return;
      const text = read();
      // The text node's data is rewritten: no node made and dropped on each key press.
      const node = element.firstChild;
      if (node instanceof Text && node.nextSibling === null) {
        if (node.data !== text) node.data = text;
      } else element.textContent = text;
    };
    write();
    const unsubscribe = subscribe(when === 'event' ? write : () => void (frame ??= requestAnimationFrame(write)));
    return () => {
      unsubscribe();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [ref, subscribe, read, when]);
}
