import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBffConfig, type BffConfig } from '../bff/bff-config.ts';
import { startBff, type RunningBff } from '../bff/start-bff.ts';
import { demoApiKey, demoOAuthClient } from '../emulator/emulator-options.ts';
import { demoOrganizationId } from '../emulator/seed/demo-organizations.ts';
import { BrowserClient } from './browser-client.ts';
import { startEmulatorHarness, type EmulatorHarness } from './emulator-harness.ts';
import { freePort } from './free-port.ts';

/** The primary (French) organization the tests connect to, and its Qonto path through the app server. */
export const frenchOrganizationId = demoOrganizationId('FR');
export const qontoApi = `/api/orgs/${frenchOrganizationId}/qonto`;

export interface BffHarness {
  emulator: EmulatorHarness;
  bff: RunningBff;
  config: BffConfig;
  browser: () => BrowserClient;
  /** Stops the app server and starts it again on the same port and data directory. */
  restart: (env?: Record<string, string>) => Promise<void>;
  close: () => Promise<void>;
}

export function bffConfigFor(emulator: EmulatorHarness, port: number, dataDir: string, env: Record<string, string> = {}): BffConfig {
  const config = loadBffConfig({ PORT: String(port), QONTO_EMULATOR_PORT: new URL(emulator.url).port, DATA_DIR: dataDir, ...env });
  return { ...config, webDistDir: null };
}

/** The emulator and the app server in front of it, both over real HTTP on free ports. */
export async function startBffHarness(env: Record<string, string> = {}, overrides: Partial<BffConfig> = {}): Promise<BffHarness> {
  const emulator = await startEmulatorHarness();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'composer-bff-'));
  let config = { ...bffConfigFor(emulator, port, dataDir, env), ...overrides };
  let bff = await startBff(config);
  const browsers: BrowserClient[] = [];
  const harness: BffHarness = {
    emulator,
    bff,
    config,
    browser: () => {
      const browser = new BrowserClient(bff.url);
      browsers.push(browser);
      return browser;
    },
    restart: async (restartEnv = {}) => {
      await bff.close();
      // Let the client's pooled keep-alive sockets notice the close before the next request.
      await new Promise((resolve) => setTimeout(resolve, 100));
      config = { ...bffConfigFor(emulator, port, dataDir, { ...env, ...restartEnv }), ...overrides };
      bff = await startBff(config);
      harness.bff = bff;
      harness.config = config;
    },
    close: async () => {
      await bff.close();
      await emulator.close();
      assertNoSecretReachedABrowser(browsers, [...emulator.store.oauth.issued, demoOAuthClient.clientSecret, demoApiKey.secret]);
    },
  };
  return harness;
}

/**
 * Run when every app-server test file closes its harness: nothing any browser client received (bodies,
 * headers, readable cookies) may contain a token the emulator issued, the OAuth client secret or the API key.
 */
export function assertNoSecretReachedABrowser(browsers: readonly BrowserClient[], secrets: readonly string[]): void {
  for (const browser of browsers) {
    for (const answer of browser.received) {
      const visible = [answer.body, ...answer.headers.map(([name, value]) => `${name}: ${value}`)].join('\n');
      const leaked = secrets.find((secret) => visible.includes(secret));
      if (leaked) throw new Error(`A secret reached the browser in ${answer.url} (${leaked.slice(0, 6)}…)`);
    }
    for (const value of browser.cookies.values()) {
      if (secrets.some((secret) => value.includes(secret))) throw new Error('A secret is in a cookie');
    }
  }
}
