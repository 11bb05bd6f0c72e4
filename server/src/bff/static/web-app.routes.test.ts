import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { webAppRoutes } from './web-app.routes.ts';

function builtApp() {
  const dist = mkdtempSync(join(tmpdir(), 'composer-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  const script = Buffer.from(`console.log(${JSON.stringify('x'.repeat(2000))});\n`);
  writeFileSync(join(dist, 'assets', 'app-abc.js'), script);
  writeFileSync(join(dist, 'assets', 'app-abc.js.br'), brotliCompressSync(script));
  writeFileSync(join(dist, 'assets', 'app-abc.js.gz'), gzipSync(script));
  return { app: webAppRoutes(dist), script };
}

describe('the built web app, compressed at build time', () => {
  it('sends the Brotli copy to a browser that accepts it, the gzip one otherwise, the file itself to the rest', async () => {
    const { app, script } = builtApp();
    const br = await app.request('/assets/app-abc.js', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    assert.equal(br.status, 200);
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.match(br.headers.get('vary') ?? '', /accept-encoding/i);
    assert.match(br.headers.get('content-type') ?? '', /javascript/);
    assert.equal(br.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.deepEqual(brotliDecompressSync(Buffer.from(await br.arrayBuffer())), script);

    const gz = await app.request('/assets/app-abc.js', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(gunzipSync(Buffer.from(await gz.arrayBuffer())), script);

    const plain = await app.request('/assets/app-abc.js');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.deepEqual(Buffer.from(await plain.arrayBuffer()), script);
  });

  it('answers a chunk that is not in this build with 404, never with the page or a cache header', async () => {
    const { app } = builtApp();
    const missing = await app.request('/assets/app-old.js', { headers: { 'accept-encoding': 'br' } });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('cache-control'), 'no-store');
    assert.equal(((await missing.json()) as { errors: { code: string }[] }).errors[0]?.code, 'not_found');
  });

  it('still answers a client route with index.html', async () => {
    const { app } = builtApp();
    const page = await app.request('/orgs/some-org/invoices', { headers: { 'accept-encoding': 'br' } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>app<\/title>/);
  });
});
