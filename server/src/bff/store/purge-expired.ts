/** Anything that can drop its expired rows. */
export interface Purgeable {
  purgeExpired(): number;
}

/**
 * Expired sessions and idempotent answers are removed while the server runs, not only at start: a server
 * up for weeks keeps nothing past its lifetime. The timer never keeps the process alive.
 */
export function purgeExpiredEvery(stores: readonly Purgeable[], intervalMs: number): () => void {
  const purge = () => {
    for (const store of stores) store.purgeExpired();
  };
  purge();
  const timer = setInterval(purge, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
