import { z } from 'zod';
import { parseEnv } from '../lib/parse-env.ts';
import { qontoHosts, type QontoEnvironment, type QontoHosts } from './qonto-hosts.ts';

const port = z.coerce.number().int().min(0).max(65_535);

const bffEnvSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  QONTO_ENV: z.enum(['local', 'sandbox', 'production']).default('local'),
  QONTO_EMULATOR_PORT: port.default(4010),
  WEB_DIST_DIR: z.string().optional(),
});

export interface BffConfig {
  port: number;
  host: string;
  environment: QontoEnvironment;
  hosts: QontoHosts;
  webDistDir: string;
}

export function loadBffConfig(env: Record<string, string | undefined> = process.env): BffConfig {
  const vars = parseEnv(bffEnvSchema, env, 'The app server cannot start: fix these environment variables.');
  return {
    port: vars.PORT,
    host: vars.HOST,
    environment: vars.QONTO_ENV,
    hosts: qontoHosts(vars.QONTO_ENV, `http://127.0.0.1:${vars.QONTO_EMULATOR_PORT}`),
    webDistDir: vars.WEB_DIST_DIR ?? new URL('../../../web/dist', import.meta.url).pathname,
  };
}
