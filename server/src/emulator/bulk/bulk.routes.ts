import { createHash } from 'node:crypto';
import { detectFileType, fileNameProblem, organizationProfile, qontoError, qontoLimits, type QontoError } from '@composer/shared';
import { Hono } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { newUuid } from '../../lib/random-id.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import { publicInvoiceUrl } from '../client-invoices/public-invoice-url.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore } from '../emulator-store.ts';
import { readMultipartFiles, type ReceivedFile } from '../uploads/read-multipart-files.ts';
import { importedInvoice } from './imported-invoice.ts';
import { readImportedEInvoice } from './read-imported-einvoice.ts';

const field = 'client_invoices';
const pointer = (index?: number) => `/data/attributes/${field}${index === undefined ? '' : `/${index}`}`;

function fileErrors(files: ReceivedFile[]): QontoError[] {
  return files.flatMap((file, index) => {
    if (file.tooLarge) {
      return [
        qontoError(422, {
          code: 'invalid',
          detail: `${file.filename} exceeds 5 MB (5,000,000 bytes).`,
          pointer: pointer(index),
          validationParam: '5MB',
        }),
      ];
    }
    const type = detectFileType(file.bytes);
    if (!type) {
      return [
        qontoError(422, {
          code: 'invalid_format',
          detail: `${file.filename} is not a PDF, JPEG or PNG (checked by its content).`,
          pointer: pointer(index),
        }),
      ];
    }
    const nameProblem = fileNameProblem(file.filename, type);
    return nameProblem ? [qontoError(422, { code: 'invalid_format', detail: nameProblem, pointer: pointer(index) })] : [];
  });
}

/** The e-invoice's own number, else the file's name; a number already taken gets a suffix. */
function importNumber(wanted: string, store: EmulatorStore): string {
  const base = (wanted.trim() || 'imported').slice(0, 32);
  let candidate = base;
  for (let n = 2; store.invoiceNumbers.has(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}

/** `POST /v2/client_invoices/bulk`: 1–5 files, all-or-nothing, idempotent by file content, refused in Italy. */
export function bulkRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.post('/v2/client_invoices/bulk', requireScope(store, options, 'client_invoice.write'), async (c) => {
    if (!organizationProfile(store.organization).bulkImport) {
      throw new ApiProblem(
        403,
        { code: 'forbidden', detail: 'Bulk import is not available to Italian organizations.' },
        { Connection: 'close' },
      );
    }
    const body = await readMultipartFiles(c.req.raw, {
      field,
      maxFiles: qontoLimits.bulkMaxFiles,
      maxFileBytes: qontoLimits.bulkMaxFileBytes,
      maxRequestBytes: qontoLimits.bulkMaxRequestBytes,
    });
    if (body.unexpectedParts.length > 0) {
      throw new ApiProblem(422, {
        code: 'invalid',
        detail: `Unknown part \`${body.unexpectedParts[0]}\`: send each file as \`${field}\`.`,
        pointer: pointer(),
      });
    }
    if (body.files.length === 0)
      throw new ApiProblem(422, { code: 'missing_field', detail: 'Send 1 to 5 files as `client_invoices`.', pointer: pointer() });
    if (body.tooManyFiles) {
      throw new ApiProblem(422, { code: 'invalid', detail: 'At most 5 files per request.', pointer: pointer(), validationParam: '5' });
    }
    const errors = fileErrors(body.files);
    if (errors.length > 0) throw new ApiProblem(422, errors);

    // Read before anything is stored, so that what follows runs at once: two requests carrying the same
    // file never both pass the duplicate check.
    const readings = await Promise.all(body.files.map((file) => readImportedEInvoice(file.bytes, detectFileType(file.bytes)!)));
    const createdAt = new Date().toISOString();
    const results = body.files.map((file, index) => {
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      const existing = store.importsBySha256.get(sha256);
      if (existing) return { invoice_id: existing, file_name: file.filename };
      const einvoice = readings[index];
      const id = newUuid();
      const number = importNumber(einvoice?.number ?? file.filename.replace(/\.[^.]*$/, ''), store);
      const invoice = importedInvoice({
        id,
        number,
        fileName: file.filename,
        contentType: detectFileType(file.bytes)!,
        bytes: file.bytes,
        organization: store.organization,
        invoiceUrl: publicInvoiceUrl(options.publicUrl, id),
        createdAt,
        einvoice,
        clients: store.clients.values(),
      });
      store.invoices.set(id, invoice);
      store.invoiceNumbers.add(number);
      store.importsBySha256.set(sha256, id);
      store.counters.importedFiles += 1;
      return { invoice_id: id, file_name: file.filename };
    });
    return c.json({ client_invoices: results }, 200);
  });

  app.get('/_files/imports/:id/:name', (c) => {
    const file = store.invoices.get(c.req.param('id'))?.file;
    if (!file) throw new ApiProblem(404, { code: 'not_found', detail: 'No such file.' });
    return c.body(new Uint8Array(file.bytes), 200, { 'Content-Type': file.contentType, 'Content-Disposition': 'inline' });
  });

  return app;
}
