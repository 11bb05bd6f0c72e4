import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { multipartBytes, packBatches } from './pack-batches.ts';

const MB = 1024 * 1024;

describe('packBatches', () => {
  it('puts small files five by five', () => {
    const files = Array.from({ length: 12 }, (_, i) => ({ id: String(i), name: `f${i}.pdf`, size: 1000 }));
    assert.deepEqual(
      packBatches(files).map((batch) => batch.length),
      [5, 5, 2],
    );
  });

  it('splits by the 15 MB body limit: seven 4.5 MB files and two small ones make three requests', () => {
    const files = [
      ...Array.from({ length: 7 }, (_, i) => ({ id: `big${i}`, name: `big-${i}.pdf`, size: 4.5 * MB })),
      { id: 's1', name: 's1.pdf', size: 2000 },
      { id: 's2', name: 's2.pdf', size: 2000 },
    ];
    const batches = packBatches(files);
    assert.equal(batches.length, 3);
    assert.deepEqual(
      batches.map((batch) => batch.map((file) => file.id)),
      [['big0', 'big1', 'big2', 's1', 's2'], ['big3', 'big4', 'big5'], ['big6']],
    );
  });

  it('property: every batch within limits, every file in exactly one batch, order kept within a batch', () => {
    const file = fc.record({ name: fc.string({ minLength: 1, maxLength: 60 }), size: fc.integer({ min: 0, max: 5 * MB }) });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 120 }), (specs) => {
        const files = specs.map((spec, i) => ({ ...spec, id: String(i) }));
        const batches = packBatches(files);
        for (const batch of batches) {
          assert.ok(batch.length >= 1 && batch.length <= 5);
          assert.ok(batch.reduce((total, f) => total + multipartBytes(f), 64) <= 15 * MB);
          assert.deepEqual(
            batch.map((f) => Number(f.id)),
            [...batch.map((f) => Number(f.id))].sort((a, b) => a - b),
          );
        }
        const placed = batches
          .flat()
          .map((f) => f.id)
          .sort();
        assert.deepEqual(placed, files.map((f) => f.id).sort());
      }),
      { numRuns: 300 },
    );
  });
});
