import { readFileSync } from 'node:fs';
import { Pool } from 'undici';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  /** Latency of each request in milliseconds, measured with the monotonic clock (microsecond precision). */
  latenciesMs: number[];
  non2xx: number;
  errors: number;
}

/**
 * An open-loop load at a fixed rate: a request starts every `1000 / rate` ms whatever the previous ones
 * do (as users arrive), cycling through `mix`. Autocannon's histogram counts whole milliseconds, too coarse
 * for an added latency measured against 1 ms.
 */
export async function fixedRateLoad(origin: string, mix: LoadRequest[], rate: number, count: number): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: 32 });
  const latenciesMs: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const one = async (request: LoadRequest) => {
    const started = process.hrtime.bigint();
    try {
      const answer = await pool.request({
        method: request.method,
        path: request.path,
        headers: request.headers,
        body: request.body ?? null,
      });
      await answer.body.dump({ limit: Infinity });
      latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (answer.statusCode >= 300) non2xx += 1;
    } catch {
      errors += 1;
    }
  };
  const pending: Promise<void>[] = [];
  const interval = 1000 / rate;
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(one(mix[i % mix.length]!));
  }
  await Promise.all(pending);
  await pool.close();
  return { latenciesMs, non2xx, errors };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** User plus system CPU time a process has used so far, in milliseconds (from /proc, 10 ms ticks). */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
