import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { chooseClient, fillItem } from './support/composer-steps.ts';
import { connect } from './support/connect.ts';
import { resetEmulator } from './support/emulator-control.ts';

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR', numbering_mode: 'manual' });
});

const asShown = (isoDate: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

test('the preview is the invoice on an A4 page: from the first render, with parties, lines, VAT per rate and payment details', async ({
  page,
}) => {
  await connect(page);
  const document = page.getByRole('article', { name: 'Invoice document' });
  const dueDate = await page.getByLabel('Due date').inputValue();
  expect(dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // A fresh form's preview shows its due date at once, not "—" until the first edit.
  await expect(
    document
      .getByRole('definition')
      .filter({ hasText: asShown(dueDate) })
      .first(),
  ).toBeVisible();
  await expect(document.getByText('Cabinet Lumière SAS')).toBeVisible();
  await expect(document.getByText('VAT FR40852379461')).toBeVisible();

  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  await page.getByLabel('Invoice number (required)').fill('F-PREVIEW-1');
  await fillItem(page, 1, { title: 'Tenue comptable', quantity: '2', unitPrice: '100' });
  await fillItem(page, 2, { title: 'Conseil', quantity: '1', unitPrice: '100', vat: '5.5' });
  await expect(document.getByText('F-PREVIEW-1')).toBeVisible();
  await expect(document.getByText('Atelier Durand SARL')).toBeVisible();
  // Atelier Durand reads French: the document is in French, with French numbers; the UI stays English.
  await expect(page.getByText("In French, the client's language.")).toBeVisible();
  await expect(document).toHaveAttribute('lang', 'fr');
  const vat = document.getByRole('table', { name: 'Détail de la TVA' });
  await expect(vat.getByRole('row', { name: /20\s%.*200,00\s€.*40,00\s€/ })).toBeVisible();
  await expect(vat.getByRole('row', { name: /5,5\s%.*100,00\s€.*5,50\s€/ })).toBeVisible();
  await expect(document.getByText(/345,50\s€/)).toBeVisible();
  await page.getByRole('button', { name: 'Show in English' }).click();
  await expect(document).toHaveAttribute('lang', 'en');
  await expect(document.getByRole('table', { name: 'VAT breakdown' }).getByRole('row', { name: /20%.*€200\.00.*€40\.00/ })).toBeVisible();
  await expect(page.getByText('Shown in English; the client reads it in French.')).toBeVisible();
  await page.getByRole('button', { name: 'Show in French' }).click();
  await expect(document).toHaveAttribute('lang', 'fr');
  await expect(document.getByText(/IBAN FR76/)).toBeVisible();
  await expect(document.getByText(/indemnité forfaitaire pour frais de recouvrement de 40€/)).toBeVisible();
  // A line of the document follows its own edits (the document's lines are re-rendered by group: see InvoiceDocument).
  await expect(document.getByRole('row', { name: /Tenue comptable.*200,00\s€/ })).toBeVisible();
  await page.getByRole('group', { name: 'Item 1', exact: true }).getByLabel('Quantity').fill('3');
  await expect(document.getByRole('row', { name: /Tenue comptable.*300,00\s€/ })).toBeVisible();
  await expect(document.getByText(/465,50\s€/)).toBeVisible();

  await page.getByRole('button', { name: 'Enlarge' }).click();
  await expect(page.getByRole('button', { name: 'Enlarge' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
});

test('after "Invoice … created", New invoice in the navigation opens a fresh composer', async ({ page }) => {
  await connect(page);
  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  await page.getByLabel('Invoice number (required)').fill('F-NAV-1');
  await fillItem(page, 1, { title: 'Tenue comptable', quantity: '1', unitPrice: '100' });
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Invoice F-NAV-1 created' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New invoice' }).click();
  await expect(page.getByRole('heading', { name: 'New invoice' })).toBeVisible();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('');
  await expect(page.getByLabel('Invoice number (required)')).toHaveValue('');
});
