import { expect, test, type Page } from '@playwright/test';
import { buildPdf } from '../../web/src/test-support/test-pdfs.ts';
import { translator } from '../../web/src/test-support/catalog-messages.ts';
import type { Language } from '../../web/src/lib/i18n/languages.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { chooseClient, fillItem } from './support/composer-steps.ts';
import { approveConsent, connect } from './support/connect.ts';
import { dropFiles } from './support/drop-files.ts';
import { createInvoice, resetEmulator } from './support/emulator-control.ts';
import { expectPageSpeaks } from './support/speaks-language.ts';

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR', numbering_mode: 'manual' });
});

const browsers: Record<Exclude<Language, 'en'>, string> = { fr: 'fr-FR', it: 'it-IT', de: 'de-DE', es: 'es-ES' };
const plainPdf = Buffer.from(buildPdf({ text: 'Facture scannée' })).toString('base64');

/** English fragments that are also words of the language: Italian "Date" (dates). */
const alsoWords: Partial<Record<Language, string[]>> = { it: ['Date'] };

async function checkPage(page: Page, language: Language): Promise<void> {
  await expectPageSpeaks(page, language, alsoWords[language]);
  await expectNoAxeViolations(page);
}

for (const [language, browserLocale] of Object.entries(browsers) as [Exclude<Language, 'en'>, string][]) {
  test.describe(`in ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    test(`a ${browserLocale} browser gets the app in its language: connect → composer → import → invoices → detail → draft editor`, async ({
      page,
      request,
    }) => {
      const t = translator(language);
      const number = `F-${language.toUpperCase()}-1`;

      await page.goto('/');
      await expect(page.getByRole('heading', { name: t('Connect to Qonto') })).toBeVisible();
      await checkPage(page, language);
      await page.getByRole('link', { name: t('Connect to Qonto') }).click();
      await approveConsent(page);
      await expect(page.getByRole('navigation', { name: t('Main') })).toBeVisible();
      await checkPage(page, language);

      await page.getByRole('link', { name: t('New invoice for {0}', { 0: 'Cabinet Lumière SAS' }) }).click();
      await expect(page.getByRole('heading', { name: t('New invoice') })).toBeVisible();
      await page.getByRole('combobox', { name: t('Client') }).fill('durand');
      await page.getByRole('option', { name: /Atelier Durand SARL/ }).click();
      await page.getByLabel(t('Invoice number (required)')).fill(number);
      await page.getByLabel(t('Item {0} title', { 0: 1 })).fill('Tenue comptable');
      const item = page.getByRole('group', { name: t('Item {0}', { 0: 1 }), exact: true });
      await item.getByLabel(t('Quantity')).fill('1,5');
      await item.getByLabel(t('Unit price ({currency})', { currency: 'EUR' })).fill('1000');
      // 1.5 × 1,000 + 20 % VAT, typed and shown in the language's own number format.
      await expect(page.getByRole('status', { name: t('Invoice total') })).toHaveText(/1[.\s]?800,00\s€/);
      await checkPage(page, language);
      await page.getByRole('button', { name: t('Create invoice') }).click();
      await expect(page.getByRole('heading', { name: t('Invoice {0} created', { 0: number }) })).toBeVisible();
      await expectPageSpeaks(page, language, alsoWords[language]);

      const navigation = page.getByRole('navigation', { name: t('Main') });
      await navigation.getByRole('link', { name: t('Import'), exact: true }).click();
      await expect(page.getByRole('heading', { name: t('Import invoices') })).toBeVisible();
      await dropFiles(page.getByRole('button', { name: t('Choose files') }), [
        { name: 'scan.pdf', base64: plainPdf },
        { name: 'notes.pdf', text: 'not a PDF' },
      ]);
      await expect(page.getByRole('table', { name: t('Files to import') }).getByRole('row')).toHaveCount(3);
      await checkPage(page, language);

      await navigation.getByRole('link', { name: t('Invoices'), exact: true }).click();
      const row = page.getByRole('row', { name: new RegExp(number) });
      await expect(row).toContainText(/1[.\s]?800,00\s€/);
      await checkPage(page, language);

      await row.getByRole('link', { name: number, exact: true }).click();
      await expect(page.getByRole('heading', { name: t('Invoice {0}', { 0: number }), level: 1 })).toBeVisible();
      await checkPage(page, language);

      // A draft made elsewhere (another app, through Qonto's API), opened in the draft editor.
      const draftNumber = `B-${language.toUpperCase()}-1`;
      await createInvoice(request, { number: draftNumber, status: 'draft' });
      await navigation.getByRole('link', { name: t('Invoices'), exact: true }).click();
      await page
        .getByRole('row', { name: new RegExp(draftNumber) })
        .getByRole('link', { name: draftNumber, exact: true })
        .click();
      await page.getByRole('link', { name: t('Edit'), exact: true }).click();
      await expect(page.getByRole('heading', { name: t('Edit draft {0}', { 0: draftNumber }) })).toBeVisible();
      await expect(page.getByLabel(t('Item {0} title', { 0: 1 }))).toHaveValue('Tenue comptable');
      await checkPage(page, language);
    });
  });
}

test('switching the language keeps a half-typed draft and its errors, reworded; the choice is remembered', async ({ page }) => {
  const de = translator('de');
  await connect(page);
  await chooseClient(page, 'durand', /Atelier Durand SARL/);
  await page.getByLabel('Invoice number (required)').fill('F-SWITCH-1');
  await fillItem(page, 1, { title: 'Tenue comptable', quantity: '1.5', unitPrice: '1000' });
  await page.getByRole('button', { name: 'Add item' }).click();
  const longTitle = `Conseil ${'x'.repeat(40)}`;
  await page.getByLabel('Item 2 title').fill(longTitle);
  await page.getByLabel('Item 2 title').blur();
  await expect(page.getByText('Must have at most 40 characters.', { exact: true })).toBeVisible();

  await page.getByRole('banner').getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { name: de('New invoice') })).toBeVisible();
  await expect(page.getByLabel(de('Invoice number (required)'))).toHaveValue('F-SWITCH-1');
  await expect(page.getByLabel(de('Item {0} title', { 0: 1 }))).toHaveValue('Tenue comptable');
  await expect(page.getByLabel(de('Item {0} title', { 0: 2 }))).toHaveValue(longTitle);
  // The numbers typed in English are still read as typed; the total is shown the German way.
  await expect(page.getByRole('status', { name: de('Invoice total') })).toHaveText(/1\.800,00\s€/);
  // The error shown is checked again in German, Qonto's English rule kept as its detail.
  // Qonto's words are marked as English, so a screen reader reads them with an English voice.
  await expect(page.getByLabel(de('Item {0} title', { 0: 2 }))).toHaveAccessibleDescription(
    /^[^(]+ \(Must have at most 40 characters\.\)$/,
  );
  await expect(page.getByText('Must have at most 40 characters.', { exact: true })).toHaveAttribute('lang', 'en');
  await expectPageSpeaks(page, 'de');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel(de('Item {0} title', { 0: 1 }))).toHaveValue('Tenue comptable');
  await expect(page.getByRole('status', { name: de('Invoice total') })).toHaveText(/1\.800,00\s€/);
});

test('the language can be chosen before connecting, and stays chosen through Qonto’s consent', async ({ page }) => {
  const es = translator('es');
  await page.goto('/');
  await page.getByRole('banner').getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { name: es('Connect to Qonto') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectPageSpeaks(page, 'es');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: es('Connect to Qonto') }).click();
  await approveConsent(page);
  await expect(page.getByRole('navigation', { name: es('Main') })).toBeVisible();
  await expectPageSpeaks(page, 'es');
});
