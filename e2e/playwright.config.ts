import { chromiumLaunchOptions } from './chromium-launch.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { bffNodeFlags } from '../server/src/bff/bff-node-flags.ts';

const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
export const appUrl = `http://127.0.0.1:${appPort}`;
export const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
/** A second app server on the same emulator, for an application Qonto approved for the user flow. */
const userFlowAppPort = Number(process.env.E2E_USER_FLOW_APP_PORT ?? appPort + 20);
export const userFlowAppUrl = `http://127.0.0.1:${userFlowAppPort}`;

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  // Headless Chromium now and then stops producing animation frames: a click then waits for "stable" until the
  // test's timeout (CI, composer.spec.ts, 420c219). The retry runs in a fresh browser; the report lists it as flaky.
  retries: 1,
  timeout: 60_000,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    baseURL: appUrl,
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: 'node ../server/src/start-all.ts',
      url: `${appUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(appPort),
        QONTO_EMULATOR_PORT: String(emulatorPort),
        QONTO_ENV: 'local',
        QONTO_EMULATOR_CONTRACT_CHECK: '1',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'composer-e2e-')),
      },
    },
    {
      command: ['node', ...bffNodeFlags, '../server/src/bff/bff-main.ts'].join(' '),
      url: `${userFlowAppUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(userFlowAppPort),
        QONTO_EMULATOR_PORT: String(emulatorPort),
        QONTO_ENV: 'local',
        QONTO_OAUTH_FLOW: 'user',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'composer-e2e-user-flow-')),
      },
    },
  ],
});
