import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { chooseClient, fillItem } from './support/composer-steps.ts';
import { addOrganization, connect } from './support/connect.ts';
import { dropFiles } from './support/drop-files.ts';
import { createInvoice, emulatorState, qonto, resetEmulator } from './support/emulator-control.ts';

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR', numbering_mode: 'manual' });
});

test('the client is chosen from the keyboard: type, Enter; Escape closes the list, Down opens it again', async ({ page }) => {
  await connect(page);
  const picker = page.getByRole('combobox', { name: 'Client' });
  await picker.fill('Boul');
  const option = page.getByRole('option', { name: /Boulangerie Martin/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await picker.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(option).toBeHidden();
  await picker.press('ArrowDown');
  await expect(option).toBeVisible();
  await picker.press('Enter');
  await expect(page.getByText('Invoice currency:')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Client' })).toContainText('Boulangerie Martin');
  await expect(page.getByRole('button', { name: 'Change client' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a French invoice with three items, an item discount and a global discount, created and previewed', async ({ page }) => {
  await connect(page);
  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  await page.getByLabel('Invoice number (required)').fill('F-2026-0042');
  await fillItem(page, 1, { title: 'Tenue comptable', quantity: '3', unitPrice: '19.99', discount: { type: 'Percent', value: '10' } });
  await fillItem(page, 2, { title: 'Conseil fiscal', quantity: '1.5', unitPrice: '100', vat: '5.5' });
  await fillItem(page, 3, { title: 'Formation', quantity: '1', unitPrice: '10', vat: '0', exemption: 'S293B' });
  await page.getByLabel('Global discount', { exact: true }).selectOption({ label: 'Amount (EUR)' });
  await page.getByLabel('Global discount (EUR)').fill('10');
  await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€222\.12/);
  await expect(page.getByRole('status', { name: 'Line 1 total' })).toHaveText(/€53\.97/);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Invoice F-2026-0042 created' })).toBeVisible();
  await expect(page.getByText(/€222\.12/)).toBeVisible();
  const preview = page.frameLocator('iframe[title="Preview of invoice F-2026-0042"]');
  await expect(preview.getByRole('heading', { name: 'Invoice F-2026-0042' })).toBeVisible();
  await expect(preview.getByText('Total: 222.12 EUR')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in new tab' })).toHaveAttribute('href', /\/public\/invoices\//);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Duplicate as new invoice' }).click();
  await expect(page.getByLabel('Item 3 title')).toHaveValue('Formation');
  await expect(page.getByLabel('Invoice number (required)')).toHaveValue('');
  await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€222\.12/);
  await page.getByLabel('Invoice number (required)').fill('F-2026-0043');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('heading', { name: 'Invoice F-2026-0043 created' })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Create another' }).click();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('');
  await expect(page.getByLabel('Item 2 title')).toHaveCount(0);
});

test('an Italian organization’s invoice uses the Italy section', async ({ page, request }) => {
  await resetEmulator(request, { country: 'IT', numbering_mode: 'manual' });
  await connect(page);
  await expect(page.getByRole('group', { name: 'Italy' })).toBeVisible();
  await chooseClient(page, 'rossi', /Studio Rossi Srl/);
  await page.getByLabel('Invoice number (required)').fill('IT-7');
  await fillItem(page, 1, { title: 'Consulenza', quantity: '1', unitPrice: '1000', vat: '22' });
  await page.getByLabel('Payment conditions').selectOption('TP02');
  await page.getByLabel('Payment method').selectOption('MP05');
  await page.getByLabel('Welfare fund (cassa)').selectOption('TC22');
  await page.getByLabel('Welfare fund rate (%)').fill('4');
  await page.getByLabel('Withholding tax reason').selectOption('RF01');
  await page.getByLabel('Withholding tax rate (%)').fill('20');
  await page.getByLabel('Withholding payment reason').fill('A');
  await page.getByLabel('Stamp duty (EUR)').fill('2');
  // 1000.00 + welfare 40.00, VAT 22 % on 1040.00 = 228.80, withholding 20 % of 1040.00 = 208.00, stamp 2.00
  await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€1,062\.80/);
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Invoice IT-7 created' })).toBeVisible();
  await expect(page.getByText(/€1,062\.80/)).toBeVisible();
});

test("Qonto's organization rules shown before typing: Italian e-invoicing off, a client without province, IRPF only for Spanish freelancers, a GBP client", async ({
  page,
  request,
}) => {
  await resetEmulator(request, { country: 'IT', einvoicing_activated: false });
  await connect(page);
  const notice = page.getByRole('note', { name: 'E-invoicing is not activated' });
  await expect(notice).toContainText('Activate it in the Qonto app');
  await chooseClient(page, 'verdi', /Bottega Verdi Snc/);
  await expect(page.getByRole('list', { name: 'This client cannot be invoiced yet' })).toContainText('no province code');
  await expectNoAxeViolations(page);

  await resetEmulator(request, { country: 'ES' });
  await addOrganization(page, 'Estudio Sol SL');
  await expect(page.getByRole('note', { name: 'E-invoicing is not activated' })).toHaveCount(0);
  await expect(page.getByLabel('IRPF withholding rate (%)')).toHaveCount(0);
  await chooseClient(page, 'thames', /Thames Analytics Ltd/);
  await expect(page.getByRole('list', { name: 'This client cannot be invoiced yet' })).toContainText(
    "billed in GBP, but Qonto's API takes item prices in EUR only",
  );

  await resetEmulator(request, { country: 'ES', freelancer: true });
  await addOrganization(page, 'Lucía Ortega Ruiz');
  await expect(page.getByLabel('IRPF withholding rate (%)')).toBeVisible();
});

test('a duplicate number is shown on the number field, and the form keeps everything', async ({ page, request }) => {
  await createInvoice(request, { client_id: 'c11e0000-0000-4000-8000-000000000002', number: 'F-TAKEN' });
  await connect(page);
  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  await page.getByLabel('Invoice number (required)').fill('F-TAKEN');
  await fillItem(page, 1, { title: 'Révision', unitPrice: '250' });
  await page.getByRole('button', { name: 'Create invoice' }).click();
  const number = page.getByLabel('Invoice number (required)');
  await expect(page.getByText('An invoice numbered F-TAKEN already exists.')).toBeVisible();
  await expect(number).toBeFocused();
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Révision');
  await number.fill('F-FREE');
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Invoice F-FREE created' })).toBeVisible();
});

test('client-side rules: errors on blur and on submit, focus on the first, nothing sent', async ({ page, request }) => {
  await connect(page);
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('combobox', { name: 'Client' })).toBeFocused();
  await expect(page.getByText('Choose a client.')).toBeVisible();
  await chooseClient(page, 'sans devise', /Éditions Sans Devise SAS/);
  await expect(page.getByText(/The client has no currency: set one on the client/)).toBeVisible();
  await page.getByLabel('Item 1 title').fill('x'.repeat(41));
  await page.getByLabel('Item 1 title').blur();
  await expect(page.getByText('Must have at most 40 characters.')).toBeVisible();
  const state = await request.get('http://127.0.0.1:4110/_emulator/state');
  expect((await state.json()).counters.invoicesCreated).toBe(0);
});

for (const { browser, idleCallback } of [
  { browser: 'this browser', idleCallback: true },
  { browser: 'a browser without requestIdleCallback (Safari)', idleCallback: false },
]) {
  test(`a draft is saved as you type and restored after a reload, in ${browser}`, async ({ page }) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    if (!idleCallback)
      await page.addInitScript(() => {
        Reflect.deleteProperty(window, 'requestIdleCallback');
        Reflect.deleteProperty(window, 'cancelIdleCallback');
      });
    await connect(page);
    await chooseClient(page, 'durand', /Atelier Durand SARL/);
    await page.getByLabel('Invoice number (required)').fill('F-DRAFT');
    await fillItem(page, 1, { title: 'Audit légal', quantity: '2', unitPrice: '1,234.56' });
    await page.waitForTimeout(600);
    await page.reload();
    await expect(page.getByText(/Draft restored from/)).toBeVisible();
    await expect(page.getByLabel('Item 1 title')).toHaveValue('Audit légal');
    await expect(page.getByLabel('Invoice number (required)')).toHaveValue('F-DRAFT');
    await expect(page.getByRole('group', { name: 'Client' }).getByText('Atelier Durand SARL')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€2,962\.94/);
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect(page.getByLabel('Item 1 title')).toHaveValue('');
    expect(errors).toEqual([]);
  });
}

