import { expect, test, type Page } from '@playwright/test';
import { buildPdf, facturXml } from '../../web/src/test-support/test-pdfs.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { connect } from './support/connect.ts';
import { dropFiles, type DroppedFile } from './support/drop-files.ts';
import { emulatorUrl } from '../playwright.config.ts';
import { controlHeaders, resetEmulator } from './support/emulator-control.ts';

const MB = 1024 * 1024;
const facturX = Buffer.from(
  buildPdf({
    attachments: [
      {
        name: 'factur-x.xml',
        content: facturXml({
          number: 'FX-2026-7',
          date: '20261102',
          seller: 'Cabinet Lumière SAS',
          buyer: 'Atelier Durand SARL',
          total: '1200.00',
          currency: 'EUR',
        }),
      },
    ],
  }),
).toString('base64');
const plain = Buffer.from(buildPdf({ text: 'A plain invoice' })).toString('base64');
const unnamed = Buffer.from(buildPdf({ text: 'A scan saved without extension' })).toString('base64');

const thirteenFiles: DroppedFile[] = [
  ...Array.from({ length: 7 }, (_, i) => ({ name: `archive-${i + 1}.pdf`, pdfBytes: 4.5 * MB, seed: `big ${i}` })),
  { name: 'facture-fx.pdf', base64: facturX },
  { name: 'plain.pdf', base64: plain },
  // Qonto refuses a name without .pdf/.jpeg/.jpg/.png: the app sends it as "scan-sans-extension.pdf".
  { name: 'scan-sans-extension', base64: unnamed },
  { name: 'notes.pdf', text: 'this is a text file renamed to .pdf' },
  { name: 'huge.pdf', pdfBytes: 6 * MB },
  { name: 'facture-fx (copy).pdf', base64: facturX },
];

function countBulkRequests(page: Page): { count: number } {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/qonto\/v2\/client_invoices\/bulk$/.test(request.url())) counter.count += 1;
  });
  return counter;
}

const row = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Files to import' }).getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR' });
});

test('thirteen files dropped: the bad ones set aside with reasons, the rest imported in three requests; a second drop says "already imported"', async ({
  page,
}) => {
  const requests = countBulkRequests(page);
  await connect(page, '/import');
  await expect(page.getByRole('heading', { name: 'Import invoices' })).toBeVisible();
  await dropFiles(page.getByRole('button', { name: 'Choose files' }), thirteenFiles);

  await expect(page.getByText('13 files: 10 ready, 3 set aside.')).toBeVisible();
  await expect(row(page, 'notes.pdf')).toContainText('Rejected: Not a PDF, JPEG or PNG (checked by its content, not its name).');
  await expect(row(page, 'notes.pdf')).not.toContainText('No e-invoice data');
  await expect(row(page, 'huge.pdf')).toContainText('Rejected: Too large: 6.2 MB (Qonto takes at most 5 MB).');
  await expect(row(page, 'facture-fx (copy).pdf')).toContainText('Duplicate: Same content as facture-fx.pdf');
  const factur = row(page, 'facture-fx.pdf');
  await expect(factur).toContainText('FX-2026-7');
  await expect(factur).toContainText('Cabinet Lumière SAS');
  await expect(factur).toContainText('Atelier Durand SARL');
  await expect(factur).toContainText(/€1,200\.00/);
  await expect(factur).toContainText('EN 16931');
  await expect(row(page, 'plain.pdf')).toContainText('No e-invoice data');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Import 10 files' }).click();
  await expect(page.getByText('10 of 10 files imported')).toBeVisible({ timeout: 30_000 });
  expect(requests.count).toBe(3);
  const firstIds: Record<string, string | null> = {};
  for (const name of ['archive-1.pdf', 'archive-7.pdf', 'facture-fx.pdf', 'plain.pdf', 'scan-sans-extension']) {
    await expect(row(page, name)).toContainText('Imported');
    firstIds[name] = await row(page, name).getByRole('link', { name: 'open the invoice' }).getAttribute('href');
  }
  await expectNoAxeViolations(page);

  await page.reload();
  await page.getByText('Imported earlier from this browser (10)').click();
  await expect(page.getByRole('table', { name: 'Files imported earlier' }).getByRole('row', { name: /^plain\.pdf/ })).toBeVisible();
  await dropFiles(page.getByRole('button', { name: 'Choose files' }), thirteenFiles);
  await expect(page.getByText('13 files: 0 ready, 10 already imported, 3 set aside.')).toBeVisible();
  for (const name of Object.keys(firstIds)) {
    await expect(row(page, name)).toContainText('Already imported');
    expect(await row(page, name).getByRole('link', { name: 'open the invoice' }).getAttribute('href')).toBe(firstIds[name]);
  }
  expect(requests.count).toBe(3);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click();
  // Imported invoices are hidden by default (Qonto's exclude_imported): the list says so, never "no invoices".
  await expect(page.getByText('No invoices created here yet.')).toBeVisible();
  await expect(page.getByText(/imported invoices are hidden/)).toBeVisible();
  await page.getByRole('button', { name: 'Show them' }).click();
  await expect(page.getByLabel('Include imported invoices')).toBeChecked();
  // Qonto reads the embedded Factur-X: the number, the client and the amount come from it, not the file name.
  const read = page.getByRole('row', { name: /FX-2026-7/ });
  await expect(read).toContainText('Atelier Durand');
  await expect(read).toContainText(/€1,200\.00/);
  await expect(page.getByRole('row', { name: /Imported: plain\.pdf/ })).toBeVisible();
});

