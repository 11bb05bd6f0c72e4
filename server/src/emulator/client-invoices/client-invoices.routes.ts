import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiProblem } from '../../lib/error-response.ts';
import { paginate } from '../../lib/pagination.ts';
import { dateTimeQuery, listQuery, singleQuery, within } from '../../lib/query-params.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore, StoredInvoice } from '../emulator-store.ts';
import { requestTooLarge } from '../uploads/read-multipart-files.ts';
import { createClientInvoiceHandler } from './create-client-invoice.handler.ts';
import { revealEinvoicingProgress } from './einvoicing-progress.ts';
import { findInvoice } from './find-invoice.ts';
import { publicInvoicePage } from './public-invoice.page.ts';

const jsonBodyMaxBytes = 1024 * 1024;
const statuses = new Set(['draft', 'unpaid', 'paid', 'canceled']);

function listFilter(c: Context): (invoice: StoredInvoice) => boolean {
  const wanted = listQuery(c, 'filter[status]');
  if (wanted?.some((status) => !statuses.has(status))) {
    throw new ApiProblem(400, {
      code: 'bad_request',
      detail: '`filter[status]` takes draft, unpaid, paid or canceled (comma-separated).',
      parameter: 'filter[status]',
    });
  }
  const excludeImported = singleQuery(c, 'exclude_imported') ?? 'true';
  if (excludeImported !== 'true' && excludeImported !== 'false') {
    throw new ApiProblem(400, { code: 'bad_request', detail: '`exclude_imported` is true or false.', parameter: 'exclude_imported' });
  }
  const created = [dateTimeQuery(c, 'filter[created_at_from]'), dateTimeQuery(c, 'filter[created_at_to]')] as const;
  const updated = [dateTimeQuery(c, 'filter[updated_at_from]'), dateTimeQuery(c, 'filter[updated_at_to]')] as const;
  return (invoice) =>
    (!wanted || wanted.includes(invoice.record.status)) &&
    (excludeImported === 'false' || !invoice.imported) &&
    within(invoice.record.created_at, ...created) &&
    within(invoice.record.updated_at, ...updated);
}

function sorter(sortBy: string | undefined): (a: StoredInvoice, b: StoredInvoice) => number {
  const [field = 'created_at', direction = 'desc'] = (sortBy ?? 'created_at:desc').split(':');
  if (!['created_at', 'issue_date', 'due_date', 'number'].includes(field) || !['asc', 'desc'].includes(direction)) {
    throw new ApiProblem(400, {
      code: 'bad_request',
      detail: '`sort_by` is field:asc or field:desc (created_at, issue_date, due_date, number).',
      parameter: 'sort_by',
    });
  }
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => sign * String(a.record[field] ?? '').localeCompare(String(b.record[field] ?? ''));
}

export function clientInvoicesRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.post(
    '/v2/client_invoices',
    bodyLimit({
      maxSize: jsonBodyMaxBytes,
      onError: () => {
        throw requestTooLarge(jsonBodyMaxBytes);
      },
    }),
    requireScope(store, options, 'client_invoice.write'),
    createClientInvoiceHandler(store, options),
  );

  app.get('/v2/client_invoices', requireScope(store, options, 'client_invoices.read'), (c) => {
    const keep = listFilter(c);
    const order = sorter(singleQuery(c, 'sort_by'));
    // Insertion order breaks ties, newest first, so invoices created in the same millisecond stay ordered.
    const rows = [...store.invoices.values()].reverse().filter(keep).sort(order);
    const { page, meta } = paginate(c, rows);
    for (const invoice of page) revealEinvoicingProgress(store, invoice);
    return c.json({ client_invoices: page.map((invoice) => invoice.record), meta });
  });

  app.get('/v2/client_invoices/:id', requireScope(store, options, 'client_invoices.read'), (c) => {
    const invoice = findInvoice(store, c.req.param('id'));
    revealEinvoicingProgress(store, invoice);
    return c.json({ client_invoice: invoice.record });
  });

  app.get('/public/invoices/:id', (c) => {
    const invoice = store.invoices.get(c.req.param('id'));
    if (!invoice || invoice.record.status === 'canceled') {
      return c.html(
        '<!doctype html><html lang="en"><head><title>Invoice not found</title></head><body><main><h1>Invoice not found</h1></main></body></html>',
        404,
      );
    }
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
    return c.html(publicInvoicePage(invoice));
  });

  return app;
}
