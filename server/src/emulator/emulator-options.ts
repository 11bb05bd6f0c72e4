import type { EmulatorSettings } from './emulator-store.ts';

export interface OAuthClientRegistration {
  clientId: string;
  clientSecret: string;
  name: string;
  /** Exact redirect URIs; for loopback hosts any port matches (RFC 8252 §7.3). */
  redirectUris: readonly string[];
}

export interface EmulatorOptions {
  /** Origin the emulator is reached at: invoice_url and upload url are built on it. */
  publicUrl: string;
  settings: EmulatorSettings;
  oauthClients: readonly OAuthClientRegistration[];
  apiKey: { login: string; secret: string };
  /**
   * When set (tests), every answer on Qonto's paths is checked against the project's OpenAPI description;
   * a violation becomes a 500 `contract_violation`, which fails whatever test saw it.
   */
  contractCheck?: (method: string, path: string, status: number, body: unknown) => string[];
}

export const demoOAuthClient: OAuthClientRegistration = {
  clientId: 'invoice-composer-local',
  clientSecret: 'local-demo-client-secret',
  name: 'Invoice Composer (local)',
  redirectUris: ['http://127.0.0.1:3000/auth/callback', 'http://localhost:3000/auth/callback'],
};

export const demoApiKey = { login: 'demo-organization', secret: 'demo-secret-key' };
