import { organizationsSubmitted } from './oauth-client-steps.ts';
/**
 * What a browser does with the app server, minus rendering: keeps cookies per host, sends Origin and
 * the CSRF header on writes, follows the OAuth redirects through the emulator's consent page.
 */
export class BrowserClient {
  readonly appUrl: string;
  readonly cookies = new Map<string, string>();
  /** Every answer the browser side received, to check that no secret ever reaches it. */
  readonly received: { url: string; status: number; headers: [string, string][]; body: string }[] = [];

  constructor(appUrl: string) {
    this.appUrl = appUrl;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(pathOrUrl: string, init: RequestInit & { csrf?: boolean; origin?: string | null } = {}): Promise<Response> {
    const url = new URL(pathOrUrl, this.appUrl);
    const { csrf = true, origin = this.appUrl, ...rest } = init;
    const headers = new Headers(rest.headers);
    const ownApp = url.origin === new URL(this.appUrl).origin;
    if (ownApp && this.cookies.size > 0) headers.set('cookie', this.cookieHeader());
    const method = (rest.method ?? 'GET').toUpperCase();
    if (ownApp && method !== 'GET' && method !== 'HEAD') {
      if (csrf) headers.set('x-csrf', '1');
      if (origin !== null) headers.set('origin', origin);
    }
    const response = await fetch(url, { ...rest, headers, redirect: 'manual' });
    if (ownApp) {
      for (const line of response.headers.getSetCookie()) {
        const [pair, ...attributes] = line.split(';');
        const [name, ...value] = pair!.split('=');
        const expired = attributes.some((attribute) => /max-age=0/i.test(attribute.trim()));
        if (expired) this.cookies.delete(name!.trim());
        else this.cookies.set(name!.trim(), value.join('='));
      }
      const body = await response.clone().text();
      this.received.push({ url: url.toString(), status: response.status, headers: [...response.headers], body });
    }
    return response;
  }

  async json<T = any>(
    pathOrUrl: string,
    init: RequestInit & { csrf?: boolean; origin?: string | null } = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const response = await this.request(pathOrUrl, init);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }

  /**
   * /auth/login → consent page → decision → /auth/callback; returns where the app finally sends the user.
   * `pick`: the organizations ticked on the consent page; `organizationId`: the one the app asks for.
   */
  async connect(
    decision: 'approve' | 'deny' = 'approve',
    returnTo?: string,
    options: { pick?: readonly string[]; organizationId?: string } = {},
  ): Promise<string> {
    const query = new URLSearchParams();
    if (returnTo) query.set('return_to', returnTo);
    if (options.organizationId) query.set('organization_id', options.organizationId);
    const login = await this.request(`/auth/login${query.size > 0 ? `?${query}` : ''}`);
    const authorize = login.headers.get('location');
    if (login.status !== 302 || !authorize) throw new Error(`/auth/login answered ${login.status}`);
    const page = await fetch(authorize);
    const html = await page.text();
    const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
    if (!requestId) throw new Error(`no consent form: ${html.slice(0, 200)}`);
    const answer = await fetch(new URL('/oauth2/auth/decision', authorize), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['request_id', requestId],
        ['decision', decision],
        ...organizationsSubmitted(html, options.pick).map((id): [string, string] => ['organization_id', id]),
      ]),
    });
    const callback = answer.headers.get('location')!;
    const back = await this.request(callback);
    return back.headers.get('location') ?? `status ${back.status}`;
  }
}
