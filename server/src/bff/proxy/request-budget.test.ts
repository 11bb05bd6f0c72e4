import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RequestBudget } from './request-budget.ts';

describe('RequestBudget', () => {
  it('lets the limit through at once, then queues the rest until the window frees a slot', async () => {
    const budget = new RequestBudget(5, 300);
    const started = Date.now();
    const times: number[] = [];
    await Promise.all(Array.from({ length: 8 }, () => budget.acquire().then(() => times.push(Date.now() - started))));
    assert.equal(times.filter((ms) => ms < 100).length, 5);
    assert.ok(
      times.slice(5).every((ms) => ms >= 290),
      JSON.stringify(times),
    );
  });

  it('serves waiting requests in arrival order', async () => {
    const budget = new RequestBudget(1, 50);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => budget.acquire().then(() => order.push(n))));
    assert.deepEqual(order, [1, 2, 3]);
  });

  it("serves waiting principals in turn: one session's burst cannot starve another", async () => {
    const budget = new RequestBudget(2, 100);
    const order: string[] = [];
    const burst = Array.from({ length: 8 }, (_, i) => budget.acquire('greedy').then(() => order.push(`greedy-${i}`)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const other = budget.acquire('modest').then(() => order.push('modest'));
    await Promise.all([...burst, other]);
    // Two went at once; then the modest session is served in the next window, not after all eight.
    assert.ok(order.indexOf('modest') <= 3, order.join(' '));
  });

  it('answers 429 with Retry-After once a principal has too many requests waiting, leaving others untouched', async () => {
    const budget = new RequestBudget(1, 200, 3);
    await budget.acquire('greedy');
    const queued = [1, 2, 3].map(() => budget.acquire('greedy'));
    await assert.rejects(
      budget.acquire('greedy'),
      (error: { status: number; headers: Record<string, string>; errors: { code: string }[] }) => {
        assert.equal(error.status, 429);
        assert.equal(error.errors[0]!.code, 'too_many_requests');
        assert.match(error.headers['Retry-After']!, /^\d+$/);
        return true;
      },
    );
    const modest = budget.acquire('modest');
    await Promise.all([...queued, modest]);
  });
});
