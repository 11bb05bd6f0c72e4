import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadBffConfig } from './bff/bff-config.ts';
import { bffNodeFlags } from './bff/bff-node-flags.ts';
import { loadEmulatorConfig } from './emulator/emulator-config.ts';
import { runEntryPoint } from './lib/parse-env.ts';

/**
 * The start command: the Qonto emulator (when QONTO_ENV is local, the default) and the app server that
 * serves the built web app, each in its own process; prints the URL to open once both answer.
 */
const children: ChildProcess[] = [];

function launch(name: string, entry: string, nodeFlags: readonly string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeFlags, fileURLToPath(new URL(entry, import.meta.url))], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[start] ${name} stopped (${signal ?? `exit ${code}`}); stopping everything.`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${what} did not answer at ${url} within 30 s`);
}

let stopping = false;
function stop(code = 0): void {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

await runEntryPoint(async () => {
  // Both configurations are validated here first, so a bad variable stops the start with a readable list.
  const app = loadBffConfig();
  const emulator = app.environment === 'local' ? loadEmulatorConfig() : null;
  if (emulator) {
    launch('Qonto emulator', './emulator/emulator-main.ts');
    await waitFor(`http://${emulator.host}:${emulator.port}/_emulator/state`, 'The Qonto emulator');
  }
  launch('app server', './bff/bff-main.ts', bffNodeFlags);
  await waitFor(`http://${app.host}:${app.port}/api/health`, 'The app server');
  const url = `http://${app.host}:${app.port}/`;
  console.log(
    `\n  Invoice Composer is ready: ${url}\n${emulator ? `  Qonto emulator: ${emulator.options.publicUrl}\n` : ''}  Press Ctrl+C to stop.\n`,
  );
});
