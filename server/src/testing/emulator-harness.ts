import { demoApiKey, demoOAuthClient, demoUserFlowOAuthClient, type EmulatorOptions } from '../emulator/emulator-options.ts';
import { startEmulator, type RunningEmulator } from '../emulator/start-emulator.ts';
import { contractViolations } from './openapi-contract.ts';

export const apiKeyHeader = `${demoApiKey.login}:${demoApiKey.secret}`;

export interface ApiAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A JSON answer's body as tests walk it: untyped on purpose, each test asserts the fields it reads. */
export type JsonBody = ApiAnswer['body'];

export interface EmulatorHarness extends RunningEmulator {
  /** Calls the emulator over HTTP and fails the test if the answer breaks the OpenAPI description. */
  api: <T = any>(path: string, init?: RequestInit & { auth?: string | null }) => Promise<ApiAnswer<T>>;
  reset: (body?: Record<string, unknown>) => Promise<void>;
  faults: (rules: Record<string, unknown> | Record<string, unknown>[]) => Promise<void>;
  state: () => Promise<any>;
  advanceClock: (seconds: number) => Promise<void>;
  clearFaults: () => Promise<void>;
  /** Any control-API call (`/_emulator/...`), JSON in and out. */
  control: (path: string, method: string, body?: unknown) => Promise<any>;
}

export async function startEmulatorHarness(settings: Partial<EmulatorOptions['settings']> = {}): Promise<EmulatorHarness> {
  const running = await startEmulator(
    {
      publicUrl: '',
      settings: {
        country: 'FR',
        freelancer: false,
        einvoicingActivated: true,
        numberingMode: 'manual',
        accessTokenTtlS: 3600,
        facturxDelayMs: 0,
        einvoicingStepMs: 0,
        ...settings,
      },
      oauthClients: [demoOAuthClient, demoUserFlowOAuthClient],
      apiKey: demoApiKey,
      contractCheck: contractViolations,
    },
    0,
  );
  const api: EmulatorHarness['api'] = async (path, init = {}) => {
    const { auth = apiKeyHeader, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (auth !== null && !headers.has('authorization')) headers.set('authorization', auth);
    const response = await fetch(`${running.url}${path}`, { ...rest, headers });
    const text = await response.text();
    const body = text === '' ? undefined : response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    const pathname = new URL(path, running.url).pathname;
    if (pathname.startsWith('/v2/')) {
      const violations = contractViolations(rest.method ?? 'GET', pathname, response.status, body);
      if (violations.length > 0) throw new Error(`Contract violation:\n${violations.join('\n')}\nBody: ${text.slice(0, 2000)}`);
    }
    return { status: response.status, headers: response.headers, body };
  };
  const control = async (path: string, method: string, body?: unknown) => {
    const response = await fetch(`${running.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-emulator-control': '1' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    ...running,
    api,
    reset: async (body = {}) => void (await control('/_emulator/reset', 'POST', body)),
    faults: async (rules) => void (await control('/_emulator/faults', 'POST', Array.isArray(rules) ? { rules } : rules)),
    state: () => control('/_emulator/state', 'GET'),
    clearFaults: async () => void (await control('/_emulator/faults', 'DELETE')),
    control,
    advanceClock: async (seconds) => void (await control('/_emulator/clock', 'POST', { advance_s: seconds })),
  };
}
