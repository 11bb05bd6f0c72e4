import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { emulatorUrl } from '../playwright.config.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { connect } from './support/connect.ts';
import { controlHeaders, createInvoice, qonto, resetEmulator } from './support/emulator-control.ts';

const claireDubois = 'c11e0000-0000-4000-8000-000000000003';

async function outbox(request: APIRequestContext) {
  return (await (await request.get(`${emulatorUrl}/_emulator/outbox`)).json()).emails as {
    send_to: string[];
    email_title: string;
    attachment: { file_name: string; has_facturx_xml: boolean };
  }[];
}

function embedsFacturX(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  let at = text.indexOf('stream');
  while (at >= 0) {
    const start = text[at + 6] === '\r' ? at + 8 : at + 7;
    const end = text.indexOf('endstream', start);
    try {
      if (inflateSync(pdf.subarray(start, end)).toString('utf8').includes('urn:cen.eu:en16931:2017')) return true;
    } catch {
      // not a Flate stream
    }
    at = text.indexOf('stream', end + 9);
  }
  return false;
}

const actions = (page: Page) => page.getByRole('region', { name: 'Invoice actions' });

test.beforeEach(async ({ request }) => {
  await resetEmulator(request, { country: 'FR', numbering_mode: 'manual', facturx_delay_ms: 2000, einvoicing_step_ms: 1500 });
});

