import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { ApiProblem } from '../../lib/error-response.ts';
import { uuidPattern } from '../../lib/random-id.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import { emulatorNow, type EmulatorStore, type StoredInvoice } from '../emulator-store.ts';
import { invoiceDocument } from './invoice-document.ts';

/** Qonto's attachment links are pre-signed and expire after about 30 minutes. */
const urlLifetimeMs = 30 * 60 * 1000;
const signingKey = randomBytes(32);

function signature(id: string, expires: string): string {
  return createHmac('sha256', signingKey).update(`${id}.${expires}`).digest('base64url');
}

function invoiceOfAttachment(store: EmulatorStore, id: string): StoredInvoice | undefined {
  const invoiceId = uuidPattern.test(id) ? store.attachments.get(id.toLowerCase()) : undefined;
  return invoiceId === undefined ? undefined : store.invoices.get(invoiceId);
}

/** `GET /v2/attachments/{id}` for invoice PDFs, and the short-lived link its `url` points to. */
export function attachmentsRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.get('/v2/attachments/:id', requireScope(store, options, 'attachment.read'), async (c) => {
    const id = c.req.param('id').toLowerCase();
    const invoice = invoiceOfAttachment(store, id);
    if (!invoice) throw new ApiProblem(404, { code: 'not_found', detail: 'No attachment with this id.' });
    const document = await invoiceDocument(store, invoice);
    const expires = String(emulatorNow(store) + urlLifetimeMs);
    const url = `${options.publicUrl}/_files/attachments/${id}/${document.fileName}?expires=${expires}&signature=${signature(id, expires)}`;
    return c.json({
      attachment: {
        id,
        created_at: invoice.record.created_at,
        updated_at: document.updatedAt,
        file_name: document.fileName,
        file_size: String(document.bytes.byteLength),
        file_content_type: 'application/pdf',
        url,
        probative_attachment: { status: 'unavailable' },
      },
    });
  });

  app.get('/_files/attachments/:id/:name', async (c) => {
    const id = c.req.param('id');
    const expires = c.req.query('expires') ?? '';
    const given = Buffer.from(c.req.query('signature') ?? '');
    const expected = Buffer.from(signature(id, expires));
    const invoice = invoiceOfAttachment(store, id);
    if (!invoice || given.length !== expected.length || !timingSafeEqual(given, expected) || Number(expires) < emulatorNow(store)) {
      return c.text('This link has expired or is not valid.', 403);
    }
    const document = await invoiceDocument(store, invoice);
    return c.body(Buffer.from(document.bytes), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${document.fileName}"`,
      'Cache-Control': 'private, no-store',
    });
  });

  return app;
}
