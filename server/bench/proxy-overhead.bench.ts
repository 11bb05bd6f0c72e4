import autocannon from 'autocannon';
import { appQontoPrefix, startBenchServers } from './bench-processes.ts';
import { cpuTimeMs, fixedRateLoad, percentile, type LoadRequest } from './fixed-rate-load.ts';

/**
 * What the app server costs, for the same request mix (list clients, get organization, create invoice),
 * directly to the emulator and through the app server, in one run, with the load generator, the emulator
 * and the app server sharing this machine's cores:
 * 1. added latency at a realistic load, 100 requests/s (Qonto's per-IP cap): p50 ≤ 1 ms, p99 ≤ 3 ms;
 * 2. app-server CPU time per proxied request beside the emulator's for the same requests: ≤ 0.5×;
 * 3. saturation throughput at 50 connections: ≥ 0.8× direct.
 * Each figure is printed beside a bare Node proxy's (`bare-proxy.ts`: node:http in, undici out, nothing
 * else), the floor of any Node proxy on this machine. The app server's shared Qonto budget is lifted: it
 * mirrors Qonto's per-IP limit, which the emulator does not have, and would otherwise be what is measured.
 */
const apiKey = 'demo-organization:demo-secret-key';
const invoice = JSON.stringify({
  client_id: 'c11e0000-0000-4000-8000-000000000001',
  issue_date: '2026-11-21',
  due_date: '2026-12-21',
  currency: 'EUR',
  payment_methods: { iban: 'FR7616958000012345678901234' },
  items: [{ title: 'Monthly bookkeeping', quantity: '1', unit_price: { value: '450.00', currency: 'EUR' }, vat_rate: '0.2' }],
});

const servers = await startBenchServers({ QONTO_API_KEY: apiKey, QONTO_RATE_LIMIT_PER_10S: '100000' }, { bareProxy: true });

interface Target {
  label: string;
  origin: string;
  prefix: string;
  headers: Record<string, string>;
  pid: number;
}
const direct: Target = { label: 'direct', origin: servers.emulatorUrl, prefix: '', headers: { authorization: apiKey }, pid: 0 };
const viaApp: Target = {
  label: 'via app',
  origin: servers.appUrl,
  prefix: appQontoPrefix,
  headers: { origin: servers.appUrl, 'x-csrf': '1' },
  pid: servers.app.pid!,
};
const viaBare: Target = { label: 'bare', origin: servers.bare!.url, prefix: '/api/qonto', headers: {}, pid: servers.bare!.process.pid! };

const mixFor = (target: Target): LoadRequest[] => [
  { method: 'GET', path: `${target.prefix}/v2/clients`, headers: target.headers },
  { method: 'GET', path: `${target.prefix}/v2/organization`, headers: target.headers },
  {
    method: 'POST',
    path: `${target.prefix}/v2/client_invoices`,
    headers: { ...target.headers, 'content-type': 'application/json' },
    body: invoice,
  },
];
const reset = () =>
  fetch(`${servers.emulatorUrl}/_emulator/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-emulator-control': '1' },
    body: '{"numbering_mode":"automatic"}',
  });
const ms = (value: number) => value.toFixed(2);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

/** Rounds alternate the three targets, so a busy moment of the machine falls on all of them alike. */
async function atRealisticLoad() {
  const rounds = 5;
  const perRound = 400;
  const latencies = new Map<Target, number[]>([direct, viaApp, viaBare].map((target) => [target, []]));
  let failures = 0;
  for (let round = 0; round < rounds; round += 1) {
    await reset();
    for (const [target, values] of latencies) {
      const result = await fixedRateLoad(target.origin, mixFor(target), 100, perRound);
      values.push(...result.latenciesMs);
      failures += result.non2xx + result.errors;
    }
  }
  const [base50, base99] = [percentile(latencies.get(direct)!, 50), percentile(latencies.get(direct)!, 99)];
  console.log(`1. At 100 requests/s (${rounds} rounds of ${perRound} requests to each; failures ${failures})`);
  for (const [target, values] of latencies) {
    const [p50, p99] = [percentile(values, 50), percentile(values, 99)];
    const added = target === direct ? '' : `; added p50 ${ms(p50 - base50)} ms, p99 ${ms(p99 - base99)} ms`;
    console.log(`  ${target.label.padEnd(8)} p50 ${ms(p50)} ms, p99 ${ms(p99)} ms${added}`);
  }
  const [app50, app99] = [percentile(latencies.get(viaApp)!, 50) - base50, percentile(latencies.get(viaApp)!, 99) - base99];
  console.log(`  app server: p50 added ≤ 1 ms ${verdict(app50 <= 1)}, p99 added ≤ 3 ms ${verdict(app99 <= 3)}`);
}

/** Process CPU (user + system, from /proc) of the proxy and of the emulator over the same requests. */
async function cpuPerRequest(target: Target) {
  const count = 3000;
  const ratios: number[] = [];
  const perRequest: number[] = [];
  const emulatorPerRequest: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    await reset();
    const proxy0 = cpuTimeMs(target.pid);
    const emulator0 = cpuTimeMs(servers.emulator.pid!);
    await fixedRateLoad(target.origin, mixFor(target), 1000, count);
    const proxyMs = cpuTimeMs(target.pid) - proxy0;
    const emulatorMs = cpuTimeMs(servers.emulator.pid!) - emulator0;
    ratios.push(proxyMs / emulatorMs);
    perRequest.push((proxyMs * 1000) / count);
    emulatorPerRequest.push((emulatorMs * 1000) / count);
  }
  return { ratio: median(ratios), perRequest: median(perRequest), emulator: median(emulatorPerRequest), spread: ratios };
}

async function saturation(target: Target) {
  await reset();
  const result = await autocannon({ url: target.origin, connections: 50, duration: 8, requests: mixFor(target) });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors };
}

try {
  // Warm every process (JIT, connection pools) before anything is measured.
  for (const target of [direct, viaApp, viaBare]) await fixedRateLoad(target.origin, mixFor(target), 500, 1500);
  console.log('Proxy overhead: list clients, get organization, create invoice');
  await atRealisticLoad();
  console.log('2. CPU time per proxied request (3 runs of 3,000 requests at 1,000/s; medians)');
  for (const target of [viaApp, viaBare]) {
    const cpu = await cpuPerRequest(target);
    const spread = cpu.spread.map((ratio) => ratio.toFixed(2)).join(', ');
    const goal = target === viaApp ? ` (target ≤ 0.5): ${verdict(cpu.ratio <= 0.5)}` : '';
    console.log(
      `  ${target.label.padEnd(8)} ${cpu.perRequest.toFixed(0)} µs/request, emulator ${cpu.emulator.toFixed(0)} µs/request: ratio ${cpu.ratio.toFixed(2)} [${spread}]${goal}`,
    );
  }
  console.log('3. Saturation, 50 connections, 8 s each');
  const base = await saturation(direct);
  console.log(`  direct   ${base.rps.toFixed(0)} req/s, p50 ${base.p50} ms, p99 ${base.p99} ms, failures ${base.failures}`);
  for (const target of [viaApp, viaBare]) {
    const result = await saturation(target);
    const ratio = result.rps / base.rps;
    const goal = target === viaApp ? ` (target ≥ 0.8): ${verdict(ratio >= 0.8)}` : '';
    console.log(
      `  ${target.label.padEnd(8)} ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, failures ${result.failures}; ratio ${ratio.toFixed(2)}${goal}`,
    );
  }
} finally {
  servers.stop();
}
