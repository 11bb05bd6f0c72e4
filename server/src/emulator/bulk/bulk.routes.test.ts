import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../../testing/emulator-harness.ts';
import { frenchInvoice, jsonPost } from '../../testing/invoice-payloads.ts';
import { makePdf, multipart, pngBytes } from '../../testing/test-files.ts';

describe('bulk import', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  beforeEach(() => emulator.reset());
  after(() => emulator.close());

  const bulk = (files: { name: string; bytes: Buffer }[]) =>
    emulator.api('/v2/client_invoices/bulk', { method: 'POST', body: multipart('client_invoices', files) });

  it('imports 1 to 5 files and lists them only with exclude_imported=false', async () => {
    const files = [1, 2, 3, 4, 5].map((n) => ({ name: `invoice-${n}.pdf`, bytes: makePdf(`invoice ${n}`) }));
    const imported = await bulk(files);
    assert.equal(imported.status, 200);
    assert.deepEqual(
      imported.body.client_invoices.map((row: { file_name: string }) => row.file_name),
      files.map((file) => file.name),
    );
    const hidden = await emulator.api('/v2/client_invoices');
    assert.equal(hidden.body.client_invoices.length, 0);
    const shown = await emulator.api('/v2/client_invoices?exclude_imported=false');
    assert.equal(shown.body.client_invoices.length, 5);
    const ids = new Set(imported.body.client_invoices.map((row: { invoice_id: string }) => row.invoice_id));
    assert.ok(shown.body.client_invoices.every((invoice: { id: string }) => ids.has(invoice.id)));
  });

  it('reads an embedded Factur-X as Qonto does: number, dates, amounts and the known client', async () => {
    const draft = (await emulator.api('/v2/client_invoices', jsonPost(frenchInvoice({ status: 'draft' })))).body.client_invoice;
    const issued = (await emulator.api(`/v2/client_invoices/${draft.id}/finalize`, { method: 'POST' })).body.client_invoice;
    const attachment = (await emulator.api(`/v2/attachments/${issued.attachment_id}`)).body.attachment;
    const pdf = Buffer.from(await (await fetch(new URL(attachment.url, emulator.url))).arrayBuffer());
    await emulator.reset();

    const imported = await bulk([
      { name: 'scan-0001.pdf', bytes: pdf },
      { name: 'plain.pdf', bytes: makePdf('no e-invoice inside') },
    ]);
    assert.equal(imported.status, 200);
    const [facturx, plain] = await Promise.all(
      imported.body.client_invoices.map(
        async (row: { invoice_id: string }) => (await emulator.api(`/v2/client_invoices/${row.invoice_id}`)).body.client_invoice,
      ),
    );
    assert.deepEqual(
      {
        number: facturx.number,
        issue_date: facturx.issue_date,
        due_date: facturx.due_date,
        total: facturx.total_amount.value,
        vat: facturx.vat_amount.value,
        cents: facturx.total_amount_cents,
        client: facturx.client.id,
      },
      {
        number: issued.number,
        issue_date: issued.issue_date,
        due_date: issued.due_date,
        total: issued.total_amount.value,
        vat: issued.vat_amount.value,
        cents: issued.total_amount_cents,
        client: issued.client.id,
      },
    );
    assert.equal(plain.number, 'plain');
    assert.equal(plain.total_amount.value, '0.00');
  });

  it('is idempotent by content: the same bytes return the same invoice_id', async () => {
    const bytes = makePdf('same content');
    const first = await bulk([{ name: 'a.pdf', bytes }]);
    const again = await bulk([
      { name: 'renamed.pdf', bytes },
      { name: 'new.pdf', bytes: makePdf('other') },
    ]);
    assert.equal(again.body.client_invoices[0].invoice_id, first.body.client_invoices[0].invoice_id);
    assert.notEqual(again.body.client_invoices[1].invoice_id, first.body.client_invoices[0].invoice_id);
    assert.equal((await emulator.state()).counters.importedFiles, 2);
  });

  it('is all-or-nothing: one bad file fails the request and creates nothing', async () => {
    const answer = await bulk([
      { name: 'good.pdf', bytes: makePdf('good') },
      { name: 'bad.pdf', bytes: Buffer.from('text, not a pdf') },
    ]);
    assert.equal(answer.status, 422);
    assert.equal(answer.body.errors[0].source.pointer, '/data/attributes/client_invoices/1');
    assert.equal((await emulator.state()).counters.importedFiles, 0);
  });

  it('refuses more than 5 files, none, and files over 5 MB', async () => {
    const six = await bulk([1, 2, 3, 4, 5, 6].map((n) => ({ name: `${n}.pdf`, bytes: makePdf(`six ${n}`) })));
    assert.equal(six.status, 422);
    assert.equal(six.body.errors[0].meta.validation_param, '5');
    const none = await emulator.api('/v2/client_invoices/bulk', {
      method: 'POST',
      body: multipart('other', [{ name: 'x.png', bytes: pngBytes }]),
    });
    assert.equal(none.status, 422);
    const big = await bulk([{ name: 'big.pdf', bytes: makePdf('big', 5 * 1024 * 1024 + 100) }]);
    assert.equal(big.status, 422);
    assert.equal(big.body.errors[0].meta.validation_param, '5MB');
    assert.equal((await emulator.state()).counters.importedFiles, 0);
  });

  it("refuses a body over 15 MB from its Content-Length, with the reference's 422 on the file field", async () => {
    const files = [1, 2, 3, 4].map((n) => ({ name: `${n}.pdf`, bytes: makePdf(`four ${n}`, 4 * 1024 * 1024) }));
    const answer = await bulk(files);
    assert.equal(answer.status, 422);
    assert.equal(answer.body.errors[0].code, 'invalid');
    assert.equal(answer.body.errors[0].source.pointer, '/data/attributes/client_invoices');
  });

  it('answers 403 to Italian organizations', async () => {
    await emulator.reset({ country: 'IT' });
    const answer = await bulk([{ name: 'a.pdf', bytes: makePdf('italy') }]);
    assert.equal(answer.status, 403);
    assert.equal(answer.body.errors[0].code, 'forbidden');
  });
});
