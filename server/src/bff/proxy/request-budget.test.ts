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
    assert.ok(times.slice(5).every((ms) => ms >= 290), JSON.stringify(times));
  });

  it('serves waiting requests in arrival order', async () => {
    const budget = new RequestBudget(1, 50);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => budget.acquire().then(() => order.push(n))));
    assert.deepEqual(order, [1, 2, 3]);
  });
});
