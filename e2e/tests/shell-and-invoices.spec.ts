import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { chooseClient, fillItem } from './support/composer-steps.ts';
import { connect } from './support/connect.ts';
import { advanceEmulatorClock, apiKey, resetEmulator } from './support/emulator-control.ts';
import { emulatorUrl } from '../playwright.config.ts';

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR', numbering_mode: 'manual' });
});

test('connect through the consent page, create an invoice, find it on the Invoices page and open its preview', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Connect to Qonto' })).toBeVisible();
  await expectNoAxeViolations(page);
  await connect(page);
  const header = page.getByRole('banner');
  await expect(header.getByLabel('Organization').locator('option:checked')).toHaveText('Cabinet Lumière SAS (FR)');
  await expect(header.getByText('Local emulator')).toBeVisible();

  await chooseClient(page, 'boulangerie', /Boulangerie Martin/);
  await page.getByLabel('Invoice number (required)').fill('F-LIST-1');
  await fillItem(page, 1, { title: 'Paie de novembre', unitPrice: '180' });
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Invoice F-LIST-1 created' })).toBeVisible();

  const navigation = page.getByRole('navigation', { name: 'Main' });
  await navigation.getByRole('link', { name: 'Invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  // The navigation says which page is open: New invoice only at its own address, Invoices also on an invoice.
  await expect(navigation.getByRole('link', { name: 'Invoices' })).toHaveAttribute('aria-current', 'page');
  await expect(navigation.getByRole('link', { name: 'New invoice' })).not.toHaveAttribute('aria-current');
  const row = page.getByRole('row', { name: /F-LIST-1/ });
  await expect(row.getByRole('cell', { name: 'Boulangerie Martin' })).toBeVisible();
  await expect(row.getByRole('cell', { name: /€216\.00/ })).toBeVisible();
  await expect(row.getByText('Unpaid')).toBeVisible();
  await expectNoAxeViolations(page);

  await row.getByRole('link', { name: 'F-LIST-1', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Invoice F-LIST-1', level: 1 })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Invoices' })).toHaveAttribute('aria-current', 'page');
  const preview = page.frameLocator('iframe[title="Preview of invoice F-LIST-1"]');
  await expect(preview.getByText('Boulangerie Martin')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in new tab' })).toHaveAttribute('target', '_blank');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${emulatorUrl}/public/invoices/`));
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Invoice F-LIST-1', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Invoice F-LIST-1', level: 1 })).toBeVisible();
});

test('imported invoices appear only with the toggle; filters live in the URL', async ({ page, request }) => {
  const form = {
    client_invoices: { name: 'old-invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% imported\n%%EOF\n') },
  };
  const imported = await request.post(`${emulatorUrl}/v2/client_invoices/bulk`, { headers: { Authorization: apiKey }, multipart: form });
  expect(imported.status()).toBe(200);
  await connect(page, '/invoices');
  await expect(page.getByText('No invoices created here yet.')).toBeVisible();
  await expect(page.getByText('1 imported invoice is hidden.')).toBeVisible();
  await page.getByLabel('Include imported invoices').check();
  await expect(page.getByRole('row', { name: /old-invoice/ })).toBeVisible();
  await expect(page).toHaveURL(/imported=1/);
  await page.reload();
  await expect(page.getByLabel('Include imported invoices')).toBeChecked();
  await page.getByLabel('Status').selectOption('draft');
  await expect(page.getByText(/No invoices with this status/)).toBeVisible();
});

test('a deep link survives a reload, unknown pages say so, and Disconnect returns to the connect screen', async ({ page }) => {
  await connect(page, '/invoices?status=unpaid');
  await expect(page).toHaveURL(/\/invoices\?status=unpaid/);
  await page.reload();
  await expect(page.getByLabel('Status')).toHaveValue('unpaid');
  await page.goto('/somewhere/else');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to your organizations' }).click();
  await page.getByRole('button', { name: 'Disconnect all' }).click();
  await expect(page.getByRole('heading', { name: 'Connect to Qonto' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Connect to Qonto' })).toBeVisible();
});

test('a page whose code cannot load says so in place, keeps the navigation, and loads on retry', async ({ page }) => {
  await connect(page, '/');
  await page.route('**/assets/credit-notes-page-*.js', (route) => route.abort());
  await page.getByRole('link', { name: 'Credit notes' }).click();
  await expect(page.getByRole('heading', { name: 'This page could not be shown' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Invoices' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.unroute('**/assets/credit-notes-page-*.js');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Credit notes' })).toBeVisible();
});

test('an expired connection shows a non-blocking Reconnect banner and keeps the work in progress', async ({ page, request }) => {
  await connect(page);
  await page.getByLabel('Item 1 title').fill('Travail en cours');
  await page.waitForTimeout(600);
  await advanceEmulatorClock(request, 91 * 24 * 3600);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'Your work is kept on this device' });
  await expect(banner).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New invoice' }).click();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Travail en cours');
  await banner.getByRole('link', { name: 'Reconnect' }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Travail en cours');
});