test('typing then leaving at once by the navigation keeps the last keys; a draft discarded right after typing stays discarded', async ({
  page,
}) => {
  await connect(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.getByLabel('Item 1 title').fill('Audit');
  await page.getByLabel('Item 1 title').press('s');
  await nav.getByRole('link', { name: 'Invoices' }).click();
  await expect(page.getByRole('heading', { name: 'Invoices', exact: true })).toBeVisible();
  await nav.getByRole('link', { name: 'New invoice' }).click();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Audits');
  await page.getByLabel('Item 1 title').press('!');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('');
  await expect(page.getByText(/Draft restored from/)).toHaveCount(0);
});

test('a client is created inline and selected', async ({ page }) => {
  await connect(page);
  await page.getByRole('button', { name: 'Create a client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog.getByText('A company needs a name.')).toBeVisible();
  await dialog.getByLabel('Company name').fill('Fromagerie Dupont');
  await dialog.getByLabel('E-mail').fill('compta@fromagerie.example');
  await dialog.getByLabel('SIREN/SIRET or tax id').fill('55210055400013');
  await dialog.getByLabel('Street address').fill('3 rue du Lait');
  await dialog.getByLabel('Postal code').fill('74000');
  await dialog.getByLabel('City').fill('Annecy');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('group', { name: 'Client' }).getByText('Fromagerie Dupont')).toBeVisible();
  await expect(page.getByText('Invoice currency:')).toBeVisible();
});

test("the form's checks load on first use: if they cannot, the summary says so and keeps the form; the next try checks", async ({
  page,
  request,
}) => {
  await page.route('**/assets/validate-composer-*.js', (route) => route.abort());
  await connect(page);
  await page.getByLabel('Item 1 title').fill('Conseil');
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByText("The form's checks could not be loaded. Check your connection, then try again.")).toBeVisible();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Conseil');
  await expectNoAxeViolations(page);
  await page.unroute('**/assets/validate-composer-*.js');
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('combobox', { name: 'Client' })).toBeFocused();
  await expect(page.getByText('Choose a client.')).toBeVisible();
  await expect(page.getByText("The form's checks could not be loaded.")).toBeHidden();
  expect((await emulatorState(request)).counters.invoicesCreated).toBe(0);
});

