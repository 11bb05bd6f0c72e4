import { expect, type Page } from '@playwright/test';

export async function chooseClient(page: Page, search: string, name: RegExp): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Client' });
  await picker.fill(search);
  await page.getByRole('option', { name }).click();
  await expect(page.getByText('Invoice currency:')).toBeVisible();
}

export interface ItemInput {
  title: string;
  quantity?: string;
  unitPrice: string;
  vat?: string;
  discount?: { type: 'Percent' | 'Amount (EUR)'; value: string };
  exemption?: string;
}

/** Fills item n (1-based), adding the row first when it does not exist yet. */
export async function fillItem(page: Page, n: number, item: ItemInput): Promise<void> {
  // The composer renders once the organization is loaded: counting lines before that would add a line too many.
  await page.getByLabel('Item 1 title').waitFor();
  const title = page.getByLabel(`Item ${n} title`);
  if ((await title.count()) === 0) await page.getByRole('button', { name: 'Add item' }).click();
  await title.fill(item.title);
  const row = page.getByRole('group', { name: `Item ${n}`, exact: true });
  if (item.quantity) await row.getByLabel('Quantity').fill(item.quantity);
  await row.getByLabel(/Unit price/).fill(item.unitPrice);
  if (item.vat) await row.getByLabel('VAT (%)').fill(item.vat);
  if (item.exemption) await row.getByLabel(/Exemption reason/).selectOption(item.exemption);
  if (item.discount) {
    await row.getByLabel('Discount', { exact: true }).selectOption({ label: item.discount.type });
    await row.getByLabel(/^Discount \(/).fill(item.discount.value);
  }
}
