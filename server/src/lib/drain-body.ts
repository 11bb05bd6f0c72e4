/**
 * Reads a body to its end and drops it, a failure while reading included: a refused request's, so a client
 * still sending sees the answer instead of a reset connection (EPIPE), or an upstream answer's that is not
 * relayed. Bounded in bytes, and a sender that stalls is left after `idleMs`.
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
