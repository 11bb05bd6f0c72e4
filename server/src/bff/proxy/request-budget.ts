const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Qonto counts requests per IP, so every user of one app server shares one budget (1,000 per 10 s).
 * Requests beyond it wait their turn, first come first served, instead of tripping Qonto's 429.
 */
export class RequestBudget {
  private readonly sent: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.sent.length > 0 && this.sent[0]! <= now - this.windowMs) this.sent.shift();
      if (this.sent.length < this.limit) {
        this.sent.push(now);
        return;
      }
      await sleep(this.sent[0]! + this.windowMs - now + 1);
    }
  }
}
