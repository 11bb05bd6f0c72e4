import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { qontoApi, startBffHarness, type BffHarness } from '../../testing/bff-harness.ts';
import { createBffApp } from '../bff-app.ts';
import { ownHosts } from './require-own-host.middleware.ts';

/** A raw request with a chosen Host header (fetch does not let a caller set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('app server hardening', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness({ QONTO_API_KEY: 'demo-organization:demo-secret-key' });
  });
  after(() => h.close());

  it('answers 421 to a Host that is not its own (DNS rebinding), before any session or route', async () => {
    const own = new URL(h.bff.url);
    assert.equal((await getWithHost(`${h.bff.url}${qontoApi}/v2/clients`, own.host)).status, 200); // API-key mode: connected for everyone
    for (const host of ['rebind.example', `rebind.example:${own.port}`, `127.0.0.1:${Number(own.port) + 1}`]) {
      const answer = await getWithHost(`${h.bff.url}${qontoApi}/v2/clients`, host);
      assert.equal(answer.status, 421, host);
      assert.equal(JSON.parse(answer.body).errors[0].code, 'misdirected_request');
      assert.doesNotMatch(answer.body, /Atelier Durand/);
    }
    assert.equal((await getWithHost(`${h.bff.url}/api/session`, `localhost:${own.port}`)).status, 200); // a loopback alias of a loopback origin
    assert.deepEqual([...ownHosts('https://invoices.example.com')], ['invoices.example.com']);
  });

  it('health is a local liveness check: Qonto is asked at most once per 20 s, within the request budget', async () => {
    const before = (await h.emulator.state()).counters.apiRequests;
    for (let i = 0; i < 25; i += 1) {
      const answer = await fetch(`${h.bff.url}/api/health`);
      assert.equal(answer.status, 200);
      assert.equal(((await answer.json()) as { status: string }).status, 'ok');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const health = (await (await fetch(`${h.bff.url}/api/health`)).json()) as { qonto: { reachable: boolean } };
    assert.equal(health.qonto.reachable, true);
    assert.ok((await h.emulator.state()).counters.apiRequests - before <= 1);
  });

  it('sends HSTS only when the app is reached over https', async () => {
    const plain = await fetch(`${h.bff.url}/api/session`);
    assert.equal(plain.headers.get('strict-transport-security'), null);
    const dataDir = mkdtempSync(join(tmpdir(), 'composer-hsts-'));
    const { app, close } = createBffApp({
      ...h.config,
      appOrigin: 'https://invoices.example.com',
      databasePath: join(dataDir, 'app.sqlite'),
    });
    const secure = await app.request('https://invoices.example.com/api/session', { headers: { host: 'invoices.example.com' } });
    assert.equal(secure.headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains');
    close();
  });

  it('never serves source maps of the built web app', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'composer-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'index-abc.js.map'), '{"sources":["secret.ts"]}');
    const dataDir = mkdtempSync(join(tmpdir(), 'composer-maps-'));
    const { app, close } = createBffApp({ ...h.config, webDistDir: dist, databasePath: join(dataDir, 'app.sqlite') });
    const host = { host: new URL(h.config.appOrigin).host };
    assert.equal((await app.request('/assets/index-abc.js', { headers: host })).status, 200);
    const map = await app.request('/assets/index-abc.js.map', { headers: host });
    assert.equal(map.status, 404);
    assert.doesNotMatch(await map.text(), /secret\.ts/);
    close();
  });
});

describe('anonymous slow or heavy bodies', () => {
  let h: BffHarness;
  before(async () => {
    h = await startBffHarness();
  });
  after(() => h.close());

  it('60 anonymous stalled 1 MB POSTs are answered 401 before their bodies are read, and leave memory flat', async () => {
    const url = new URL(h.bff.url);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const sockets = await Promise.all(
      Array.from({ length: 60 }, () => {
        return new Promise<{ status: number; socket: Socket }>((resolve, reject) => {
          const socket = connect(Number(url.port), url.hostname, () => {
            socket.write(
              `POST ${qontoApi}/v2/client_invoices HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${h.bff.url}\r\nX-CSRF: 1\r\nContent-Type: application/json\r\nContent-Length: ${1024 * 1024}\r\n\r\n{"client_id":"`,
            );
            socket.write('x'.repeat(16 * 1024)); // then it stalls: the rest of the megabyte never comes
          });
          let head = '';
          socket.on('data', (chunk) => {
            head += chunk.toString('latin1');
            const match = /^HTTP\/1\.1 (\d{3})/.exec(head);
            if (match) resolve({ status: Number(match[1]), socket });
          });
          socket.on('error', reject);
        });
      }),
    );
    assert.deepEqual([...new Set(sockets.map((answer) => answer.status))], [401]);
    global.gc?.();
    const grown = process.memoryUsage().heapUsed - before;
    for (const { socket } of sockets) socket.destroy();
    assert.ok(grown < 32 * 1024 * 1024, `heap grew by ${(grown / 1e6).toFixed(1)} MB`);
  });
});
