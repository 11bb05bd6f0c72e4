/**
 * `requestIdleCallback` where the browser has it, else a short timer: Safari has none (WebKit bug 164193), and
 * calling it there throws, so work scheduled this way (saving the draft) would never happen.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const id = globalThis.requestIdleCallback(callback, { timeout: timeoutMs });
    return () => globalThis.cancelIdleCallback(id);
  }
  const timer = setTimeout(callback, 1);
  return () => clearTimeout(timer);
}
