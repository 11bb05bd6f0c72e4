import type { APIRequestContext } from '@playwright/test';
import { emulatorUrl } from '../../playwright.config.ts';

export const apiKey = 'demo-organization:demo-secret-key';

/** The emulator refuses control requests without this header (no cross-site resets). */
export const controlHeaders = { 'x-emulator-control': '1' };

/** The emulator's test-only control API: fresh data for each journey, faults, the clock. */
export async function resetEmulator(request: APIRequestContext, body: Record<string, unknown> = {}): Promise<void> {
  const response = await request.post(`${emulatorUrl}/_emulator/reset`, { data: body, headers: controlHeaders });
  if (!response.ok()) throw new Error(`reset failed: ${response.status()}`);
}

export async function advanceEmulatorClock(request: APIRequestContext, seconds: number): Promise<void> {
  await request.post(`${emulatorUrl}/_emulator/clock`, { data: { advance_s: seconds }, headers: controlHeaders });
}

export async function emulatorState(request: APIRequestContext): Promise<{ counters: Record<string, number> }> {
  return (await request.get(`${emulatorUrl}/_emulator/state`)).json();
}

/** Calls Qonto's API on the emulator directly (as another app would), with the demo API key. */
export async function qonto(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown) {
  const response = await request.fetch(`${emulatorUrl}${path}`, {
    method,
    headers: { Authorization: apiKey },
    ...(data === undefined ? {} : { data }),
  });
  return { status: response.status(), body: await response.json() };
}
