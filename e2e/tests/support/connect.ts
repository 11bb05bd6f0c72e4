import { expect, type Page } from '@playwright/test';

/** Qonto's consent page: the organization offered first (the emulator's primary one) is approved. */
export async function approveConsent(page: Page, organization?: string): Promise<void> {
  await expect(page.getByRole('heading', { name: /Authorize Invoice Composer/ })).toBeVisible();
  if (organization) await page.getByRole('radio', { name: new RegExp(organization) }).check();
  await page.getByRole('button', { name: 'Approve' }).click();
}

/**
 * The OAuth journey a user makes: Connect, Qonto's consent page, Approve, back in the app. From the home
 * page (the organizations overview), the journey goes on to the organization's New invoice.
 */
export async function connect(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('link', { name: 'Connect to Qonto' }).click();
  await approveConsent(page);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  if (path === '/') await page.getByRole('link', { name: /^New invoice for / }).click();
}

/** "Add an organization" from the overview, then its New invoice. */
export async function addOrganization(page: Page, legalName: string, pick = false): Promise<void> {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Add an organization' }).click();
  await approveConsent(page, pick ? legalName : undefined);
  await page.getByRole('link', { name: `New invoice for ${legalName}` }).click();
  await expect(page.getByRole('heading', { name: 'New invoice' })).toBeVisible();
}
