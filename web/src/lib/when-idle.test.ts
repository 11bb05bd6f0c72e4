import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whenIdle } from './when-idle.ts';

// Node has no requestIdleCallback, as Safari: this is the fallback's path.
describe('whenIdle', () => {
  it('runs the callback without requestIdleCallback (Safari), and can be cancelled first', async () => {
    assert.equal(typeof globalThis.requestIdleCallback, 'undefined');
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'), 2000);
    const cancel = whenIdle(() => ran.push('cancelled'), 2000);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(ran, ['kept']);
  });

  it('uses requestIdleCallback with the timeout where the browser has it', () => {
    const calls: unknown[] = [];
    const cancelled: number[] = [];
    Object.assign(globalThis, {
      requestIdleCallback: (callback: () => void, options: { timeout: number }) => (calls.push(options.timeout), callback(), 7),
      cancelIdleCallback: (id: number) => cancelled.push(id),
    });
    try {
      let ran = false;
      whenIdle(() => (ran = true), 2000)();
      assert.equal(ran, true);
      assert.deepEqual(calls, [2000]);
      assert.deepEqual(cancelled, [7]);
    } finally {
      Reflect.deleteProperty(globalThis, 'requestIdleCallback');
      Reflect.deleteProperty(globalThis, 'cancelIdleCallback');
    }
  });
});
