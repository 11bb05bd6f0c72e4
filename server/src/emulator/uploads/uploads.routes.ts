import { detectFileType, fileNameProblem, qontoLimits } from '@composer/shared';
import { Hono } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { newUuid, uuidPattern } from '../../lib/random-id.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore, StoredUpload } from '../emulator-store.ts';
import { readMultipartFiles } from './read-multipart-files.ts';
import { uploadFileUrl } from './stored-file-url.ts';

const field = 'client_invoices_upload';
const pointer = `/data/attributes/${field}`;
const multipartOverhead = 64 * 1024;

function uploadResource(upload: StoredUpload, store: EmulatorStore, publicUrl: string) {
  return {
    data: {
      type: 'client_invoices_upload',
      id: upload.id,
      attributes: {
        id: upload.id,
        organization_id: store.organization.id,
        filename: upload.filename,
        content_type: upload.contentType,
        file_size: upload.bytes.length,
        url: uploadFileUrl(publicUrl, upload.id, upload.filename),
        created_at: upload.createdAt,
        updated_at: upload.createdAt,
      },
    },
  };
}

export function uploadsRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.post('/v2/client_invoices/uploads', requireScope(store, options, 'client_invoice.write'), async (c) => {
    const body = await readMultipartFiles(c.req.raw, {
      field,
      maxFiles: 1,
      maxFileBytes: qontoLimits.uploadMaxFileBytes,
      maxRequestBytes: qontoLimits.uploadMaxFileBytes + multipartOverhead,
    });
    if (body.unexpectedParts.length > 0) {
      throw new ApiProblem(422, {
        code: 'invalid',
        detail: `Unknown part \`${body.unexpectedParts[0]}\`: send the file as \`${field}\`.`,
        pointer,
      });
    }
    const [file] = body.files;
    if (!file) throw new ApiProblem(422, { code: 'missing_field', detail: `\`${field}\` is required.`, pointer });
    if (body.tooManyFiles)
      throw new ApiProblem(422, { code: 'invalid', detail: 'Send one file per upload.', pointer, validationParam: '1' });
    if (file.tooLarge)
      throw new ApiProblem(422, {
        code: 'invalid',
        detail: 'The file exceeds 15 MB (15,000,000 bytes).',
        pointer,
        validationParam: '15MB',
      });
    const contentType = detectFileType(file.bytes);
    if (!contentType) {
      throw new ApiProblem(422, {
        code: 'invalid_format',
        detail: 'The file is not a PDF, JPEG or PNG (checked by its content).',
        pointer,
      });
    }
    const nameProblem = fileNameProblem(file.filename, contentType);
    if (nameProblem) throw new ApiProblem(422, { code: 'invalid_format', detail: nameProblem, pointer });
    const upload: StoredUpload = {
      id: newUuid(),
      filename: file.filename,
      contentType,
      bytes: file.bytes,
      createdAt: new Date().toISOString(),
    };
    store.uploads.set(upload.id, upload);
    store.counters.uploads += 1;
    return c.json(uploadResource(upload, store, options.publicUrl), 201);
  });

  app.get('/v2/client_invoices/uploads/:id', requireScope(store, options, 'client_invoices.read'), (c) => {
    const id = c.req.param('id');
    const upload = uuidPattern.test(id) ? store.uploads.get(id.toLowerCase()) : undefined;
    if (!upload) throw new ApiProblem(404, { code: 'not_found', detail: 'No upload with this id.' });
    return c.json(uploadResource(upload, store, options.publicUrl));
  });

  app.get('/_files/uploads/:id/:name', (c) => {
    const upload = store.uploads.get(c.req.param('id'));
    if (!upload) throw new ApiProblem(404, { code: 'not_found', detail: 'No such file.' });
    return c.body(new Uint8Array(upload.bytes), 200, { 'Content-Type': upload.contentType, 'Content-Disposition': 'inline' });
  });

  return app;
}
