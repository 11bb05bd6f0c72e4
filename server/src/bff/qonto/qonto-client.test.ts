import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { QontoClient, UpstreamUnreachable } from './qonto-client.ts';

const free = { acquire: () => Promise.resolve() };

describe('the one Qonto client', () => {
  let server: Server;
  let base: string;
  const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  let failuresLeft = 0;
  let connections = 0;

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method!, url: request.url!, headers: request.headers, body });
        if (request.url === '/v2/moved') return response.writeHead(302, { Location: 'https://elsewhere.example/' }).end();
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          return response.writeHead(503, { 'Retry-After': '0' }).end();
        }
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: true, length: body.length }));
      });
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () => new QontoClient({ hosts: { api: base } as never, stagingToken: 'staging-1', upstreamTimeoutMs: 2000 });

  it('assembles every call the same way: base URL, Accept, staging token, authorization, JSON body', async () => {
    seen.length = 0;
    const response = await client().send({ method: 'POST', path: '/v2/clients', authorization: 'Bearer t', lane: free, body: '{"a":1}' });
    assert.equal(response.status, 200);
    const [call] = seen;
    assert.equal(call!.url, '/v2/clients');
    assert.equal(call!.headers.accept, 'application/json');
    assert.equal(call!.headers['x-qonto-staging-token'], 'staging-1');
    assert.equal(call!.headers.authorization, 'Bearer t');
    assert.equal(call!.headers['content-type'], 'application/json');
    assert.equal(call!.body, '{"a":1}');
  });

  it('keeps its connections alive: twenty sequential calls reuse a socket or two', async () => {
    const qonto = client();
    const before = connections;
    for (let i = 0; i < 20; i += 1) {
      const answer = await qonto.send({ method: 'GET', path: '/v2/clients', authorization: 'Bearer t', lane: free });
      assert.deepEqual(await answer.json(), { ok: true, length: 0 });
    }
    assert.ok(connections - before <= 2, `${connections - before} connections`);
    await qonto.close();
  });

  it('takes the token only once the budget lets the call go, so a token never expires waiting in the queue', async () => {
    const order: string[] = [];
    let release = () => {};
    const queued = { acquire: () => new Promise<void>((resolve) => (release = () => (order.push('budget'), resolve()))) };
    const token = async () => (order.push('token'), 'Bearer fresh');
    seen.length = 0;
    const sending = client().send({ method: 'GET', path: '/v2/clients', authorization: token, lane: queued });
    const streaming = client().stream({
      path: '/v2/uploads',
      authorization: token,
      lane: free,
      contentType: 'multipart/form-data; boundary=x',
      contentLength: 2,
      body: Readable.from([Buffer.from('ok')]),
    });
    await streaming;
    assert.deepEqual(order, ['token'], 'the streamed call took its token; the queued one has not yet');
    release();
    await sending;
    assert.deepEqual(order, ['token', 'budget', 'token']);
    assert.ok(seen.every((call) => call.headers.authorization === 'Bearer fresh'));
  });

  it('never follows a redirect', async () => {
    const response = await client().send({ method: 'GET', path: '/v2/moved', authorization: 'Bearer t', lane: free });
    assert.equal(response.status, 302);
  });

  it('retries reads on 503 and sends a write once', async () => {
    seen.length = 0;
    failuresLeft = 2;
    assert.equal((await client().send({ method: 'GET', path: '/v2/clients', authorization: 'Bearer t', lane: free })).status, 200);
    assert.equal(seen.length, 3);
    seen.length = 0;
    failuresLeft = 1;
    assert.equal(
      (await client().send({ method: 'POST', path: '/v2/clients', authorization: 'Bearer t', lane: free, body: '{}' })).status,
      503,
    );
    assert.equal(seen.length, 1);
  });

  it('streams a multipart body with its declared length, with the same headers', async () => {
    seen.length = 0;
    const body = Readable.from([Buffer.from('--b\r\n'), Buffer.from('x'.repeat(1000))]);
    const response = await client().stream({
      path: '/v2/client_invoices/bulk',
      authorization: 'Bearer t',
      lane: free,
      contentType: 'multipart/form-data; boundary=b',
      contentLength: 1005,
      body,
    });
    assert.deepEqual(await response.json(), { ok: true, length: 1005 });
    assert.equal(seen[0]!.headers['x-qonto-staging-token'], 'staging-1');
    assert.equal(seen[0]!.headers['content-length'], '1005');
  });

  it("answers an unreachable Qonto in Qonto's envelope (502), after the budget was waited on", async () => {
    let acquired = 0;
    const lane = { acquire: () => Promise.resolve(void (acquired += 1)) };
    const unreachable = new QontoClient({ hosts: { api: 'http://127.0.0.1:9' } as never, stagingToken: undefined, upstreamTimeoutMs: 500 });
    await assert.rejects(
      unreachable.send({ method: 'POST', path: '/v2/clients', authorization: 'Bearer t', lane, body: '{}' }),
      (error: unknown) => error instanceof UpstreamUnreachable && error.status === 502,
    );
    assert.equal(acquired, 1);
  });
});
