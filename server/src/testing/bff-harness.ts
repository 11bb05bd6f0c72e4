import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBffConfig, type BffConfig } from '../bff/bff-config.ts';
import { startBff, type RunningBff } from '../bff/start-bff.ts';
import { BrowserClient } from './browser-client.ts';
import { startEmulatorHarness, type EmulatorHarness } from './emulator-harness.ts';
import { freePort } from './free-port.ts';

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
export async function startBffHarness(env: Record<string, string> = {}): Promise<BffHarness> {
  const emulator = await startEmulatorHarness();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'composer-bff-'));
  let config = bffConfigFor(emulator, port, dataDir, env);
  let bff = await startBff(config);
  const harness: BffHarness = {
    emulator,
    bff,
    config,
    browser: () => new BrowserClient(bff.url),
    restart: async (overrides = {}) => {
      await bff.close();
      // Let the client's pooled keep-alive sockets notice the close before the next request.
      await new Promise((resolve) => setTimeout(resolve, 100));
      config = bffConfigFor(emulator, port, dataDir, { ...env, ...overrides });
      bff = await startBff(config);
      harness.bff = bff;
      harness.config = config;
    },
    close: async () => {
      await bff.close();
      await emulator.close();
    },
  };
  return harness;
}
