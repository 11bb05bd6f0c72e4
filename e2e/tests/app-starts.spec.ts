import { expect, test } from '@playwright/test';
import { emulatorUrl } from '../playwright.config.ts';

test('the start command serves the app, which reaches the local Qonto emulator', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Invoice Composer' })).toBeVisible();
  await expect(page.getByText('Local emulator')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Qonto is reachable.');

  const deepLink = await request.get('/invoices/some-id');
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<div id="root">');

  const emulator = await request.get(`${emulatorUrl}/v2/settings`, { headers: { Authorization: 'demo-organization:demo-secret-key' } });
  expect(await emulator.json()).toEqual({ numbering_mode: 'manual' });
});
