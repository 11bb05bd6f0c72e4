import { randomBytes } from 'node:crypto';
import { qontoError } from '@composer/shared';
import { Hono } from 'hono';
import { ApiProblem, problemResponse } from '../lib/error-response.ts';
import { oauthRoutes } from './auth/oauth.routes.ts';
import { bulkRoutes } from './bulk/bulk.routes.ts';
import { attachmentsRoutes } from './attachments/attachments.routes.ts';
import { clientInvoicesRoutes } from './client-invoices/client-invoices.routes.ts';
import { invoiceLifecycleRoutes } from './client-invoices/invoice-lifecycle.routes.ts';
import { sendInvoiceRoutes } from './client-invoices/send-invoice.routes.ts';
import { creditNotesRoutes } from './credit-notes/credit-notes.routes.ts';
import { clientsRoutes } from './clients/clients.routes.ts';
import { productsRoutes } from './products/products.routes.ts';
import { contractCheckMiddleware } from './control/contract-check.middleware.ts';
import { controlRoutes } from './control/control.routes.ts';
import { faultsMiddleware } from './control/faults.middleware.ts';
import type { EmulatorEnv } from './emulator-env.ts';
import type { EmulatorOptions } from './emulator-options.ts';
import { createEmulatorStore, type EmulatorStore } from './emulator-store.ts';
import { organizationRoutes } from './organization/organization.routes.ts';
import { uploadsRoutes } from './uploads/uploads.routes.ts';

export interface EmulatorApp {
  app: Hono<EmulatorEnv>;
  store: EmulatorStore;
}

/** The local Qonto: its API, its OAuth server, public invoice pages, and a control API for tests. */
export function createEmulatorApp(options: EmulatorOptions): EmulatorApp {
  const store = createEmulatorStore(options.settings);
  const app = new Hono<EmulatorEnv>();

  app.use('*', async function traceId(c, next) {
    const id = randomBytes(16).toString('hex');
    c.set('traceId', id);
    c.header('X-Tyk-Trace-Id', id);
    if (c.req.path.startsWith('/v2/')) store.counters.apiRequests += 1;
    await next();
  });
  if (options.contractCheck) app.use('/v2/*', contractCheckMiddleware(options.contractCheck));
  app.route('/', controlRoutes(store, options.settings, options.publicUrl));
  app.use('*', faultsMiddleware(store));
  app.route('/', oauthRoutes(store, options));
  app.route('/', organizationRoutes(store, options));
  app.route('/', clientsRoutes(store, options));
  app.route('/', productsRoutes(store, options));
  app.route('/', uploadsRoutes(store, options));
  app.route('/', bulkRoutes(store, options));
  app.route('/', clientInvoicesRoutes(store, options));
  app.route('/', invoiceLifecycleRoutes(store, options));
  app.route('/', sendInvoiceRoutes(store, options));
  app.route('/', creditNotesRoutes(store, options));
  app.route('/', attachmentsRoutes(store, options));

  app.notFound((c) =>
    problemResponse(c, new ApiProblem(404, { code: 'not_found', detail: `No route for ${c.req.method} ${c.req.path}.` }), c.get('traceId')),
  );
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error, c.get('traceId'));
    console.error('[emulator] unexpected error', error);
    return problemResponse(
      c,
      new ApiProblem(500, [qontoError(500, { code: 'internal_server_error', detail: 'The emulator failed unexpectedly.' })]),
      c.get('traceId'),
    );
  });
  return { app, store };
}