test('a dialog whose code cannot load says so in its place, keeps the form, and opens on retry', async ({ page }) => {
  await page.route('**/assets/client-dialog-*.js', (route) => route.abort());
  await connect(page);
  await page.getByLabel('Item 1 title').fill('Conseil');
  const client = page.getByRole('group', { name: 'Client' });
  await client.getByRole('button', { name: 'Create a client' }).click();
  await expect(client.getByRole('alert')).toContainText('This part of the page could not be loaded.');
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Conseil');
  await expectNoAxeViolations(page);
  await page.unroute('**/assets/client-dialog-*.js');
  await client.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('dialog', { name: 'New client' })).toBeVisible();
});

test('items: duplicate, move with the keyboard, Enter on the last row adds one', async ({ page }) => {
  await connect(page);
  await fillItem(page, 1, { title: 'Premier', unitPrice: '10' });
  await page.getByRole('button', { name: 'Duplicate item 1', exact: true }).click();
  await expect(page.getByLabel('Item 2 title')).toHaveValue('Premier');
  await page.getByLabel('Item 2 title').fill('Second');
  await page.getByRole('button', { name: 'Move up item 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Second');
  await expect(page.getByLabel('Item 2 title')).toHaveValue('Premier');
  await page.getByLabel('Item 2 title').press('Enter');
  await expect(page.getByLabel('Item 3 title')).toBeFocused();
  await page.getByRole('button', { name: 'Remove item 3' }).click();
  await expect(page.getByLabel('Item 3 title')).toHaveCount(0);
});

test('an attachment is dropped, shown by name and size, removable, and sent with the invoice', async ({ page, request }) => {
  await connect(page);
  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  await page.getByLabel('Invoice number (required)').fill('F-ATT-1');
  await fillItem(page, 1, { title: 'Mission', unitPrice: '300' });
  const attachment = page.getByRole('group', { name: 'Attachment' });
  await dropFiles(attachment.getByRole('button', { name: 'Choose a file' }), [{ name: 'bon-de-commande.pdf', pdfBytes: 40_000 }]);
  await expect(attachment.getByText('bon-de-commande.pdf')).toBeVisible();
  await expect(attachment.getByText('40 KB')).toBeVisible();
  await attachment.getByRole('button', { name: 'Remove attachment' }).click();
  await dropFiles(attachment.getByRole('button', { name: 'Choose a file' }), [{ name: 'devis-signe.pdf', pdfBytes: 20_000 }]);
  await expect(attachment.getByText('devis-signe.pdf')).toBeVisible();
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Invoice F-ATT-1 created' })).toBeVisible();
  const invoices = await qonto(request, 'GET', '/v2/client_invoices');
  expect(invoices.body.client_invoices[0].upload_id).toBeTruthy();
  expect((await emulatorState(request)).counters.uploads).toBe(2);
});

/** Holds the drop zone's code until released, recording each request for it. */
async function holdDropZoneCode(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const requested: string[] = [];
  await page.route('**/assets/attachment-drop-zone-*.js', async (route) => {
    requested.push(route.request().url());
    await held;
    await route.continue();
  });
  return { requested, release };
}

test('the drop zone loads on approach; a drop made before its code arrives is kept and checked', async ({ page }) => {
  const code = await holdDropZoneCode(page);
  await connect(page);
  await fillItem(page, 1, { title: 'Mission', unitPrice: '300' });
  // Not part of the page's first load: nothing asked for it yet.
  expect(code.requested).toEqual([]);
  const attachment = page.getByRole('group', { name: 'Attachment' });
  await dropFiles(attachment.getByRole('button', { name: 'Choose a file' }), [{ name: 'notes.txt', text: 'not a pdf' }]);
  await expect.poll(() => code.requested.length).toBe(1);
  await expect(attachment.getByRole('alert')).toHaveCount(0);
  code.release();
  await expect(attachment.getByRole('alert')).toHaveText('Qonto attaches PDF, JPEG or PNG files only.');
  await dropFiles(attachment.getByRole('button', { name: 'Choose a file' }), [{ name: 'bon-de-commande.pdf', pdfBytes: 30_000 }]);
  await expect(attachment.getByText('bon-de-commande.pdf')).toBeVisible();
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Mission');
});

test('"Choose a file" pressed before the drop zone\'s code arrives opens the file chooser once it has, the focus kept', async ({
  page,
}) => {
  const code = await holdDropZoneCode(page);
  await connect(page);
  const attachment = page.getByRole('group', { name: 'Attachment' });
  const chooser = page.waitForEvent('filechooser');
  await attachment.getByRole('button', { name: 'Choose a file' }).press('Enter');
  await expect.poll(() => code.requested.length).toBe(1);
  code.release();
  const fileChooser = await chooser;
  // The zone that replaced its stand-in keeps the keyboard user on the same button.
  await expect(attachment.getByRole('button', { name: 'Choose a file' })).toBeFocused();
  await fileChooser.setFiles({ name: 'devis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%devis\n%%EOF\n') });
  await expect(attachment.getByText('devis.pdf')).toBeVisible();
});

