import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { startEmulatorHarness, type EmulatorHarness } from '../testing/emulator-harness.ts';
import { frenchInvoice } from '../testing/invoice-payloads.ts';

const endpoints = [
  ['POST', '/v2/client_invoices'],
  ['POST', '/v2/clients'],
  ['POST', '/v2/client_invoices/uploads'],
  ['POST', '/v2/client_invoices/bulk'],
  ['GET', '/v2/client_invoices'],
  ['GET', '/v2/clients'],
] as const;

describe('bad input never crashes the emulator', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  after(() => emulator.close());

  const raw = (method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array) =>
    fetch(`${emulator.url}${path}`, {
      method,
      headers: { authorization: 'demo-organization:demo-secret-key', ...headers },
      ...(body === undefined ? {} : { body }),
    });

  it('answers malformed JSON with 400 malformed_json and a wrong content type with 400', async () => {
    const broken = await emulator.api('/v2/client_invoices', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"items": [',
    });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.errors[0].code, 'malformed_json');
    const wrongType = await emulator.api('/v2/client_invoices', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(frenchInvoice()),
    });
    assert.equal(wrongType.status, 400);
    assert.equal(wrongType.body.errors[0].code, 'invalid_request_format');
    const array = await emulator.api('/v2/client_invoices', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[1,2]',
    });
    assert.equal(array.status, 400);
  });

  it('refuses an oversized JSON body early with 413', async () => {
    const huge = await raw(
      'POST',
      '/v2/client_invoices',
      { 'content-type': 'application/json' },
      JSON.stringify({ header: 'x'.repeat(2 * 1024 * 1024) }),
    );
    assert.equal(huge.status, 413);
    assert.equal(((await huge.json()) as { errors: { code: string }[] }).errors[0]!.code, 'request_entity_too_large');
  });

  it('answers a truncated multipart body with 400', async () => {
    const body =
      '--XYZ\r\nContent-Disposition: form-data; name="client_invoices"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 trunc';
    const answer = await raw('POST', '/v2/client_invoices/bulk', { 'content-type': 'multipart/form-data; boundary=XYZ' }, body);
    assert.equal(answer.status, 400);
  });

  it('answers unknown paths with 404 in the envelope', async () => {
    const answer = await emulator.api('/v2/transfers');
    assert.equal(answer.status, 404);
    assert.equal(answer.body.errors[0].code, 'not_found');
  });

  it('answers arbitrary bodies, content types and query strings with a 4xx envelope, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.constant('{"client_id":null}'),
        ),
        fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=abc', 'application/x-www-form-urlencoded', ''),
        fc.dictionary(
          fc.constantFrom('page', 'per_page', 'filter[name]', 'filter[status]', 'exclude_imported', 'sort_by'),
          fc.string({ maxLength: 12 }),
        ),
        async ([method, path], body, contentType, query) => {
          const search = new URLSearchParams(query).toString();
          const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
          const response = await raw(method, `${path}${search ? `?${search}` : ''}`, headers, method === 'POST' ? body : undefined);
          const text = await response.text();
          if (response.status >= 500) return false;
          if (response.status >= 400) {
            const parsed = JSON.parse(text);
            return Array.isArray(parsed.errors) && parsed.errors.length > 0 && typeof parsed.errors[0].code === 'string';
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
    assert.equal((await emulator.api('/v2/settings')).status, 200);
  });
});
