import { randomBytes } from 'node:crypto';
import { qontoError } from '@composer/shared';
import { Hono, type Context } from 'hono';
import { config, locales } from 'zod/mini';
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
import type { EmulatorStore } from './emulator-store.ts';
import { createEmulatorOrganizations, type EmulatorOrganizations } from './organizations/emulator-organizations.ts';
import { organizationForRequest, organizationHeader } from './organizations/organization-for-request.ts';
import { userOrganizationsRoutes } from './organizations/user-organizations.routes.ts';
import { organizationRoutes } from './organization/organization.routes.ts';
import { uploadsRoutes } from './uploads/uploads.routes.ts';

// The shared schemas use zod/mini, which loads no messages: the emulator words its errors in Qonto's English.
config(locales.en());

export interface EmulatorApp {
  app: Hono<EmulatorEnv>;
  /** The primary organization's data (the chosen country's): what the API key opens. */
  store: EmulatorStore;
  organizations: EmulatorOrganizations;
}

function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

function answerProblems(app: Hono<EmulatorEnv>): void {
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
}

/** One organization's API, public pages and files, on its own data. */
function organizationApp(store: EmulatorStore, options: EmulatorOptions): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  app.use('*', async function inheritTraceId(c, next) {
    const id = c.env.traceId ?? newTraceId();
    c.set('traceId', id);
    c.header('X-Tyk-Trace-Id', id);
    await next();
  });
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
  answerProblems(app);
  return app;
}

/**
 * The local Qonto: its API, its OAuth server, public invoice pages, and a control API for tests. The
 * demo user has several organizations; each call is handed to the one its credentials (and, in the user
 * flow, its `X-Qonto-Organization-Id`) name.
 */
export function createEmulatorApp(options: EmulatorOptions): EmulatorApp {
  const organizations = createEmulatorOrganizations(options.settings);
  const apps = new Map(organizations.all.map((store) => [store, organizationApp(store, options)]));
  const app = new Hono<EmulatorEnv>();

  app.use('*', async function traceId(c, next) {
    const id = newTraceId();
    c.set('traceId', id);
    c.header('X-Tyk-Trace-Id', id);
    if (c.req.path.startsWith('/v2/')) organizations.shared.counters.apiRequests += 1;
    await next();
  });
  if (options.contractCheck) app.use('/v2/*', contractCheckMiddleware(options.contractCheck));
  app.route('/', controlRoutes(organizations, options.settings, options.publicUrl));
  app.use('*', faultsMiddleware(organizations.shared));
  app.route('/', oauthRoutes(organizations, options));
  app.route('/', userOrganizationsRoutes(organizations, options));
  const handOver = (c: Context<EmulatorEnv>, store: EmulatorStore) =>
    apps.get(store)!.fetch(c.req.raw, { ...c.env, traceId: c.get('traceId') });
  app.all('/v2/*', (c) =>
    handOver(c, organizationForRequest(organizations, c.req.header('authorization'), c.req.header(organizationHeader))),
  );
  // Public invoice pages and file links carry no credentials: the organization holding the id answers.
  app.get('*', async (c) => {
    for (const store of organizations.all) {
      const response = await handOver(c, store);
      if (response.status !== 404 || store === organizations.all.at(-1)) return response;
      await response.body?.cancel();
    }
    return c.notFound();
  });
  answerProblems(app);
  return { app, store: organizations.primary, organizations };
}
