/**
 * The local demo's credentials: the emulator registers them, and the app server uses them by default
 * when it runs against the embedded emulator (QONTO_ENV=local). Both read them from here.
 */
export interface OAuthClientRegistration {
  clientId: string;
  clientSecret: string;
  name: string;
  /** Exact redirect URIs; for loopback hosts any port matches (RFC 8252 §7.3). */
  redirectUris: readonly string[];
  /** Qonto approves some applications for the user flow, which is then their only flow. */
  identityType?: 'membership' | 'user';
}

export const demoOAuthClient: OAuthClientRegistration = {
  clientId: 'invoice-composer-local',
  clientSecret: 'local-demo-client-secret',
  name: 'Invoice Composer (local)',
  redirectUris: ['http://127.0.0.1:3000/auth/callback', 'http://localhost:3000/auth/callback'],
};

/** An application approved for the user flow: one consent covers several organizations. */
export const demoUserFlowOAuthClient: OAuthClientRegistration = {
  clientId: 'invoice-composer-local-user-flow',
  clientSecret: 'local-demo-user-flow-secret',
  name: 'Invoice Composer (local, user flow)',
  redirectUris: demoOAuthClient.redirectUris,
  identityType: 'user',
};

export const demoApiKey = { login: 'demo-organization', secret: 'demo-secret-key' };
