import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startEmulatorHarness, type EmulatorHarness } from './testing/emulator-harness.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const block = /<!-- readme-curl-examples:start -->\n+```sh\n([\s\S]*?)```\n+<!-- readme-curl-examples:end -->/.exec(readme)?.[1];

describe('README curl examples', () => {
  let emulator: EmulatorHarness;
  before(async () => {
    emulator = await startEmulatorHarness();
  });
  after(() => emulator.close());

  it('create an upload, retrieve it, bulk-import two PDFs and create an invoice, as written', async () => {
    assert.ok(block, 'the README has a curl example block');
    const script = `set -euo pipefail\n${block.replace('QONTO=http://127.0.0.1:4010', `QONTO=${emulator.url}`)}`;
    const { stdout: output } = await promisify(execFile)('bash', ['-c', script], { encoding: 'utf8', timeout: 30_000 });
    const answers = output
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    assert.equal(answers.length, 3, output);
    const [upload, bulk, invoice] = answers.map((line) => JSON.parse(line));
    assert.equal(upload.data.attributes.filename, 'invoice-1.pdf');
    assert.equal(bulk.client_invoices.length, 2);
    assert.equal(invoice.client_invoice.total_amount.value, '779.76');
    assert.equal(invoice.client_invoice.upload_id, upload.data.id);
  });
});
