import { serve } from '@hono/node-server';
import { ConfigurationError } from '../lib/parse-env.ts';
import { createBffApp } from './bff-app.ts';
import { loadBffConfig } from './bff-config.ts';

try {
  const config = loadBffConfig();
  const app = createBffApp(config);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`[app] Invoice Composer listening on http://${config.host}:${info.port} (Qonto: ${config.environment}, ${config.hosts.api})`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigurationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
