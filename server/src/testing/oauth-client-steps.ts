import { createHash, randomBytes } from 'node:crypto';
import { demoOAuthClient } from '../emulator/emulator-options.ts';

export const testRedirectUri = 'http://127.0.0.1:3999/auth/callback';
export const composerScope = 'offline_access organization.read client.read client.write client_invoice.write client_invoices.read';

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Opens the consent page and answers it; returns where the browser would be sent. */
export async function consent(baseUrl: string, params: Record<string, string>, decision: 'approve' | 'deny' = 'approve'): Promise<URL> {
  const query = new URLSearchParams({
    client_id: demoOAuthClient.clientId,
    redirect_uri: testRedirectUri,
    response_type: 'code',
    scope: composerScope,
    state: 'st-123',
    ...params,
  });
  const page = await fetch(`${baseUrl}/oauth2/auth?${query}`, { redirect: 'manual' });
  if (page.status === 302) return new URL(page.headers.get('location')!);
  const html = await page.text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  if (!requestId) throw new Error(`No consent form (${page.status}): ${html.slice(0, 300)}`);
  const answer = await fetch(`${baseUrl}/oauth2/auth/decision`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }),
  });
  return new URL(answer.headers.get('location')!);
}

export async function tokenRequest(
  baseUrl: string,
  form: Record<string, string>,
  secret = demoOAuthClient.clientSecret,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: demoOAuthClient.clientId, client_secret: secret, ...form }),
  });
  return { status: response.status, body: await response.json() };
}

/** The whole code flow with PKCE: returns the token response. */
export async function connect(baseUrl: string, scope = composerScope): Promise<any> {
  const { verifier, challenge } = pkcePair();
  const back = await consent(baseUrl, { code_challenge: challenge, code_challenge_method: 'S256', scope });
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`No code: ${back}`);
  const tokens = await tokenRequest(baseUrl, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: testRedirectUri,
    code_verifier: verifier,
  });
  if (tokens.status !== 200) throw new Error(`Token exchange failed: ${JSON.stringify(tokens.body)}`);
  return tokens.body;
}
