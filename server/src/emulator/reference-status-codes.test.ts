import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../testing/emulator-harness.ts';
import { frenchInvoice, jsonPost } from '../testing/invoice-payloads.ts';
import { connect } from '../testing/oauth-client-steps.ts';
import { makePdf, multipart } from '../testing/test-files.ts';

/** Every status code Qonto's reference lists for the four operations, produced for real (500 by a fault rule). */
describe('the four reference operations answer every listed status', () => {
  let emulator: EmulatorHarness;
  let readOnly: string;
  before(async () => {
    emulator = await startEmulatorHarness();
    readOnly = `Bearer ${(await connect(emulator.url, 'organization.read')).access_token}`;
  });
  after(() => emulator.close());

  const pdfForm = (field: string) => multipart(field, [{ name: 'x.pdf', bytes: makePdf(`status ${Math.random()}`) }]);

  it('create_client_invoice_upload: 201 400 401 403 422 500', async () => {
    const path = '/v2/client_invoices/uploads';
    const seen = [
      (await emulator.api(path, { method: 'POST', body: pdfForm('client_invoices_upload') })).status,
      (await emulator.api(path, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status,
      (await emulator.api(path, { method: 'POST', body: pdfForm('client_invoices_upload'), auth: null })).status,
      (await emulator.api(path, { method: 'POST', body: pdfForm('client_invoices_upload'), auth: readOnly })).status,
      (
        await emulator.api(path, {
          method: 'POST',
          body: multipart('client_invoices_upload', [{ name: 'x.pdf', bytes: Buffer.from('nope') }]),
        })
      ).status,
    ];
    await emulator.faults({ method: 'POST', path, status: 500 });
    seen.push((await emulator.api(path, { method: 'POST', body: pdfForm('client_invoices_upload') })).status);
    assert.deepEqual(seen, [201, 400, 401, 403, 422, 500]);
  });

  it('get_client_invoice_upload: 200 401 403 404 500', async () => {
    const created = await emulator.api('/v2/client_invoices/uploads', { method: 'POST', body: pdfForm('client_invoices_upload') });
    const path = `/v2/client_invoices/uploads/${created.body.data.id}`;
    const seen = [
      (await emulator.api(path)).status,
      (await emulator.api(path, { auth: null })).status,
      (await emulator.api(path, { auth: readOnly })).status,
      (await emulator.api('/v2/client_invoices/uploads/1f000000-0000-4000-8000-000000000000')).status,
    ];
    await emulator.faults({ method: 'GET', path, status: 500 });
    seen.push((await emulator.api(path)).status);
    assert.deepEqual(seen, [200, 401, 403, 404, 500]);
  });

  it('bulk_import_client_invoices: 200 400 401 403 422 500', async () => {
    const path = '/v2/client_invoices/bulk';
    const seen = [
      (await emulator.api(path, { method: 'POST', body: pdfForm('client_invoices') })).status,
      (await emulator.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
      (await emulator.api(path, { method: 'POST', body: pdfForm('client_invoices'), auth: null })).status,
      (await emulator.api(path, { method: 'POST', body: pdfForm('client_invoices'), auth: readOnly })).status,
      (await emulator.api(path, { method: 'POST', body: multipart('client_invoices', [{ name: 'x.pdf', bytes: Buffer.from('nope') }]) }))
        .status,
    ];
    await emulator.faults({ method: 'POST', path, status: 500 });
    seen.push((await emulator.api(path, { method: 'POST', body: pdfForm('client_invoices') })).status);
    assert.deepEqual(seen, [200, 400, 401, 403, 422, 500]);
  });

  it('create_client_invoice: 201 400 401 403 409 422 500', async () => {
    const path = '/v2/client_invoices';
    const seen = [
      (await emulator.api(path, jsonPost(frenchInvoice({ number: 'REF-1' })))).status,
      (await emulator.api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"client_id":' })).status,
      (await emulator.api(path, { ...jsonPost(frenchInvoice()), auth: null })).status,
      (await emulator.api(path, { ...jsonPost(frenchInvoice()), auth: readOnly })).status,
      (await emulator.api(path, jsonPost(frenchInvoice({ number: 'REF-1' })))).status,
      (await emulator.api(path, jsonPost(frenchInvoice({ items: [] })))).status,
    ];
    await emulator.faults({ method: 'POST', path, status: 500 });
    seen.push((await emulator.api(path, jsonPost(frenchInvoice()))).status);
    assert.deepEqual(seen, [201, 400, 401, 403, 409, 422, 500]);
  });
});
