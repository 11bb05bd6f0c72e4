import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileAnalysis } from './file-analysis.ts';
import { importReducer, type ImportFile } from './import-state.ts';

const fakeFile = (name: string, size: number) => ({ name, size }) as File;
const pdf = (sha256: string): FileAnalysis => ({ sha256, type: 'application/pdf', einvoice: { status: 'none', attachments: [] } });

describe('importReducer', () => {
  it('rejects oversized and non-invoice files with a reason, collapses identical content, keeps the rest', () => {
    let state: ImportFile[] = importReducer([], {
      type: 'added',
      files: [
        { id: 'a', file: fakeFile('a.pdf', 1000) },
        { id: 'b', file: fakeFile('big.pdf', 5_000_001) },
        { id: 'c', file: fakeFile('notes.pdf', 20) },
        { id: 'd', file: fakeFile('a-copy.pdf', 1000) },
        { id: 'e', file: fakeFile('limit.pdf', 5_000_000) },
      ],
    });
    assert.deepEqual(state[1]!.reason, { kind: 'too-large' });
    assert.equal(state[4]!.status, 'checking'); // exactly the limit: "must not exceed"
    state = importReducer(state, { type: 'analysed', id: 'a', analysis: pdf('h1') });
    state = importReducer(state, {
      type: 'analysed',
      id: 'c',
      analysis: { sha256: 'h2', type: null, einvoice: { status: 'none', attachments: [] } },
    });
    state = importReducer(state, { type: 'analysed', id: 'd', analysis: pdf('h1') });
    assert.deepEqual(
      state.map((file) => file.status),
      ['ready', 'rejected', 'rejected', 'duplicate', 'checking'],
    );
    assert.deepEqual(state[2]!.reason, { kind: 'not-a-document' });
    assert.deepEqual(state[3]!.reason, { kind: 'same-content', as: 'a.pdf' });
  });

  it('says "already imported" before sending when the log knows the content', () => {
    let state = importReducer([], { type: 'added', files: [{ id: 'a', file: fakeFile('a.pdf', 1000) }] });
    state = importReducer(state, {
      type: 'analysed',
      id: 'a',
      analysis: pdf('h1'),
      imported: { invoiceId: 'inv-1', importedAt: '2026-11-21T10:00:00Z' },
    });
    assert.equal(state[0]!.status, 'already-imported');
    assert.equal(state[0]!.invoiceId, 'inv-1');
  });

  it('tracks a batch from queued to uploaded, failed, cancelled', () => {
    let state = importReducer([], {
      type: 'added',
      files: [
        { id: 'a', file: fakeFile('a.pdf', 300) },
        { id: 'b', file: fakeFile('b.pdf', 100) },
      ],
    });
    state = importReducer(state, { type: 'analysed', id: 'a', analysis: pdf('h1') });
    state = importReducer(state, { type: 'analysed', id: 'b', analysis: pdf('h2') });
    state = importReducer(state, { type: 'queued', ids: ['a', 'b'] });
    state = importReducer(state, { type: 'progress', ids: ['a', 'b'], loaded: 50, total: 100 });
    assert.deepEqual(
      state.map((file) => file.sentBytes),
      [150, 50],
    );
    state = importReducer(state, {
      type: 'failed',
      ids: ['b'],
      errors: [{ code: 'upstream_unavailable', detail: 'Qonto failed.' }],
      traceId: undefined,
    });
    state = importReducer(state, { type: 'imported', results: [{ id: 'a', invoiceId: 'x', alreadyImported: false, importedAt: 'now' }] });
    assert.deepEqual(
      state.map((file) => file.status),
      ['imported', 'failed'],
    );
    state = importReducer(state, { type: 'queued', ids: ['b'] });
    state = importReducer(state, { type: 'cancelled' });
    assert.equal(state[1]!.status, 'cancelled');
  });
});
