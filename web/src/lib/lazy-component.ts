import { createElement, use, type ComponentType } from 'react';
import { loadOnce } from './load-once.ts';

/**
 * A component whose code loads on first render, or earlier on `preload` (when its use is likely). Unlike React.lazy,
 * a component already loaded renders at once: React holds back content that suspended for up to 300 ms, which a
 * preloaded piece would pay. A failed load is thrown to the nearest error boundary, and stays failed for the renders
 * that follow (React renders again before it shows the error) until `preload` or `load` is called again. A piece
 * that must not suspend (its stand-in holds the focus) uses `current` and `load` instead of `Lazy`.
 */
export function lazyComponent<Props extends object>(fetchCode: () => Promise<ComponentType<Props>>) {
  const code = loadOnce(fetchCode);
  function Lazy(props: Props) {
    // The same component on every render once loaded (one per lazy piece, made at start-up).
    return createElement(code.current() ?? use(code.last()), props);
  }
  // A failed preload is not reported here: the render that needs the component shows the failure.
  const preload = () => void code.load().catch(() => undefined);
  return { Lazy, preload, load: code.load, current: code.current };
}