test('draft → edit → finalize → Factur-X PDF → send by email → mark paid → unmark', async ({ page, request }) => {
  const draft = await createInvoice(request, { status: 'draft', header: 'Mission 2026' });
  await connect(page, `/invoices/${draft.id}`);
  await expect(page.getByRole('heading', { name: `Invoice ${draft.number}` })).toBeVisible();
  await expect(actions(page).getByRole('button', { name: 'Send…' })).toHaveCount(0);

  await actions(page).getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: `Edit draft ${draft.number}` })).toBeVisible();
  await expect(page.getByLabel('Item 2 title')).toHaveValue('Bilan annuel');
  await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€960\.00/);
  const firstLine = page.getByRole('group', { name: 'Item 1' });
  await firstLine.getByLabel('Quantity').fill('4');
  await page.getByLabel('Header').fill('');
  await expect(page.getByRole('status', { name: 'Invoice total' })).toHaveText(/€1,080\.00/);
  await page.waitForTimeout(600); // the autosave's debounce
  await page.reload();
  await expect(page.getByText(/Unsaved changes restored from/)).toBeVisible();
  await expect(firstLine.getByLabel('Quantity')).toHaveValue('4');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved in Qonto.')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Invoice ${draft.number}` })).toBeVisible();
  const saved = (await qonto(request, 'GET', `/v2/client_invoices/${draft.id}`)).body.client_invoice;
  expect(saved).toMatchObject({ status: 'draft', header: '', total_amount: { value: '1080.00' } });
  expect(saved.items[0].quantity).toBe('4');
  await actions(page).getByRole('button', { name: 'Finalize' }).click();
  await expect(page.getByText('Unpaid', { exact: true }).first()).toBeVisible();

  await actions(page).getByRole('button', { name: 'Download PDF' }).click();
  await expect(actions(page).getByText(/Qonto is generating the Factur-X PDF/)).toBeVisible();
  const link = actions(page).getByRole('link', { name: `Download ${draft.number}.pdf` });
  await expect(link).toBeVisible({ timeout: 15_000 });
  const download = page.waitForEvent('download');
  await link.click();
  const pdf = readFileSync(await (await download).path());
  expect(embedsFacturX(pdf)).toBe(true);

  await actions(page).getByRole('button', { name: 'Send…' }).click();
  const dialog = page.getByRole('dialog', { name: `Send invoice ${draft.number}` });
  await expect(dialog.getByRole('heading', { name: 'Send as e-invoice (recommended)' })).toBeVisible();
  const recipients = dialog.getByLabel('Recipients (separate several with commas)');
  await expect(recipients).toHaveValue('compta@atelier-durand.example, direction@atelier-durand.example');
  // Atelier Durand reads French: the email is written in French, the dialog stays in the user's English.
  await expect(dialog.getByLabel('Subject')).toHaveValue(`Facture ${draft.number} de Cabinet Lumière SAS`);
  await expect(dialog.getByLabel('Message')).toHaveValue(/^Bonjour,\n\nVeuillez trouver ci-joint la facture .* de 1\s080,00\s€/);
  await expectNoAxeViolations(page);
  await recipients.fill('compta@atelier-durand.example, not-an-email');
  await dialog.getByRole('button', { name: 'Send by email' }).click();
  await expect(dialog.getByText('must be an email address')).toBeVisible();
  await expect(dialog.getByLabel('Subject')).toHaveValue(`Facture ${draft.number} de Cabinet Lumière SAS`);
  await recipients.fill('compta@atelier-durand.example, direction@atelier-durand.example');
  await dialog.getByRole('button', { name: 'Send by email' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Sent' })).toContainText('compta@atelier-durand.example, direction@atelier-durand.example');
  const emails = await outbox(request);
  expect(emails).toHaveLength(1);
  expect(emails[0]!.send_to).toEqual(['compta@atelier-durand.example', 'direction@atelier-durand.example']);
  expect(emails[0]!.email_title).toBe(`Facture ${draft.number} de Cabinet Lumière SAS`);
  expect(emails[0]!.attachment).toMatchObject({ file_name: `${draft.number}.pdf`, has_facturx_xml: true });

  await actions(page).getByRole('button', { name: 'Mark as paid…' }).click();
  const paid = page.getByRole('dialog', { name: 'Mark as paid' });
  await paid.getByLabel('Payment date').fill('2026-11-10');
  await paid.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(page.getByText('Paid on')).toBeVisible();
  await actions(page).getByRole('button', { name: 'Unmark as paid' }).click();
  await expect(page.getByText('Paid on')).toBeHidden();
  await expect(actions(page).getByRole('button', { name: 'Mark as paid…' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('send as e-invoice: the delivery is followed to "received"; a platform rejection is shown', async ({ page, request }) => {
  const sent = await createInvoice(request);
  await connect(page, `/invoices/${sent.id}`);
  await actions(page).getByRole('button', { name: 'Send…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send as e-invoice' }).click();
  const delivery = page.getByRole('region', { name: 'E-invoice delivery' });
  await expect(delivery.getByText('Submitted to the platform')).toBeVisible();
  await expect(delivery.getByText("Received by the client's platform")).toBeVisible({ timeout: 15_000 });
  await expect(delivery.getByRole('status')).toHaveText('Delivered.');

  await request.post(`${emulatorUrl}/_emulator/einvoicing`, { data: { reject_next_sends: 1 }, headers: controlHeaders });
  const rejected = await createInvoice(request);
  await page.goto(`/invoices/${rejected.id}`);
  await actions(page).getByRole('button', { name: 'Send…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Send as e-invoice' }).click();
  await expect(page.getByText('Rejected by the platform')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'E-invoice delivery' }).getByRole('status')).toContainText('was not delivered');

  const unreachable = await createInvoice(request, { client_id: claireDubois });
  await page.goto(`/invoices/${unreachable.id}`);
  await actions(page).getByRole('button', { name: 'Send…' }).click();
  await expect(page.getByRole('dialog').getByLabel('Recipients (separate several with commas)')).toHaveValue('claire.dubois@example.org');
  await expect(page.getByRole('button', { name: 'Send as e-invoice' })).toHaveCount(0);
});

test('a partial then a full credit note: the ceiling is checked, the invoice ends canceled', async ({ page, request }) => {
  const billed = await createInvoice(request);
  await connect(page, `/invoices/${billed.id}`);
  await actions(page).getByRole('button', { name: 'Create credit note…' }).click();
  let dialog = page.getByRole('dialog', { name: `Credit note for invoice ${billed.number}` });
  await dialog.getByLabel('Some lines').check();
  await dialog.getByLabel('Tenue comptable (invoiced 3)').fill('4');
  await expect(dialog.getByText('At most 3, the quantity invoiced.')).toBeVisible();
  await dialog.getByLabel('Tenue comptable (invoiced 3)').fill('1');
  await expect(dialog.getByRole('status')).toContainText(/Credit note total €120\.00; €960\.00 remains creditable/);
  await dialog.getByLabel('Reason').fill('One month not worked');
  await dialog.getByLabel('Credit note number').fill('AV-1');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Create credit note' }).click();
  await expect(dialog).toBeHidden();
  const notes = page.getByRole('region', { name: 'Credit notes' });
  await expect(notes).toContainText(/AV-1.*-€120\.00.*One month not worked/);

  await actions(page).getByRole('button', { name: 'Create credit note…' }).click();
  dialog = page.getByRole('dialog', { name: `Credit note for invoice ${billed.number}` });
  await expect(dialog.getByRole('status')).toContainText(
    /Credit note total €960\.00; €840\.00 remains creditable: the credit note would exceed it/,
  );
  await dialog.getByLabel('Some lines').check();
  await dialog.getByLabel('Tenue comptable (invoiced 3)').fill('2');
  await dialog.getByLabel('Bilan annuel (invoiced 1)').fill('1');
  await dialog.getByLabel('Reason').fill('Engagement ended');
  await dialog.getByLabel('Credit note number').fill('AV-2');
  await dialog.getByRole('button', { name: 'Create credit note' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Canceled', { exact: true }).first()).toBeVisible();
  await expect(actions(page).getByRole('button')).toHaveCount(1); // only Download PDF is left
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Credit notes' }).click();
  await expect(page.getByRole('row', { name: /AV-2/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /AV-1/ })).toBeVisible();
});

test('delete a draft; cancel an invoice; the overdue filter and the outstanding amount; row actions', async ({ page, request }) => {
  const draft = await createInvoice(request, { status: 'draft' });
  const late = await createInvoice(request, { issue_date: '2026-09-01', due_date: '2026-10-01' });
  const current = await createInvoice(request, { due_date: '2099-12-31' });
  await connect(page, `/invoices/${draft.id}`);
  await actions(page).getByRole('button', { name: 'Delete draft…' }).click();
  await page.getByRole('dialog', { name: 'Delete draft' }).getByRole('button', { name: 'Delete the draft' }).click();
  await expect(page.getByRole('heading', { name: 'Invoices' })).toBeVisible();
  await expect(page.getByRole('link', { name: draft.number, exact: true })).toHaveCount(0);

  await page.getByLabel('Status').selectOption('overdue');
  await expect(page.getByRole('link', { name: late.number, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: current.number, exact: true })).toHaveCount(0);
  await expect(page.getByText(/Overdue: €960\.00/)).toBeVisible();
  await page.getByRole('button', { name: `Mark paid invoice ${late.number} today` }).click();
  await expect(page.getByRole('link', { name: late.number, exact: true })).toHaveCount(0);
  await page.getByLabel('Status').selectOption('unpaid');
  await expect(page.getByText(/Outstanding: €960\.00/)).toBeVisible();

  // The outstanding amount is the filtered view's, over every page, not the page on screen.
  for (let i = 0; i < 25; i += 1) await createInvoice(request, { due_date: '2099-12-31' });
  await page.reload();
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await expect(page.getByText(/Outstanding: €24,960\.00/)).toBeVisible();

  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByRole('link', { name: current.number, exact: true }).click();
  await actions(page).getByRole('button', { name: 'Cancel invoice…' }).click();
  await page.getByRole('dialog', { name: 'Cancel invoice' }).getByRole('button', { name: 'Cancel the invoice' }).click();
  await expect(page.getByText('Canceled', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
