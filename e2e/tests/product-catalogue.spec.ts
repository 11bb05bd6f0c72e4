import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { chooseClient, fillItem } from './support/composer-steps.ts';
import { connect } from './support/connect.ts';
import { qonto, resetEmulator } from './support/emulator-control.ts';

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR', numbering_mode: 'manual', extra_products: 1000 });
});

test('a line title suggests the catalogue: type, pick by keyboard, the line is filled; a line is saved as a product', async ({
  page,
  request,
}) => {
  await connect(page);
  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  const title = page.getByRole('combobox', { name: 'Item 1 title' });
  await title.fill('tenue');
  const options = page.getByRole('listbox', { name: 'Products for item 1' });
  await expect(options.getByRole('option', { name: /Tenue comptable mensuelle/ })).toBeVisible();
  await expect(title).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);

  // 1,000 generated products: the list shows the first matches only, and arrows move through them.
  await title.fill('Catalogue item 00');
  await expect(options.getByRole('option')).toHaveCount(8);
  await title.press('ArrowDown');
  await expect(options.getByRole('option', { name: /Catalogue item 0002/ })).toHaveAttribute('aria-selected', 'true');
  await title.press('ArrowUp');
  await title.fill('Ouvrage');
  await expect(options.getByRole('option', { name: /Ouvrage fiscal/ })).toHaveAttribute('aria-selected', 'true');
  await title.press('Enter');
  await expect(title).toHaveAttribute('aria-expanded', 'false');

  const row = page.getByRole('group', { name: 'Item 1', exact: true });
  await expect(title).toHaveValue('Ouvrage fiscal');
  await expect(row.getByLabel('Unit', { exact: true })).toHaveValue('unit');
  await expect(row.getByLabel(/Unit price/)).toHaveValue('45.00');
  await expect(row.getByLabel('VAT (%)')).toHaveValue('5.5');
  await expect(row.getByLabel('Description')).toHaveValue('Mémento fiscal, édition annuelle.');
  await expect(page.getByRole('status', { name: 'Line 1 total' })).toHaveText(/€45\.00/);
  await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€47\.48/);
  // Enter picked the product: no line was added.
  await expect(page.getByLabel('Item 2 title')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add item' }).click();
  const second = page.getByRole('group', { name: 'Item 2', exact: true });
  await page.getByRole('combobox', { name: 'Item 2 title' }).fill('Audit flash');
  await second.getByLabel('Unit', { exact: true }).fill('day');
  await second.getByLabel(/Unit price/).fill('900');
  await second.getByRole('button', { name: 'Save as product item 2' }).click();
  await second.getByLabel('Product type').selectOption('service');
  await second.getByRole('button', { name: 'Save product from item 2' }).click();
  await expect(second.getByText('Saved as product “Audit flash”.')).toBeVisible();

  const catalogue = await qonto(request, 'GET', '/v2/products?per_page=100');
  const saved = catalogue.body.products.find((product: { title: string }) => product.title === 'Audit flash');
  expect(saved).toMatchObject({ type: 'service', unit: 'day', unit_price: { value: '900.00', currency: 'EUR' }, vat_rate: '0.2' });

  // The saved product is suggested at once (the cached catalogue was updated).
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByRole('combobox', { name: 'Item 3 title' }).fill('audit');
  await expect(page.getByRole('listbox', { name: 'Products for item 3' }).getByRole('option', { name: /Audit flash/ })).toBeVisible();

  // Picked with the mouse where the suggestions cover the lines below: they are drawn above those lines (each line
  // is a stacking context, the edited one raised), or the click would land on another line.
  await pickLastSuggestionOver(page, 1, second);
  await expect(page.getByRole('combobox', { name: 'Item 1 title' })).toHaveAttribute('aria-expanded', 'false');
});

test("the suggestions of a group's last line are drawn over the next group, and picked with the mouse", async ({ page }) => {
  await connect(page);
  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  await fillItem(page, 1, { title: 'Ligne', unitPrice: '10' });
  // Lines are laid out in groups of ten: line 10 ends the first group, and its suggestions reach into the second.
  for (let copies = 0; copies < 11; copies += 1) await page.getByRole('button', { name: 'Duplicate item 1', exact: true }).click();
  await pickLastSuggestionOver(page, 10, page.getByRole('group', { name: 'Item 11', exact: true }));
  await expect(page.getByLabel('Item 11 title')).toHaveValue('Ligne');
});

/**
 * Types in line `item`'s title until the catalogue suggests 8 products, then clicks the last one, whose centre (where
 * the click lands) lies over `below`: the click reaches the option only if the suggestions are drawn above it.
 */
async function pickLastSuggestionOver(page: Page, item: number, below: Locator): Promise<void> {
  const title = page.getByRole('combobox', { name: `Item ${item} title` });
  await title.fill('Catalogue item 00');
  const options = page.getByRole('listbox', { name: `Products for item ${item}` });
  await expect(options.getByRole('option')).toHaveCount(8);
  const lastOption = options.getByRole('option').last();
  await lastOption.scrollIntoViewIfNeeded();
  const [optionBox, belowBox] = await Promise.all([lastOption.boundingBox(), below.boundingBox()]);
  expect(optionBox!.y + optionBox!.height / 2).toBeGreaterThan(belowBox!.y);
  await lastOption.click();
  await expect(title).toHaveValue(/^Catalogue item 00\d\d$/);
}
