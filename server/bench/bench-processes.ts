import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/testing/free-port.ts';
import { bffNodeFlags } from '../src/bff/bff-node-flags.ts';
import { demoOrganizationId } from '../src/emulator/seed/demo-organizations.ts';

/** The app server's path to Qonto for the emulator's primary organization (the API key's). */
export const appQontoPrefix = `/api/orgs/${demoOrganizationId('FR')}/qonto`;
export interface BenchServers {
  emulatorUrl: string;
  appUrl: string;
  app: ChildProcess;
  emulator: ChildProcess;
  /** The bare proxy (`bare-proxy.ts`), when asked for: the floor the app server is compared with. */
  bare?: { url: string; process: ChildProcess };
  stop: () => void;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`${url} did not answer`);
}

/** The emulator and the app server as separate processes, as in production, on free ports. */
export async function startBenchServers(
  env: Record<string, string> = {},
  options: { realWebApp?: boolean; bareProxy?: boolean } = {},
): Promise<BenchServers> {
  const emulatorPort = await freePort();
  const appPort = await freePort();
  const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  const webDir = mkdtempSync(join(tmpdir(), 'composer-bench-web-'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>bench</title>');
  const emulator = spawn(process.execPath, [entry('../src/emulator/emulator-main.ts')], {
    env: { ...process.env, QONTO_EMULATOR_PORT: String(emulatorPort) },
    stdio: 'ignore',
  });
  const app = spawn(process.execPath, [...bffNodeFlags, entry('../src/bff/bff-main.ts')], {
    env: {
      ...process.env,
      PORT: String(appPort),
      QONTO_EMULATOR_PORT: String(emulatorPort),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'composer-bench-')),
      ...(options.realWebApp ? {} : { WEB_DIST_DIR: webDir }),
      ...env,
    },
    stdio: 'ignore',
  });
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  let bare: BenchServers['bare'];
  if (options.bareProxy) {
    const barePort = await freePort();
    const child = spawn(process.execPath, [entry('./bare-proxy.ts')], {
      env: { ...process.env, PORT: String(barePort), UPSTREAM: emulatorUrl, QONTO_API_KEY: env.QONTO_API_KEY ?? '' },
      stdio: 'ignore',
    });
    bare = { url: `http://127.0.0.1:${barePort}`, process: child };
  }
  await waitFor(`${emulatorUrl}/_emulator/state`);
  await waitFor(`${appUrl}/api/session`);
  if (bare) await waitFor(`${bare.url}/api/qonto/v2/organization`);
  const children = [emulator, app, ...(bare ? [bare.process] : [])];
  return { emulatorUrl, appUrl, app, emulator, ...(bare ? { bare } : {}), stop: () => children.forEach((child) => child.kill()) };
}

/** Resident memory of a process, in bytes, from /proc. */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

export const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
