import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from '../../testing/emulator-harness.ts';
import { jpegBytes, makePdf, multipart, pngBytes } from '../../testing/test-files.ts';

describe('client invoice uploads', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  after(() => emulator.close());

  const upload = (form: FormData, auth?: string | null) =>
    emulator.api('/v2/client_invoices/uploads', { method: 'POST', body: form, ...(auth === undefined ? {} : { auth }) });
  const uploadRaw = (contentType: string, body: string) =>
    emulator.api('/v2/client_invoices/uploads', { method: 'POST', headers: { 'content-type': contentType }, body });

  it('post /v2/client_invoices/uploads stores a PDF and its url downloads the same bytes', async () => {
    const pdf = makePdf('upload me');
    const created = await upload(multipart('client_invoices_upload', [{ name: 'facture été.pdf', bytes: pdf }]));
    assert.equal(created.status, 201);
    assert.equal(created.body.data.type, 'client_invoices_upload');
    assert.equal(created.body.data.attributes.filename, 'facture été.pdf');
    assert.equal(created.body.data.attributes.content_type, 'application/pdf');
    assert.equal(created.body.data.attributes.file_size, pdf.length);
    const download = await fetch(created.body.data.attributes.url);
    assert.equal(download.status, 200);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf);
  });

  it('recognises the type by content, and refuses a name that belies it', async () => {
    const png = await upload(multipart('client_invoices_upload', [{ name: 'scan.png', bytes: pngBytes, type: 'application/pdf' }]));
    assert.equal(png.body.data.attributes.content_type, 'image/png');
    const jpeg = await upload(multipart('client_invoices_upload', [{ name: 'photo.jpg', bytes: jpegBytes }]));
    assert.equal(jpeg.body.data.attributes.content_type, 'image/jpeg');
    const misnamed = await upload(multipart('client_invoices_upload', [{ name: 'photo.png', bytes: jpegBytes }]));
    assert.equal(misnamed.status, 422);
    assert.equal(misnamed.body.errors[0].code, 'invalid_format');
    const text = await upload(multipart('client_invoices_upload', [{ name: 'invoice.pdf', bytes: Buffer.from('just text') }]));
    assert.equal(text.status, 422);
    assert.equal(text.body.errors[0].code, 'invalid_format');
    assert.equal(text.body.errors[0].source.pointer, '/data/attributes/client_invoices_upload');
  });

  it('requires the client_invoices_upload field and one file only', async () => {
    const wrongField = await upload(multipart('file', [{ name: 'a.pdf', bytes: makePdf('a') }]));
    assert.equal(wrongField.status, 422);
    const empty = await emulator.api('/v2/client_invoices/uploads', { method: 'POST', body: new FormData() });
    assert.equal(empty.status, 422);
    assert.equal(empty.body.errors[0].code, 'missing_field');
    const two = await upload(
      multipart('client_invoices_upload', [
        { name: 'a.pdf', bytes: makePdf('a') },
        { name: 'b.pdf', bytes: makePdf('b') },
      ]),
    );
    assert.equal(two.status, 422);
  });

  it('a body cut off inside a file part of another name is a 400, and the emulator keeps serving', async () => {
    // busboy errors that part's stream at the cut: with no listener, the error used to crash the process.
    const cut = await uploadRaw(
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="other"; filename="a.pdf"\r\n\r\n%PDF-1.4 truncated',
    );
    assert.equal(cut.status, 400);
    assert.equal(cut.body.errors[0].code, 'bad_request');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal((await emulator.api('/v2/settings')).status, 200);
  });

  it('refuses a file over 15 MB and a body that is not multipart', async () => {
    const big = await upload(multipart('client_invoices_upload', [{ name: 'big.pdf', bytes: makePdf('big', 15_000_010) }]));
    assert.equal(big.status, 422);
    assert.equal(big.body.errors[0].meta.validation_param, '15MB');
    const json = await uploadRaw('application/json', '{}');
    assert.equal(json.status, 400);
    assert.equal(json.body.errors[0].code, 'invalid_request_format');
  });

  it('get /v2/client_invoices/uploads/{id} returns the upload, 404 for unknown or non-UUID ids', async () => {
    const created = await upload(multipart('client_invoices_upload', [{ name: 'x.pdf', bytes: makePdf('x') }]));
    const fetched = await emulator.api(`/v2/client_invoices/uploads/${created.body.data.id}`);
    assert.equal(fetched.status, 200);
    assert.deepEqual(fetched.body, created.body);
    assert.equal((await emulator.api('/v2/client_invoices/uploads/2c4a1f3e-0000-4000-8000-000000000000')).status, 404);
    assert.equal((await emulator.api('/v2/client_invoices/uploads/not-a-uuid')).status, 404);
  });

  it('needs credentials: 401 without, 401 with a wrong API key', async () => {
    assert.equal((await upload(multipart('client_invoices_upload', [{ name: 'a.pdf', bytes: makePdf('a') }]), null)).status, 401);
    const wrong = await emulator.api('/v2/client_invoices/uploads/2c4a1f3e-0000-4000-8000-000000000000', {
      auth: 'demo-organization:wrong',
    });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.errors[0].code, 'unauthorized');
  });
});
