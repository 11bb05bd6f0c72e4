import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { startBffHarness, type BffHarness, qontoApi } from '../testing/bff-harness.ts';
import type { BrowserClient } from '../testing/browser-client.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends exactly what the generator made (no fetch normalisation): raw path, any header, any body. */
function raw(base: string, method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const framed = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers: framed, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const pathTricks = fc.constantFrom(
  '',
  '/',
  '/..',
  '/../..',
  '/%2e%2e',
  '/%2e%2e%2f%2e%2e',
  '/..%2f..%2f_emulator%2fstate',
  '//',
  '/%00',
  '/%252e',
  '/\u00e9',
  '/;x',
  '/?a=b',
  '/%0d%0aSet-Cookie:%20x=1',
  '/' + 'a'.repeat(3000),
);
const ids = fc.oneof(
  fc.constantFrom(
    'not-a-uuid',
    '1',
    '00000000-0000-0000-0000-000000000000',
    'c11e0000-0000-4000-8000-000000000001',
    '../organization',
    '%2e%2e',
  ),
  fc.uuid(),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
);
const resources = fc.constantFrom(
  '/v2/client_invoices',
  '/v2/client_invoices/uploads',
  '/v2/client_invoices/bulk',
  '/v2/clients',
  '/v2/organization',
  '/v2/settings',
  '/v2/transfers',
  '/v1/organization',
  '/v2/client_invoices/{id}',
  '/v2/clients/{id}',
  '/v2/client_invoices/uploads/{id}',
);
const methods = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE');
const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'multipart/form-data',
  'multipart/form-data; boundary=xyz',
  'application/x-www-form-urlencoded',
  'application/xml',
  '',
);
const hostileStrings = fc.oneof(
  fc.string(),
  fc.constantFrom('\u0000', '\r\nX-Injected: 1', '<script>alert(1)</script>', "'; DROP TABLE invoices; --", '{{7*7}}', '\ud800'),
  fc.string({ minLength: 5000, maxLength: 200_000 }),
);
const invoiceLike = fc.record(
  {
    client_id: fc.oneof(hostileStrings, fc.uuid(), fc.integer()),
    issue_date: fc.oneof(hostileStrings, fc.constant('2026-02-30'), fc.constant(20261121)),
    due_date: fc.oneof(hostileStrings, fc.constant('2026-12-21')),
    currency: fc.oneof(hostileStrings, fc.constantFrom('EUR', 'JPY', 'eur')),
    payment_methods: fc.oneof(fc.constant(null), fc.record({ iban: hostileStrings })),
    items: fc.oneof(
      fc.constant([]),
      fc.array(
        fc.dictionary(
          fc.constantFrom('title', 'quantity', 'unit_price', 'vat_rate', 'discount', '__proto__', 'constructor'),
          fc.jsonValue(),
        ),
        { maxLength: 4 },
      ),
    ),
    number: hostileStrings,
  },
  { requiredKeys: [] },
);
const bodies = fc.oneof(
  fc.constant('{"items": ['),
  fc.constant('not json at all'),
  fc.constant('{"__proto__": {"polluted": true}, "items": []}'),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  invoiceLike.map((value) => JSON.stringify(value)),
  fc.constant('--xyz\r\nContent-Disposition: form-data; name="client_invoices"; filename="a.pdf"\r\n\r\n%PDF-1.4 truncated'),
  fc.constant('--xyz\r\nContent-Disposition: form-data; name="client_invoices_upload"\r\n\r\nfield-not-file\r\n--xyz--\r\n'),
  hostileStrings,
);
const queries = fc.dictionary(
  fc.constantFrom('page', 'per_page', 'filter[name]', 'filter[status]', 'exclude_imported', 'sort_by', 'x'),
  fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('-1', '0', '101', '1e3', '%', '\r\n')),
);

const requestArbitrary = fc.record({
  method: methods,
  resource: resources,
  id: ids,
  trick: pathTricks,
  contentType: contentTypes,
  body: bodies,
  query: queries,
  csrf: fc.boolean(),
});

type RequestSpec = typeof requestArbitrary extends fc.Arbitrary<infer T> ? T : never;

function pathOf(spec: RequestSpec): string {
  const resource = String(spec.resource).replace('{id}', String(spec.id));
  const search = new URLSearchParams(spec.query).toString();
  return `${resource}${spec.trick}${search ? `?${search}` : ''}`;
}

function isEnvelope(answer: RawAnswer): boolean {
  try {
    const parsed = JSON.parse(answer.body) as { errors?: { code?: unknown }[] };
    return Array.isArray(parsed.errors) && parsed.errors.length > 0 && typeof parsed.errors[0]?.code === 'string';
  } catch {
    return false;
  }
}

describe('hostile input: at least 1,000 generated malformed requests', () => {
  let h: BffHarness;
  let browser: BrowserClient;
  const tally = { bff: 0, emulator: 0, clientErrors: 0 };
  before(async () => {
    h = await startBffHarness();
    browser = h.browser();
    await browser.connect();
  });
  after(async () => {
    console.log(
      `hostile input: ${tally.bff} requests to the app server, ${tally.emulator} to the emulator, ${tally.clientErrors} answered 4xx`,
    );
    await h.close();
  });

  const check = (answer: RawAnswer, where: string) => {
    assert.ok(answer.status < 500, `${where} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    if (answer.status >= 400) {
      tally.clientErrors += 1;
      const isHtml = String(answer.headers['content-type'] ?? '').includes('text/html');
      assert.ok(isEnvelope(answer) || isHtml, `${where} ${answer.status} is not in the error envelope: ${answer.body.slice(0, 200)}`);
    }
    assert.equal(answer.headers['x-injected'], undefined);
    assert.ok(!String(answer.headers['set-cookie'] ?? '').includes('x=1'));
  };

  it('the app server answers every one with a 4xx envelope (or a normal answer), never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async (spec) => {
        const path = `${qontoApi}${pathOf(spec)}`;
        const headers: Record<string, string> = { cookie: browser.cookieHeader(), origin: h.bff.url };
        if (spec.csrf) headers['x-csrf'] = '1';
        if (spec.contentType) headers['content-type'] = spec.contentType;
        const answer = await raw(h.bff.url, spec.method, path, headers, spec.method === 'GET' ? undefined : spec.body);
        tally.bff += 1;
        check(answer, `${spec.method} ${path.slice(0, 120)}`);
      }),
      { numRuns: 600 },
    );
    assert.equal((await browser.json('/api/session')).body.connected, true);
  });

  it('the emulator answers every one with a 4xx envelope (or a normal answer), never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        requestArbitrary,
        fc.constantFrom('demo-organization:demo-secret-key', 'Bearer nope', 'demo-organization:wrong', ''),
        async (spec, authorization) => {
          const path = pathOf(spec);
          const headers: Record<string, string> = {};
          if (authorization) headers.authorization = authorization;
          if (spec.contentType) headers['content-type'] = spec.contentType;
          const answer = await raw(h.emulator.url, spec.method, path, headers, spec.method === 'GET' ? undefined : spec.body);
          tally.emulator += 1;
          check(answer, `emulator ${spec.method} ${path.slice(0, 120)}`);
        },
      ),
      { numRuns: 600 },
    );
    assert.equal((await h.emulator.api('/v2/settings')).status, 200);
    assert.ok(tally.bff + tally.emulator >= 1000);
  });
});
