import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps an element's text equal to `read()`, re-read whenever `subscribe` says so. For a figure that
 * follows every key press (an invoice total): it is written in the key's own event and painted in the
 * next frame, without a React render and commit on the key's path. React renders the element empty and
 * never writes its text, so the two never disagree.
 */
export function useLiveText(ref: RefObject<HTMLElement | null>, subscribe: (listener: () => void) => () => void, read: () => string): void {
  useLayoutEffect(() => {
    const write = () => {
      const element = ref.current;
      if (!element) return;
      const text = read();
      if (element.textContent !== text) element.textContent = text;
    };
    write();
    return subscribe(write);
  }, [ref, subscribe, read]);
}