test('a failed request shows its error on its files, and "Retry failed" imports each exactly once', async ({ page, request }) => {
  await connect(page, '/import');
  await request.post(`${emulatorUrl}/_emulator/faults`, {
    headers: controlHeaders,
    data: { method: 'POST', path: '/v2/client_invoices/bulk', status: 500, times: 1 },
  });
  const files = Array.from({ length: 7 }, (_, i) => ({ name: `retry-${i + 1}.pdf`, pdfBytes: 2000, seed: `retry ${i}` }));
  await dropFiles(page.getByRole('button', { name: 'Choose files' }), files);
  await page.getByRole('button', { name: 'Import 7 files' }).click();
  await expect(page.getByRole('button', { name: 'Retry failed' })).toBeVisible();
  // Two requests go out at once (5 files and 2): whichever reaches Qonto first meets the fault.
  // The reason in the user's words; Qonto's own English kept beside it as a detail.
  const failed = page.getByRole('row').filter({
    hasText: 'Failed: Something went wrong on the server. Nothing was lost; try again. (Fault injected by the emulator (500).)',
  });
  await expect(failed.first()).toBeVisible();
  expect([2, 5]).toContain(await failed.count());
  await page.getByRole('button', { name: 'Retry failed' }).click();
  await expect(page.getByText('7 of 7 files imported')).toBeVisible();
  const state = await (await request.get(`${emulatorUrl}/_emulator/state`)).json();
  expect(state.counters.importedFiles).toBe(7);
});

test('Cancel stops the requests under way; the cancelled files can be sent again', async ({ page, request }) => {
  await connect(page, '/import');
  await request.post(`${emulatorUrl}/_emulator/faults`, {
    headers: controlHeaders,
    data: { method: 'POST', path: '/v2/client_invoices/bulk', status: 'delay', delay_ms: 2500, times: 2 },
  });
  await dropFiles(
    page.getByRole('button', { name: 'Choose files' }),
    Array.from({ length: 3 }, (_, i) => ({ name: `slow-${i + 1}.pdf`, pdfBytes: 3000, seed: `slow ${i}` })),
  );
  await page.getByRole('button', { name: 'Import 3 files' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled before Qonto confirmed it.')).toHaveCount(3);
  await page.getByRole('button', { name: 'Retry failed' }).click();
  await expect(page.getByText('3 of 3 files imported')).toBeVisible({ timeout: 15_000 });
});

test('a 403 from Qonto during an import disables the page with the reason', async ({ page, request }) => {
  await connect(page, '/import');
  await dropFiles(page.getByRole('button', { name: 'Choose files' }), [{ name: 'late.pdf', pdfBytes: 2000 }]);
  await expect(page.getByRole('button', { name: 'Import 1 file' })).toBeVisible();
  // Qonto withdraws the permission between the drop and the import.
  await request.post(`${emulatorUrl}/_emulator/faults`, {
    data: { method: 'POST', path: '/v2/client_invoices/bulk', status: 403 },
    headers: controlHeaders,
  });
  await page.getByRole('button', { name: 'Import 1 file' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Qonto refuses bulk import for this organization. This connection is not allowed to do that. (Fault injected by the emulator (403).)',
  );
});

test('an Italian organization sees the page disabled with the reason', async ({ page, request }) => {
  await resetEmulator(request, { country: 'IT' });
  await connect(page, '/import');
  await expect(page.getByRole('alert')).toContainText('Bulk import is not available to Italian organizations');
  await expect(page.getByRole('button', { name: 'Choose files' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
