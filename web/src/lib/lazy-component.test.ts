import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lazyComponent } from './lazy-component.ts';

const Piece = () => null;

describe('lazyComponent', () => {
  it('fetches the code once, however often it is asked for, and then has it at hand', async () => {
    let fetches = 0;
    const piece = lazyComponent(async () => (fetches++, Piece));
    assert.equal(piece.current(), undefined);
    piece.preload();
    const [first, second] = await Promise.all([piece.load(), piece.load()]);
    assert.equal(first, Piece);
    assert.equal(second, Piece);
    assert.equal(piece.current(), Piece);
    assert.equal(fetches, 1);
  });

  it('after a failure, fetches anew when asked again', async () => {
    let fetches = 0;
    const piece = lazyComponent(async () => {
      fetches++;
      if (fetches === 1) throw new Error('offline');
      return Piece;
    });
    await assert.rejects(piece.load(), /offline/);
    assert.equal(piece.current(), undefined);
    assert.equal(await piece.load(), Piece);
    assert.equal(fetches, 2);
  });
});
