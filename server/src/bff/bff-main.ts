import { runEntryPoint } from '../lib/parse-env.ts';
import { loadBffConfig } from './bff-config.ts';
import { startBff } from './start-bff.ts';

await runEntryPoint(async () => {
  const config = loadBffConfig();
  for (const warning of config.warnings) console.warn(`[app] ${warning}`);
  const running = await startBff(config);
  console.log(
    `[app] Invoice Composer listening on ${running.url} (Qonto: ${config.environment}, ${config.hosts.api}; ${config.auth.kind === 'oauth' ? 'OAuth' : 'API key'})`,
  );
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
