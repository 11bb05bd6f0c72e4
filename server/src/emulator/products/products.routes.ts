import { checkProductInContext, organizationProfile, productCreatePayloadSchema, zodIssuesToQontoErrors } from '@composer/shared';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiProblem } from '../../lib/error-response.ts';
import { paginate } from '../../lib/pagination.ts';
import { singleQuery } from '../../lib/query-params.ts';
import { newUuid, uuidPattern } from '../../lib/random-id.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore } from '../emulator-store.ts';
import { productRecord, type ProductRecord } from '../seed/demo-products.ts';
import { requestTooLarge } from '../uploads/read-multipart-files.ts';

const sortOrders: Record<string, (a: ProductRecord, b: ProductRecord) => number> = {
  'title:asc': (a, b) => a.title.localeCompare(b.title),
  'title:desc': (a, b) => b.title.localeCompare(a.title),
  'created_at:asc': (a, b) => a.created_at.localeCompare(b.created_at),
  'created_at:desc': (a, b) => b.created_at.localeCompare(a.created_at),
};

/** Qonto's product catalogue: list (sorted, filtered by type, paginated), retrieve, create. */
export function productsRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.get('/v2/products', requireScope(store, options, 'product.read'), (c) => {
    const sortBy = singleQuery(c, 'sort_by') ?? 'title:asc';
    const order = sortOrders[sortBy];
    if (!order) {
      throw new ApiProblem(400, {
        code: 'bad_request',
        detail: '`sort_by` is title:asc, title:desc, created_at:asc or created_at:desc.',
        parameter: 'sort_by',
      });
    }
    const type = singleQuery(c, 'filter[type]');
    if (type !== undefined && type !== 'good' && type !== 'service') {
      throw new ApiProblem(400, { code: 'bad_request', detail: '`filter[type]` is good or service.', parameter: 'filter[type]' });
    }
    const rows = [...store.products.values()].filter((product) => type === undefined || product.type === type).sort(order);
    const { page, meta } = paginate(c, rows);
    return c.json({ products: page, meta });
  });

  app.get('/v2/products/:id', requireScope(store, options, 'product.read'), (c) => {
    const id = c.req.param('id');
    const product = uuidPattern.test(id) ? store.products.get(id.toLowerCase()) : undefined;
    if (!product) throw new ApiProblem(404, { code: 'not_found', detail: 'No product with this id.' });
    return c.json({ product });
  });

  app.post(
    '/v2/products',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: () => {
        throw requestTooLarge(64 * 1024);
      },
    }),
    requireScope(store, options, 'product.write'),
    async (c) => {
      const body = await readJsonObject(c);
      const parsed = productCreatePayloadSchema.safeParse(body);
      if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
      const payload = parsed.data;
      const errors = checkProductInContext(payload, organizationProfile(store.organization));
      if (errors.length > 0) throw new ApiProblem(422, errors);
      const product = {
        ...productRecord(
          newUuid(),
          [
            payload.title,
            payload.type,
            payload.unit_price.value,
            payload.vat_rate,
            payload.unit ?? null,
            payload.description ?? null,
            payload.vat_exemption_code,
          ],
          new Date().toISOString(),
        ),
        internal_note: payload.internal_note ?? null,
        links: payload.links ?? [],
      };
      store.products.set(product.id, product);
      store.counters.productsCreated += 1;
      return c.json({ product }, 201);
    },
  );

  return app;
}
