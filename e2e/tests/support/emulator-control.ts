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

/** An invoice made through Qonto's API, as another app would: two lines for Atelier Durand, changed by `overrides`. */
export async function createInvoice(
  request: APIRequestContext,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; number: string }> {
  const answer = await qonto(request, 'POST', '/v2/client_invoices', {
    client_id: 'c11e0000-0000-4000-8000-000000000001',
    number: `F-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    issue_date: '2026-11-02',
    due_date: '2026-12-02',
    currency: 'EUR',
    payment_methods: { iban: 'FR7616958000012345678901234' },
    items: [
      { title: 'Tenue comptable', quantity: '3', unit_price: { value: '100.00', currency: 'EUR' }, vat_rate: '0.2' },
      { title: 'Bilan annuel', quantity: '1', unit_price: { value: '500.00', currency: 'EUR' }, vat_rate: '0.2' },
    ],
    ...overrides,
  });
  if (answer.status !== 201) throw new Error(`the invoice was not created: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.client_invoice;
}
