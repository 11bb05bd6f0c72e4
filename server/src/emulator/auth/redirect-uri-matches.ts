const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Exact match, except that a loopback redirect may use any port (RFC 8252 §7.3). */
export function redirectUriMatches(registered: readonly string[], candidate: string): boolean {
  let wanted: URL;
  try {
    wanted = new URL(candidate);
  } catch {
    return false;
  }
  return registered.some((uri) => {
    if (uri === candidate) return true;
    const allowed = new URL(uri);
    return (
      loopbackHosts.has(allowed.hostname) &&
      allowed.hostname === wanted.hostname &&
      allowed.protocol === wanted.protocol &&
      allowed.pathname === wanted.pathname &&
      wanted.search === '' &&
      wanted.hash === ''
    );
  });
}
