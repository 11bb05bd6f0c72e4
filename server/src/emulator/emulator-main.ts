import { runEntryPoint } from '../lib/parse-env.ts';
import { loadEmulatorConfig } from './emulator-config.ts';
import { startEmulator } from './start-emulator.ts';

await runEntryPoint(async () => {
  const config = loadEmulatorConfig();
  if (config.contractCheck) {
    config.options.contractCheck = (await import('../testing/openapi-contract.ts')).contractViolations;
  }
  const emulator = await startEmulator(config.options, config.port, config.host);
  const { country, numberingMode } = config.options.settings;
  console.log(`[emulator] Qonto emulator listening on ${emulator.url} (organization ${country}, ${numberingMode} numbering)`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
