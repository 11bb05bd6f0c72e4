import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium-launch.ts';
import { startBenchServers, type BenchServers } from '../../server/bench/bench-processes.ts';

export const organizationId = '0a9e1f00-0000-4000-8000-000000000001';

/** The built app (API-key mode: no consent screen in the way) and Debian's Chromium. */
export async function startBrowserBench(): Promise<{ servers: BenchServers; browser: Browser; stop: () => Promise<void> }> {
  const servers = await startBenchServers({ QONTO_API_KEY: 'demo-organization:demo-secret-key' }, { realWebApp: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  return {
    servers,
    browser,
    stop: async () => {
      await browser.close();
      servers.stop();
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