test('a long invoice: 21 lines read as one list, move across groups, the error on the last line gets focus, all are sent', async ({
  page,
  request,
}) => {
  await connect(page);
  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  await page.getByLabel('Invoice number (required)').fill('F-LONG-1');
  await fillItem(page, 1, { title: 'Ligne', unitPrice: '10' });
  for (let copies = 0; copies < 20; copies += 1) await page.getByRole('button', { name: 'Duplicate item 1', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Invoice lines' }).getByRole('listitem')).toHaveCount(21);
  await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€252\.00/);

  const last = page.getByRole('group', { name: 'Item 21', exact: true });
  await last.getByLabel('Item 21 title').fill('Dernière ligne');
  await last.getByLabel('Quantity').fill('3');
  await expect(page.getByRole('status', { name: 'Line 21 total' })).toHaveText(/€30\.00/);
  await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€276\.00/);

  await page.getByRole('button', { name: 'Move down item 20' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Item 20 title')).toHaveValue('Dernière ligne');
  await expect(page.getByLabel('Item 21 title')).toHaveValue('Ligne');
  await expect(page.getByRole('button', { name: 'Move up item 21' })).toBeFocused();

  await page.getByLabel('Item 21 title').fill('x'.repeat(41));
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByLabel('Item 21 title')).toBeFocused();
  await expect(page.getByRole('group', { name: 'Item 21', exact: true }).getByText('Must have at most 40 characters.')).toBeVisible();
  await expect(page.getByLabel('Item 20 title')).toHaveValue('Dernière ligne');
  await expectNoAxeViolations(page);

  await page.getByLabel('Item 21 title').fill('Ligne');
  await page.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { name: 'Invoice F-LONG-1 created' })).toBeVisible();
  const invoices = await qonto(request, 'GET', '/v2/client_invoices');
  const created = invoices.body.client_invoices.find((invoice: { number: string }) => invoice.number === 'F-LONG-1');
  expect(created.items).toHaveLength(21);
  expect(created.items[19].title).toBe('Dernière ligne');
  expect(created.total_amount.value).toBe('276.00');
});
