import {
  billingAddressOf,
  clientCreatePayloadSchema,
  clientUpdatePayloadSchema,
  organizationProfile,
  zodIssuesToQontoErrors,
} from '@composer/shared';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiProblem } from '../../lib/error-response.ts';
import { paginate } from '../../lib/pagination.ts';
import { dateTimeQuery, singleQuery, within } from '../../lib/query-params.ts';
import { newUuid, uuidPattern } from '../../lib/random-id.ts';
import { readJsonObject } from '../../lib/read-json-body.ts';
import { requireScope } from '../auth/require-scope.middleware.ts';
import type { EmulatorEnv } from '../emulator-env.ts';
import type { EmulatorOptions } from '../emulator-options.ts';
import type { EmulatorStore } from '../emulator-store.ts';
import { clientRecordFrom, type ClientRecord, type ClientSeed } from '../seed/demo-clients.ts';
import { requestTooLarge } from '../uploads/read-multipart-files.ts';

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]])) as Partial<Pick<T, K>>;
}

/** Case- and accent-insensitive, as Qonto's `filter[name]` is. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function displayName(client: ClientRecord): string {
  return client.name ?? `${client.first_name ?? ''} ${client.last_name ?? ''}`.trim();
}

/** `filter[updated_at_from]` / `filter[updated_at_to]`: ISO date-times, inclusive. */
function updatedWithin(c: Context<EmulatorEnv>): (client: ClientRecord) => boolean {
  const from = dateTimeQuery(c, 'filter[updated_at_from]');
  const to = dateTimeQuery(c, 'filter[updated_at_to]');
  return (client) => within(client.updated_at, from, to);
}

const exactFilters = ['email', 'vat_number', 'tax_identification_number'] as const;

const contactFields = [
  'name',
  'first_name',
  'last_name',
  'email',
  'vat_number',
  'tax_identification_number',
  'recipient_code',
  'phone',
  'extra_emails',
  'e_invoicing_address',
] as const;

const jsonBodyLimit = bodyLimit({
  maxSize: 64 * 1024,
  onError: () => {
    throw requestTooLarge(64 * 1024);
  },
});

/** A client record as its seed, so an update rebuilds it the way a create builds it. */
function seedOf(client: ClientRecord): ClientSeed {
  const seed: ClientSeed = { kind: client.kind, currency: client.currency, locale: client.locale };
  for (const key of contactFields) if (client[key] !== null) Object.assign(seed, { [key]: client[key] });
  if (client.billing_address) seed.address = client.billing_address;
  if (client.delivery_address) seed.delivery = client.delivery_address;
  seed.e_invoicing_reachable = client.e_invoicing_reachable;
  return seed;
}

export function clientsRoutes(store: EmulatorStore, options: EmulatorOptions) {
  const app = new Hono<EmulatorEnv>();

  app.get('/v2/clients', requireScope(store, options, 'client.read'), (c) => {
    const name = singleQuery(c, 'filter[name]');
    if (name !== undefined && fold(name.trim()).length < 2) {
      throw new ApiProblem(400, { code: 'bad_request', detail: '`filter[name]` needs at least 2 characters.', parameter: 'filter[name]' });
    }
    const sortBy = singleQuery(c, 'sort_by') ?? 'name:asc';
    const [field, direction] = sortBy.split(':');
    if (!['name', 'created_at'].includes(field ?? '') || !['asc', 'desc'].includes(direction ?? '')) {
      throw new ApiProblem(400, {
        code: 'bad_request',
        detail: '`sort_by` is name:asc, name:desc, created_at:asc or created_at:desc.',
        parameter: 'sort_by',
      });
    }
    const sign = direction === 'asc' ? 1 : -1;
    const rows = [...store.clients.values()]
      .filter((client) => name === undefined || fold(displayName(client)).includes(fold(name.trim())))
      .filter((client) =>
        exactFilters.every((key) => {
          const wanted = singleQuery(c, `filter[${key}]`);
          return wanted === undefined || client[key]?.toLowerCase() === wanted.toLowerCase();
        }),
      )
      .filter(updatedWithin(c))
      .sort(
        (a, b) =>
          sign * (field === 'name' ? fold(displayName(a)).localeCompare(fold(displayName(b))) : a.created_at.localeCompare(b.created_at)),
      );
    const { page, meta } = paginate(c, rows);
    return c.json({ clients: page, meta });
  });

  app.get('/v2/clients/:id', requireScope(store, options, 'client.read'), (c) => {
    const id = c.req.param('id');
    const client = uuidPattern.test(id) ? store.clients.get(id.toLowerCase()) : undefined;
    if (!client) throw new ApiProblem(404, { code: 'not_found', detail: 'No client with this id.' });
    return c.json({ client });
  });

  app.post('/v2/clients', jsonBodyLimit, requireScope(store, options, 'client.write'), async (c) => {
    const body = await readJsonObject(c);
    const parsed = clientCreatePayloadSchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
    const payload = parsed.data;
    const kind = (payload.kind ?? payload.type)!;
    if (kind === 'freelancer' && !organizationProfile(store.organization).freelancerClients) {
      throw new ApiProblem(422, {
        code: 'invalid',
        detail: '`freelancer` clients exist for Italian organizations only.',
        pointer: `/data/attributes/${payload.kind ? 'kind' : 'type'}`,
      });
    }
    const address = billingAddressOf(payload);
    const delivery = payload.delivery_address;
    const client = clientRecordFrom(
      newUuid(),
      {
        kind,
        ...pick(payload, contactFields),
        currency: payload.currency ?? null,
        locale: payload.locale?.toLowerCase() ?? null,
        ...(address ? { address: { ...address, province_code: address.province_code ?? null } } : {}),
        ...(delivery ? { delivery: { ...delivery, province_code: delivery.province_code ?? null } } : {}),
      },
      new Date().toISOString(),
    );
    store.clients.set(client.id, client);
    store.counters.clientsCreated += 1;
    return c.json({ client }, 201);
  });

  // The fields sent replace the client's; the others are kept. Qonto's page does not say how a field is
  // cleared, so none can be (a `null` is refused as the create refuses it).
  app.patch('/v2/clients/:id', jsonBodyLimit, requireScope(store, options, 'client.write'), async (c) => {
    const id = c.req.param('id');
    const client = uuidPattern.test(id) ? store.clients.get(id.toLowerCase()) : undefined;
    if (!client) throw new ApiProblem(404, { code: 'not_found', detail: 'No client with this id.' });
    const body = await readJsonObject(c);
    const parsed = clientUpdatePayloadSchema.safeParse(body);
    if (!parsed.success) throw new ApiProblem(422, zodIssuesToQontoErrors(parsed.error, body));
    const payload = parsed.data;
    const seed: ClientSeed = { ...seedOf(client), ...pick(payload, contactFields) };
    if (payload.currency) seed.currency = payload.currency;
    if (payload.locale) seed.locale = payload.locale.toLowerCase();
    const address = billingAddressOf(payload);
    if (address) seed.address = { ...address, province_code: address.province_code ?? null };
    if (payload.delivery_address)
      seed.delivery = { ...payload.delivery_address, province_code: payload.delivery_address.province_code ?? null };
    const updated = { ...clientRecordFrom(client.id, seed, client.created_at), updated_at: new Date().toISOString() };
    store.clients.set(client.id, updated);
    return c.json({ client: updated });
  });

  return app;
}
