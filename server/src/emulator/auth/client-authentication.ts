export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** client_secret_basic or client_secret_post, exactly one of them (RFC 6749 §2.3.1). */
export function clientAuthentication(header: string | undefined, form: URLSearchParams): ClientCredentials | undefined {
  const basic = header ? /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header) : null;
  const postedId = form.get('client_id');
  const postedSecret = form.get('client_secret');
  if (basic) {
    if (postedSecret !== null) return undefined;
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator < 0) return undefined;
    try {
      const clientId = decodeURIComponent(decoded.slice(0, separator).replaceAll('+', ' '));
      const clientSecret = decodeURIComponent(decoded.slice(separator + 1).replaceAll('+', ' '));
      if (postedId !== null && postedId !== clientId) return undefined;
      return { clientId, clientSecret };
    } catch {
      return undefined;
    }
  }
  if (postedId !== null && postedSecret !== null) return { clientId: postedId, clientSecret: postedSecret };
  return undefined;
}
