import { ApiProblem } from '../../lib/error-response.ts';

/** What a call to Qonto waits on before it is sent. */
export interface BudgetLane {
  acquire(): Promise<void>;
}

/**
 * Qonto counts requests per IP, so every user of one app server shares one budget (1,000 per 10 s).
 * Requests beyond it wait, and waiting requests are served in turn across principals (sessions, the
 * API key): one principal's burst cannot starve the others. A principal may have at most `maxQueued`
 * requests waiting; beyond that it is answered 429 with `Retry-After`.
 */
export class RequestBudget implements BudgetLane {
  private readonly sent: number[] = [];
  private readonly waiting = new Map<string, (() => void)[]>();
  /** Principals with waiting requests, in the order they are served next. */
  private readonly rotation: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxQueued: number;

  constructor(limit: number, windowMs: number, maxQueued = 100) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxQueued = maxQueued;
  }

  /** The budget as one principal sees it. */
  lane(principal: string): BudgetLane {
    return { acquire: () => this.acquire(principal) };
  }

  acquire(principal = 'shared'): Promise<void> {
    if (this.rotation.length === 0 && this.takeSlot()) return Promise.resolve();
    const queue = this.waiting.get(principal) ?? [];
    if (queue.length >= this.maxQueued) {
      const retryAfterS = Math.max(1, Math.ceil((this.sent[0]! + this.windowMs - Date.now()) / 1000));
      return Promise.reject(
        new ApiProblem(
          429,
          { code: 'too_many_requests', detail: 'Too many requests from this session are waiting for Qonto: try again shortly.' },
          { 'Retry-After': String(retryAfterS) },
        ),
      );
    }
    return new Promise<void>((resolve) => {
      queue.push(resolve);
      if (!this.waiting.has(principal)) {
        this.waiting.set(principal, queue);
        this.rotation.push(principal);
      }
      this.schedule();
    });
  }

  private takeSlot(): boolean {
    const now = Date.now();
    while (this.sent.length > 0 && this.sent[0]! <= now - this.windowMs) this.sent.shift();
    if (this.sent.length >= this.limit) return false;
    this.sent.push(now);
    return true;
  }

  private serve(): void {
    this.timer = undefined;
    while (this.rotation.length > 0 && this.takeSlot()) {
      const principal = this.rotation.shift()!;
      const queue = this.waiting.get(principal)!;
      queue.shift()!();
      if (queue.length > 0) this.rotation.push(principal);
      else this.waiting.delete(principal);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.rotation.length === 0) return;
    const wait = this.sent.length < this.limit ? 0 : this.sent[0]! + this.windowMs - Date.now() + 1;
    this.timer = setTimeout(() => this.serve(), Math.max(0, wait));
  }
}
