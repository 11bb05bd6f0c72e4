import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startBffHarness, type BffHarness, qontoApi } from '../../testing/bff-harness.ts';
import type { BrowserClient } from '../../testing/browser-client.ts';
import { makePdf, multipart } from '../../testing/test-files.ts';

describe('the Qonto proxy', () => {
  let h: BffHarness;
  let browser: BrowserClient;
  before(async () => {
    h = await startBffHarness();
    browser = h.browser();
    await browser.connect();
  });
  beforeEach(() => h.emulator.clearFaults());
  after(() => h.close());

  const apiRequests = async () => (await h.emulator.state()).counters.apiRequests as number;
  const faultsTriggered = async () => (await h.emulator.state()).counters.faultsTriggered as number;

  it('mirrors Qonto paths and shapes for allowed reads, with the query string', async () => {
    const clients = await browser.json(`${qontoApi}/v2/clients?filter%5Bname%5D=durand`);
    assert.equal(clients.status, 200);
    assert.equal(clients.body.clients[0].name, 'Atelier Durand SARL');
    assert.ok(clients.body.meta);
    const one = await browser.json(`${qontoApi}/v2/clients/${clients.body.clients[0].id}`);
    assert.equal(one.body.client.id, clients.body.clients[0].id);
    assert.equal((await browser.json(`${qontoApi}/v2/settings`)).body.numbering_mode, 'manual');
  });

  it('passes upstream errors through with status and body', async () => {
    const missing = await browser.json(`${qontoApi}/v2/clients/00000000-0000-4000-8000-000000000000`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.errors[0].code, 'not_found');
    assert.ok(missing.headers.get('x-tyk-trace-id'));
    const invalid = await browser.json(`${qontoApi}/v2/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"kind":"company"}',
    });
    assert.equal(invalid.status, 422);
    assert.equal(invalid.body.errors[0].source.pointer, '/data/attributes/name');
  });

  it('refuses anything off the allow-list with 404, never forwarding it', async () => {
    const before = await apiRequests();
    const refused = [
      ['GET', `${qontoApi}/v2/transfers`],
      ['GET', `${qontoApi}/v2/clients/not-a-uuid`],
      ['DELETE', `${qontoApi}/v2/clients/c11e0000-0000-4000-8000-000000000001`],
      ['GET', `${qontoApi}/v2/client_invoices/..%2f..%2fv2%2forganization`],
      ['GET', `${qontoApi}/v2/clients/%2e%2e`],
      ['GET', `${qontoApi}/v2/clients/c11e0000-0000-4000-8000-000000000001%2f..`],
      ['GET', `${qontoApi}/v2//organization`],
      ['GET', `${qontoApi}/v1/organization`],
      ['POST', `${qontoApi}/v2/settings`],
    ];
    for (const [method, path] of refused) {
      const answer = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          `${h.bff.url}${path}`,
          { method, headers: { cookie: browser.cookieHeader(), origin: h.bff.url, 'x-csrf': '1' } },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
          },
        );
        req.on('error', reject);
        req.end();
      });
      assert.equal(answer, 404, `${method} ${path}`);
    }
    const traversal = await new Promise<number>((resolve) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: new URL(h.bff.url).port,
          path: `${qontoApi}/v2/clients/../../../_emulator/state`,
          headers: { cookie: browser.cookieHeader() },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.end();
    });
    assert.equal(traversal, 404);
    assert.equal(await apiRequests(), before);
  });

  it('retries GETs on 429 (honouring Retry-After) and 503, and answers with the eventual success', async () => {
    const before = await faultsTriggered();
    await h.emulator.faults({
      rules: [
        { method: 'GET', path: '/v2/organization', status: 429, retry_after_s: 0, times: 2 },
        { method: 'GET', path: '/v2/settings', status: 503, times: 2 },
      ],
    });
    assert.equal((await browser.json(`${qontoApi}/v2/organization`)).status, 200);
    assert.equal((await browser.json(`${qontoApi}/v2/settings`)).status, 200);
    assert.equal(await faultsTriggered(), before + 4);
  });

  it('retries a GET after a dropped connection, and answers with the success', async () => {
    const before = await faultsTriggered();
    await h.emulator.faults({ method: 'GET', path: '/v2/clients', status: 'reset', times: 2 });
    const answer = await browser.json(`${qontoApi}/v2/clients`);
    assert.equal(answer.status, 200);
    assert.equal(await faultsTriggered(), before + 2);
  });

  it('surfaces a 500 on POST as is, without retrying', async () => {
    const before = await faultsTriggered();
    await h.emulator.faults({ method: 'POST', path: '/v2/clients', status: 500, times: 2 });
    const answer = await browser.json(`${qontoApi}/v2/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'Once' }),
    });
    assert.equal(answer.status, 500);
    assert.equal(answer.body.errors[0].code, 'internal_server_error');
    assert.ok(answer.body.trace_id);
    assert.equal(await faultsTriggered(), before + 1);
  });

  it('turns a dropped connection into 502 upstream_unavailable', async () => {
    await h.emulator.faults({ method: 'POST', path: '/v2/clients', status: 'reset' });
    const answer = await browser.json(`${qontoApi}/v2/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'Dropped' }),
    });
    assert.equal(answer.status, 502);
    assert.equal(answer.body.errors[0].code, 'upstream_unavailable');
  });

  it('streams a 15 MB bulk request to Qonto intact', async () => {
    const files = [1, 2, 3].map((n) => ({ name: `big-${n}.pdf`, bytes: makePdf(`stream ${n} ${Date.now()}`, 4_950_000) }));
    const answer = await browser.json(`${qontoApi}/v2/client_invoices/bulk`, { method: 'POST', body: multipart('client_invoices', files) });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    for (const [i, row] of answer.body.client_invoices.entries()) {
      const stored = await fetch(`${h.emulator.url}/_files/imports/${row.invoice_id}/${row.file_name}`);
      const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
      assert.equal(digest(new Uint8Array(await stored.arrayBuffer())), digest(files[i]!.bytes));
    }
  });

  it('answers a bulk body over 15,000,000 bytes with a 413 envelope a Node fetch reads (drained, no EPIPE), sending nothing upstream', async () => {
    const before = await apiRequests();
    const files = [1, 2, 3, 4].map((n) => ({ name: `over-${n}.pdf`, bytes: makePdf(`over ${n}`, 4_000_000) }));
    const answer = await browser.json(`${qontoApi}/v2/client_invoices/bulk`, { method: 'POST', body: multipart('client_invoices', files) });
    assert.equal(answer.status, 413);
    assert.equal(answer.body.errors[0].code, 'request_entity_too_large');
    assert.match(answer.body.errors[0].detail, /15,000,000 bytes/);
    assert.equal(await apiRequests(), before);
  });

  it('refuses an oversized upload from its Content-Length before streaming a byte', async () => {
    const before = await apiRequests();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${h.bff.url}${qontoApi}/v2/client_invoices/bulk`,
        {
          method: 'POST',
          headers: {
            cookie: browser.cookieHeader(),
            origin: h.bff.url,
            'x-csrf': '1',
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(16 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      req.write('--x\r\n');
    });
    assert.equal(status, 413);
    assert.equal(await apiRequests(), before);
    const noLength = await new Promise<number>((resolve) => {
      const req = httpRequest(
        `${h.bff.url}${qontoApi}/v2/client_invoices/uploads`,
        {
          method: 'POST',
          headers: {
            cookie: browser.cookieHeader(),
            origin: h.bff.url,
            'x-csrf': '1',
            'content-type': 'multipart/form-data; boundary=x',
            'transfer-encoding': 'chunked',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.end('--x--\r\n');
    });
    assert.equal(noLength, 411);
  });

  it('uploads a file through the proxy and reads it back', async () => {
    const upload = await browser.json(`${qontoApi}/v2/client_invoices/uploads`, {
      method: 'POST',
      body: multipart('client_invoices_upload', [{ name: 'po.pdf', bytes: makePdf('po') }]),
    });
    assert.equal(upload.status, 201);
    const again = await browser.json(`${qontoApi}/v2/client_invoices/uploads/${upload.body.data.id}`);
    assert.equal(again.body.data.attributes.filename, 'po.pdf');
  });
});
