import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { chooseClient, fillItem } from './support/composer-steps.ts';
import { connect } from './support/connect.ts';
import { qonto, resetEmulator } from './support/emulator-control.ts';

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR', numbering_mode: 'manual' });
});

const mentions = (page: Page) => page.getByRole('list', { name: 'Mandatory mentions' });

test('French reform mentions: a client SIREN whose key fails, the category from the lines, VAT on debits; each flagged with its fix', async ({
  page,
  request,
}) => {
  await connect(page);
  await chooseClient(page, 'boulangerie', /Boulangerie Martin/);
  // SIREN/SIRET checked with its Luhn key; the fix goes to the client.
  await expect(
    mentions(page).getByRole('listitem').filter({ hasText: "Missing: The client's SIREN/SIRET 42345678900021 is not valid" }),
  ).toBeVisible();
  // The fix opens the client's edit dialog; the corrected SIREN is saved in Qonto (PATCH /v2/clients/{id}).
  await mentions(page).getByRole('button', { name: 'Edit client' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Boulangerie Martin' });
  await expect(edit.getByLabel('SIREN/SIRET or tax id')).toHaveValue('42345678900021');
  await expect(edit.getByLabel('Company name')).toHaveValue('Boulangerie Martin');
  await expectNoAxeViolations(page);
  await edit.getByLabel('SIREN/SIRET or tax id').fill('51098765400017');
  await edit.getByLabel('E-mail').fill('not an e-mail');
  await edit.getByRole('button', { name: 'Save client' }).click();
  await expect(edit.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await edit.getByLabel('E-mail').fill('compta@boulangerie-martin.example');
  await edit.getByRole('button', { name: 'Save client' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit client' }).first()).toBeFocused();
  await expect(mentions(page).getByText("Done: The client's SIREN/SIRET 51098765400017 is printed.")).toBeVisible();
  const stored = await qonto(request, 'GET', '/v2/clients?filter%5Bname%5D=boulangerie');
  expect(stored.body.clients[0]).toMatchObject({
    name: 'Boulangerie Martin',
    tax_identification_number: '51098765400017',
    email: 'compta@boulangerie-martin.example',
  });

  // The category: not stated while the units say nothing, then suggested by the units.
  await expect(mentions(page).getByText(/Missing: Choose the category of the operation/)).toBeVisible();
  await mentions(page).getByRole('button', { name: 'Choose the category' }).click();
  await expect(page.getByLabel('Category of the operation')).toBeFocused();
  await page.getByLabel('Invoice number (required)').fill('F-REFORM-1');
  await fillItem(page, 1, { title: 'Conseil', quantity: '2', unitPrice: '150' });
  await page.getByRole('group', { name: 'Item 1', exact: true }).getByLabel('Unit', { exact: true }).fill('hour');
  await expect(mentions(page).getByText('Done: Category of the operation: Services.')).toBeVisible();
  await expect(page.getByLabel('Category of the operation')).toContainText('From the lines: Services');

  // The delivery address: the billing address unless the client has another.
  await expect(mentions(page).getByText(/Done: Delivered to the billing address/)).toBeVisible();

  // VAT on debits: must be stated.
  await expect(mentions(page).getByText('Missing: Say whether VAT is paid on receipts or on debits.')).toBeVisible();
  await mentions(page).getByRole('button', { name: 'Choose the VAT payment' }).click();
  await expect(page.getByLabel('VAT payment')).toBeFocused();
  await page.getByLabel('VAT payment').selectOption('compensated_for_sales');
  await expect(mentions(page).getByText('Done: VAT is paid on debits (stated).')).toBeVisible();
  await expect(page.getByText('All four mandatory B2B mentions are on this invoice.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The mentions travel in the payload: the category suggested by the lines and the VAT option chosen.
  const sent = page.waitForRequest((candidate) => candidate.method() === 'POST' && /\/qonto\/v2\/client_invoices$/.test(candidate.url()));
  await page.getByRole('button', { name: 'Create invoice' }).click();
  expect((await sent).postDataJSON().settings).toMatchObject({
    transaction_type: 'services',
    vat_payment_condition: 'compensated_for_sales',
  });
  await expect(page.getByRole('heading', { name: 'Invoice F-REFORM-1 created' })).toBeVisible();
  const invoices = await qonto(request, 'GET', '/v2/client_invoices');
  expect(invoices.body.client_invoices.map((invoice: { number: string }) => invoice.number)).toContain('F-REFORM-1');
});

test('an EU client: its VAT number is the identifier the reform asks for', async ({ page }) => {
  await connect(page);
  await chooseClient(page, 'nordlicht', /Nordlicht GmbH/);
  await expect(mentions(page).getByText("Done: The client's EU VAT number DE811234567 is printed.")).toBeVisible();
});
