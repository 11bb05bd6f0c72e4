import { clientCreatePayloadSchema, zodIssuesToQontoErrors } from '@composer/shared';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiProblem } from '../../lib/error-response.ts';
import { paginate } from '../../lib/pagination.ts';
import { newUuid, uuidPattern } from '../../lib/random-id.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore } from '../emulator-store.ts';
import { clientRecordFrom, type ClientRecord } from '../seed/demo-clients.ts';
import { requestTooLarge } from '../uploads/read-multipart-files.ts';

/** Case- and accent-insensitive, as Qonto's `filter[name]` is. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function displayName(client: ClientRecord): string {
  return client.name ?? `${client.first_name ?? ''} ${client.last_name ?? ''}`.trim();
}

const exactFilters = ['email', 'vat_number', 'tax_identification_number'] as const;

export function clientsRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.get('/v2/clients', requireScope(store, options, 'client.read'), (c) => {
    const name = c.req.query('filter[name]');
    if (name !== undefined && fold(name.trim()).length < 2) {
      throw new ApiProblem(400, { code: 'bad_request', detail: '`filter[name]` needs at least 2 characters.', parameter: 'filter[name]' });
    }
    const sortBy = c.req.query('sort_by') ?? 'name:asc';
    const [field, direction] = sortBy.split(':');
    if (!['name', 'created_at'].includes(field ?? '') || !['asc', 'desc'].includes(direction ?? '')) {
      throw new ApiProblem(400, { code: 'bad_request', detail: '`sort_by` is name:asc, name:desc, created_at:asc or created_at:desc.', parameter: 'sort_by' });
    }
    const sign = direction === 'asc' ? 1 : -1;
    const rows = [...store.clients.values()]
      .filter((client) => name === undefined || fold(displayName(client)).includes(fold(name.trim())))
      .filter((client) => exactFilters.every((key) => {
        const wanted = c.req.query(`filter[${key}]`);
        return wanted === undefined || client[key]?.toLowerCase() === wanted.toLowerCase();
      }))
      .sort((a, b) => sign * (field === 'name' ? fold(displayName(a)).localeCompare(fold(displayName(b))) : a.created_at.localeCompare(b.created_at)));
    const { page, meta } = paginate(c, rows);
    return c.json({ clients: page, meta });
  });

  app.get('/v2/clients/:id', requireScope(store, options, 'client.read'), (c) => {
    const id = c.req.param('id');
    const client = uuidPattern.test(id) ? store.clients.get(id.toLowerCase()) : undefined;
    if (!client) throw new ApiProblem(404, { code: 'not_found', detail: 'No client with this id.' });
    return c.json({ client });
  });

  app.post(
    '/v2/clients',
    bodyLimit({ maxSize: 64 * 1024, onError: () => { throw requestTooLarge(64 * 1024); } }),
    requireScope(store, options, 'client.write'),
    async (c) => {
      const body = await readJsonObject(c);
      const parsed = clientCreatePayloadSchema.safeParse(body);
      if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
      const payload = parsed.data;
      if (payload.kind === 'freelancer' && store.organization.legal_country !== 'IT') {
        throw new ApiProblem(422, { code: 'invalid', detail: '`freelancer` clients exist for Italian organizations only.', pointer: '/data/attributes/kind' });
      }
      const { billing_address: address, delivery_address: delivery, ...rest } = payload;
      const client: ClientRecord = {
        ...clientRecordFrom(newUuid(), { ...rest, currency: payload.currency ?? null, locale: payload.locale ?? null, ...(address ? { address: { ...address, province_code: address.province_code ?? null } } : {}) }, new Date().toISOString()),
        delivery_address: delivery ? { ...delivery, province_code: delivery.province_code ?? null } : null,
      };
      store.clients.set(client.id, client);
      store.counters.clientsCreated += 1;
      return c.json({ client }, 201);
    },
  );

  return app;
}
