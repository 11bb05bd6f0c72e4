import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { emulatorUrl, userFlowAppUrl } from '../playwright.config.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addOrganization, approveConsent, connect } from './support/connect.ts';
import { controlHeaders, qonto, resetEmulator } from './support/emulator-control.ts';

const french = 'Cabinet Lumière SAS';
const german = 'Kanzlei Morgen GmbH';

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR', numbering_mode: 'manual' });
});

const switcher = (page: Page) => page.getByRole('banner').getByLabel('Organization', { exact: true });

async function frenchInvoice(request: APIRequestContext, number: string, dueDate: string, price: string, status?: 'draft') {
  const created = await qonto(request, 'POST', '/v2/client_invoices', {
    client_id: 'c11e0000-0000-4000-8000-000000000001',
    number,
    issue_date: '2026-01-02',
    due_date: dueDate,
    currency: 'EUR',
    payment_methods: { iban: 'FR7616958000012345678901234' },
    items: [{ title: 'Mission', quantity: '1', unit_price: { value: price, currency: 'EUR' }, vat_rate: '0.2' }],
    ...(status ? { status } : {}),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
}

test('two organizations: switch with a half-typed draft in each, and the overview’s figures equal Qonto’s', async ({ page, request }) => {
  await connect(page);
  await page.getByLabel('Item 1 title').fill('Brouillon pour Paris');
  await addOrganization(page, german, true);
  await expect(switcher(page).locator('option:checked')).toHaveText(`${german} (DE)`);
  await expect(page.getByLabel('Item 1 title')).toHaveValue('');
  await page.getByLabel('Item 1 title').fill('Entwurf für Berlin');
  await page.waitForTimeout(600);

  await switcher(page).selectOption({ label: `${french} (FR)` });
  await expect(page).toHaveURL(/\/orgs\/0a9e1f00-0000-4000-8000-000000000001$/);
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Brouillon pour Paris');
  await switcher(page).selectOption({ label: `${german} (DE)` });
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Entwurf für Berlin');
  await page.reload();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Entwurf für Berlin');

  // Work waiting in the French organization: a draft, two unpaid invoices of which one is overdue.
  await frenchInvoice(request, 'F-OV-1', '2026-01-15', '100.00');
  await frenchInvoice(request, 'F-OV-2', '2099-12-31', '250.50');
  await frenchInvoice(request, 'F-OV-3', '2099-12-31', '40.00', 'draft');
  const listed = await qonto(request, 'GET', '/v2/client_invoices?filter[status]=unpaid&per_page=100');
  const unpaidTotal = (listed.body.client_invoices as { total_amount: { value: string } }[])
    .reduce((cents, invoice) => cents + Math.round(Number(invoice.total_amount.value) * 100), 0)
    .toString();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organizations' }).click();
  await expect(page.getByRole('heading', { name: 'Organizations', level: 1 })).toBeVisible();
  const frenchRow = page.getByRole('row', { name: new RegExp(french) });
  const germanRow = page.getByRole('row', { name: new RegExp(german) });
  await expect(frenchRow.getByRole('cell').nth(1)).toHaveText('1');
  // 120.00 + 300.60 = 420.60, the unpaid invoices' totals as Qonto lists them (VAT 20 % included).
  expect(unpaidTotal).toBe('42060');
  await expect(frenchRow.getByRole('cell').nth(2)).toHaveText(/^2 · €420\.60$/);
  await expect(frenchRow.getByRole('cell').nth(3)).toHaveText(/^1 · €120\.00$/);
  await expect(frenchRow.getByRole('link', { name: /F-OV-3/ })).toBeVisible();
  await expect(germanRow.getByRole('cell').nth(1)).toHaveText('0');
  await expect(germanRow.getByRole('cell').nth(4)).toHaveText('None yet');
  await expectNoAxeViolations(page);

  await frenchRow.getByRole('link', { name: french, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /F-OV-1/ })).toBeVisible();
  await switcher(page).selectOption({ label: `${german} (DE)` });
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /F-OV-1/ })).toHaveCount(0);
});

