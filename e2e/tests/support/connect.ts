import { expect, type Page } from '@playwright/test';

/** The OAuth journey a user makes: Connect, Qonto's consent page, Approve, back in the app. */
export async function connect(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('link', { name: 'Connect to Qonto' }).click();
  await expect(page.getByRole('heading', { name: /Authorize Invoice Composer/ })).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}
