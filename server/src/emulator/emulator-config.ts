import { z } from 'zod';
import { parseEnv } from '../lib/parse-env.ts';
import { demoApiKey, demoOAuthClient, demoUserFlowOAuthClient, type EmulatorOptions } from './emulator-options.ts';
import { emulatorCountries } from './seed/demo-organizations.ts';

const port = z.coerce.number().int().min(0).max(65_535);

const emulatorEnvSchema = z.object({
  QONTO_EMULATOR_PORT: port.default(4010),
  QONTO_EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
  QONTO_EMULATOR_PUBLIC_URL: z.url({ message: 'must be an absolute URL like http://127.0.0.1:4010' }).optional(),
  QONTO_EMULATOR_COUNTRY: z.enum(emulatorCountries).default('FR'),
  QONTO_EMULATOR_SPANISH_FREELANCER: z.enum(['0', '1']).default('0'),
  QONTO_EMULATOR_EINVOICING_ACTIVATED: z.enum(['0', '1']).default('1'),
  QONTO_EMULATOR_NUMBERING_MODE: z.enum(['automatic', 'manual']).default('manual'),
  QONTO_EMULATOR_ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(1).max(86_400).default(3600),
  QONTO_EMULATOR_FACTURX_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  QONTO_EMULATOR_EINVOICING_STEP_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  QONTO_EMULATOR_REDIRECT_URIS: z.string().optional(),
  QONTO_EMULATOR_CONTRACT_CHECK: z.enum(['0', '1']).default('0'),
});

export interface EmulatorConfig {
  port: number;
  host: string;
  /** Tests: check every answer against the API descriptions. */
  contractCheck: boolean;
  options: EmulatorOptions;
}

export function loadEmulatorConfig(env: Record<string, string | undefined> = process.env): EmulatorConfig {
  const vars = parseEnv(emulatorEnvSchema, env, 'The Qonto emulator cannot start: fix these environment variables.');
  const extraRedirects =
    vars.QONTO_EMULATOR_REDIRECT_URIS?.split(',')
      .map((uri) => uri.trim())
      .filter(Boolean) ?? [];
  return {
    port: vars.QONTO_EMULATOR_PORT,
    host: vars.QONTO_EMULATOR_HOST,
    contractCheck: vars.QONTO_EMULATOR_CONTRACT_CHECK === '1',
    options: {
      publicUrl: (vars.QONTO_EMULATOR_PUBLIC_URL ?? `http://${vars.QONTO_EMULATOR_HOST}:${vars.QONTO_EMULATOR_PORT}`).replace(/\/$/, ''),
      settings: {
        country: vars.QONTO_EMULATOR_COUNTRY,
        freelancer: vars.QONTO_EMULATOR_COUNTRY === 'ES' && vars.QONTO_EMULATOR_SPANISH_FREELANCER === '1',
        einvoicingActivated: vars.QONTO_EMULATOR_EINVOICING_ACTIVATED === '1',
        numberingMode: vars.QONTO_EMULATOR_NUMBERING_MODE,
        accessTokenTtlS: vars.QONTO_EMULATOR_ACCESS_TOKEN_TTL_S,
        facturxDelayMs: vars.QONTO_EMULATOR_FACTURX_DELAY_MS,
        einvoicingStepMs: vars.QONTO_EMULATOR_EINVOICING_STEP_MS,
      },
      oauthClients: [demoOAuthClient, demoUserFlowOAuthClient].map((client) => ({
        ...client,
        redirectUris: [...client.redirectUris, ...extraRedirects],
      })),
      apiKey: demoApiKey,
    },
  };
}