test('a consent withdrawn in Qonto: that organization asks to reconnect, the other keeps working; then disconnect one', async ({
  page,
  request,
}) => {
  await connect(page);
  await addOrganization(page, german, true);
  const germanId = '0a9e1f00-0000-4000-8000-000000000004';
  const revoked = await request.post(`${emulatorUrl}/_emulator/consents/revoke?organization_id=${germanId}`, {
    data: {},
    headers: controlHeaders,
  });
  expect(revoked.ok()).toBe(true);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
  const banner = page.getByRole('alert').filter({ hasText: `The connection to Qonto for ${german} has expired` });
  await expect(banner).toBeVisible();
  await switcher(page).selectOption({ label: `${french} (FR)` });
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'has expired' })).toHaveCount(0);

  await page.goto('/');
  const germanRow = page.getByRole('row', { name: new RegExp(german) });
  await expect(germanRow).toContainText('The connection has expired.');
  await germanRow.getByRole('link', { name: `Reconnect ${german}` }).click();
  await approveConsent(page);
  await expect(germanRow.getByRole('cell').nth(1)).toHaveText('0');

  await germanRow.getByRole('button', { name: `Disconnect ${german}` }).click();
  await expect(germanRow).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(french) })).toBeVisible();
  await page.goto(`/orgs/${germanId}/invoices`);
  await expect(page.getByRole('heading', { name: 'Organization not connected' })).toBeVisible();
});

test('the user flow: one consent for four organizations, found by searching; one withdrawn in Qonto says so while the others work', async ({
  page,
  request,
}) => {
  const spanish = 'Estudio Sol SL';
  const spanishId = '0a9e1f00-0000-4000-8000-000000000003';
  await page.goto(`${userFlowAppUrl}/`);
  await page.getByRole('link', { name: 'Connect to Qonto' }).click();
  await expect(page.getByRole('heading', { name: /Authorize Invoice Composer/ })).toBeVisible();
  for (const name of [french, 'Studio Aurora Srl', spanish, german]) {
    await expect(page.getByRole('checkbox', { name: new RegExp(name) })).toBeChecked();
  }
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('row', { name: new RegExp(german) })).toBeVisible();

  // Four organizations: beside the select, a search by any part of the name or the country.
  const search = page.getByRole('banner').getByRole('combobox', { name: 'Find an organization' });
  const found = page.getByRole('listbox', { name: 'Organizations found' }).getByRole('option');
  await search.fill('morgen');
  await expect(found).toHaveText([`${german} (DE)`]);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('1 organization matches.');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/orgs\/0a9e1f00-0000-4000-8000-000000000004$/);
  await expect(switcher(page).locator('option:checked')).toHaveText(`${german} (DE)`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
  // The page's code loads on first use: axe below must see the Invoices page, not the moment before it.
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  await search.fill('STUDIO');
  await expect(found).toHaveText(['Studio Aurora Srl (IT)', `${spanish} (ES)`]);
  await expectNoAxeViolations(page);
  await search.press('ArrowDown');
  await expect(found.nth(1)).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/orgs/${spanishId}/invoices$`));
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();

  // The user takes the Spanish organization out of the app's consent in Qonto: said as such, for it alone.
  const withdrawn = await request.post(`${emulatorUrl}/_emulator/consents/withdraw-organization?organization_id=${spanishId}`, {
    data: {},
    headers: controlHeaders,
  });
  expect(withdrawn.ok()).toBe(true);
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: `Qonto no longer gives this app access to ${spanish}` });
  await expect(banner).toBeVisible();
  await expect(page.getByText('Qonto no longer gives this app access to this organization.')).toBeVisible();
  await expectNoAxeViolations(page);
  await switcher(page).selectOption({ label: `${french} (FR)` });
  await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'no longer gives' })).toHaveCount(0);

  await page.goto(`${userFlowAppUrl}/`);
  const spanishRow = page.getByRole('row', { name: new RegExp(spanish) });
  await expect(spanishRow).toContainText('Access withdrawn in Qonto.');
  await expect(page.getByRole('row', { name: new RegExp(french) })).not.toContainText('withdrawn');
  await spanishRow.getByRole('link', { name: `Reconnect ${spanish}` }).click();
  await approveConsent(page);
  await expect(spanishRow).not.toContainText('Access withdrawn');
  await expect(spanishRow.getByRole('cell').nth(1)).toHaveText(/^\d+$/);
});
