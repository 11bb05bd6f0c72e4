import { createHash, randomBytes } from 'node:crypto';
import { demoOAuthClient, type OAuthClientRegistration } from '../emulator/emulator-options.ts';

export const testRedirectUri = 'http://127.0.0.1:3999/auth/callback';
export const composerScope = 'offline_access organization.read client.read client.write client_invoice.write client_invoices.read';

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The organizations a browser would send: the hidden one, or those checked unless `pick` names others. */
export function organizationsSubmitted(html: string, pick: readonly string[] | undefined): string[] {
  const inputs = [...html.matchAll(/<input type="(hidden|radio|checkbox)" name="organization_id" value="([^"]+)"( checked)?>/g)];
  if (pick) return [...pick];
  return inputs.filter(([, type, , checked]) => type === 'hidden' || checked).map(([, , value]) => value!);
}

/** Opens the consent page and answers it; returns where the browser would be sent. */
export async function consent(
  baseUrl: string,
  params: Record<string, string>,
  decision: 'approve' | 'deny' = 'approve',
  pick?: readonly string[],
  client: OAuthClientRegistration = demoOAuthClient,
): Promise<URL> {
  const query = new URLSearchParams({
    client_id: client.clientId,
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
    body: new URLSearchParams([
      ['request_id', requestId],
      ['decision', decision],
      ...organizationsSubmitted(html, pick).map((id): [string, string] => ['organization_id', id]),
    ]),
  });
  return new URL(answer.headers.get('location')!);
}

export async function tokenRequest(
  baseUrl: string,
  form: Record<string, string>,
  secret = demoOAuthClient.clientSecret,
  clientId = demoOAuthClient.clientId,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: clientId, client_secret: secret, ...form }),
  });
  return { status: response.status, body: await response.json() };
}

export interface ConnectOptions {
  /** More authorize parameters (`organization_id`, `identity_type`). */
  params?: Record<string, string>;
  /** The organizations ticked on the consent page, instead of those checked by default. */
  pick?: readonly string[];
  client?: OAuthClientRegistration;
}

/** The whole code flow with PKCE: returns the token response. */
export async function connect(baseUrl: string, scope = composerScope, options: ConnectOptions = {}): Promise<any> {
  const { verifier, challenge } = pkcePair();
  const client = options.client ?? demoOAuthClient;
  const params = { code_challenge: challenge, code_challenge_method: 'S256', scope, ...options.params };
  const back = await consent(baseUrl, params, 'approve', options.pick, client);
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`No code: ${back}`);
  const tokens = await tokenRequest(
    baseUrl,
    { grant_type: 'authorization_code', code, redirect_uri: testRedirectUri, code_verifier: verifier },
    client.clientSecret,
    client.clientId,
  );
  if (tokens.status !== 200) throw new Error(`Token exchange failed: ${JSON.stringify(tokens.body)}`);
  return tokens.body;
}
