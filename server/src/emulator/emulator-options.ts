import type { OAuthClientRegistration } from '../lib/local-demo-credentials.ts';

export type { OAuthClientRegistration };
export { demoApiKey, demoOAuthClient, demoUserFlowOAuthClient } from '../lib/local-demo-credentials.ts';
import type { EmulatorSettings } from './emulator-store.ts';

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
