/**
 * Reads a refused request body to its end and drops it, so a client still sending sees the answer instead
 * of a reset connection (EPIPE). Bounded in bytes, and a client that stalls is answered after `idleMs`.
 */
export async function drainBody(
  body: AsyncIterable<Uint8Array> | null | undefined,
  ceilingBytes = 64 * 1024 * 1024,
  idleMs = 1000,
): Promise<void> {
  if (!body) return;
  const chunks = body[Symbol.asyncIterator]();
  let read = 0;
  let timer: NodeJS.Timeout | undefined;
  try {
    while (read <= ceilingBytes) {
      const idle = new Promise<'idle'>((resolve) => (timer = setTimeout(() => resolve('idle'), idleMs)));
      const next = await Promise.race([chunks.next(), idle]);
      clearTimeout(timer);
      if (next === 'idle' || next.done) return;
      read += next.value.length;
    }
  } catch {
    // The client went away: nothing left to answer.
  } finally {
    clearTimeout(timer);
  }
}
