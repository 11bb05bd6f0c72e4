import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import type { Context } from 'hono';
import type { BffEnv } from '../bff-env.ts';
import { relay } from './relay-response.ts';

/** A Qonto body that fails once read: the connection cut while the BFF drains it. */
function failingBody(): Readable {
  return new Readable({
    read() {
      this.destroy(new Error('socket hang up'));
    },
  });
}

const contextOf = (method: string) => ({ req: { method }, env: {} }) as unknown as Context<BffEnv>;

describe('relay', () => {
  it('drains the streamed body of an answer without one (204, HEAD) and survives the stream failing', async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      for (const [method, status] of [
        ['DELETE', 204],
        ['HEAD', 200],
      ] as const) {
        const body = failingBody();
        const response = relay(contextOf(method), { status, headers: {}, errorCode: undefined, body }, {});
        assert.equal(response.status, status);
        assert.equal(response.body, null);
        await new Promise((resolve) => body.once('close', resolve));
        assert.equal(body.destroyed, true);
      }
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(uncaught, []);
    } finally {
      process.off('uncaughtException', record);
    }
  });
});
