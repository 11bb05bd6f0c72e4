import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from './precompress.ts';

async function build(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  // The hook reads only the bundle's file names.
  const bundle = Object.fromEntries(Object.keys(files).map((name) => [name, {}]));
  const hook = precompress().writeBundle as unknown as (options: { dir: string }, bundle: Record<string, unknown>) => Promise<void>;
  await hook({ dir }, bundle);
  return dir;
}

describe('precompress (build plugin)', () => {
  it('writes a Brotli and a gzip copy of each compressible file that holds the same bytes', async () => {
    const script = `export const lines = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `line ${i}`))};\n`;
    const dir = await build({ 'app-abc.js': script, 'pdf.worker-abc.mjs': script, 'app-abc.css': `.a{color:red}\n`.repeat(100) });
    for (const name of ['app-abc.js', 'pdf.worker-abc.mjs', 'app-abc.css']) {
      const original = readFileSync(join(dir, name));
      const br = readFileSync(join(dir, `${name}.br`));
      assert.ok(br.length < original.length / 2, `${name}.br is smaller`);
      assert.deepEqual(brotliDecompressSync(br), original);
      assert.deepEqual(gunzipSync(readFileSync(join(dir, `${name}.gz`))), original);
    }
  });

  it('leaves out small files, source maps and images', async () => {
    const big = 'x'.repeat(4096);
    const dir = await build({ 'tiny-abc.js': 'export {};', 'app-abc.js.map': big, 'logo.png': big });
    for (const name of ['tiny-abc.js', 'app-abc.js.map', 'logo.png']) {
      assert.equal(existsSync(join(dir, `${name}.br`)), false, name);
      assert.equal(existsSync(join(dir, `${name}.gz`)), false, name);
    }
  });
});
