import autocannon from 'autocannon';
import { startBenchServers } from './bench-processes.ts';

/**
 * The same request mix (list clients, get organization, create invoice) at 50 concurrent connections,
 * directly to the emulator and through the app server, in one run. Targets: throughput ≥ 0.8× direct,
 * p50 latency added ≤ 2 ms. The app server's shared Qonto budget is lifted here: it mirrors Qonto's
 * per-IP limit, which the emulator does not have, and would otherwise be what is measured.
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

const servers = await startBenchServers({ QONTO_API_KEY: apiKey, QONTO_RATE_LIMIT_PER_10S: '100000' });

async function run(base: string, prefix: string, headers: Record<string, string>) {
  await fetch(`${servers.emulatorUrl}/_emulator/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-emulator-control': '1' },
    body: '{"numbering_mode":"automatic"}',
  });
  const result = await autocannon({
    url: base,
    connections: 50,
    duration: 8,
    requests: [
      { method: 'GET', path: `${prefix}/v2/clients`, headers },
      { method: 'GET', path: `${prefix}/v2/organization`, headers },
      { method: 'POST', path: `${prefix}/v2/client_invoices`, headers: { ...headers, 'content-type': 'application/json' }, body: invoice },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

try {
  await run(servers.emulatorUrl, '', { authorization: apiKey });
  const direct = await run(servers.emulatorUrl, '', { authorization: apiKey });
  const proxied = await run(servers.appUrl, '/api/qonto', { origin: servers.appUrl, 'x-csrf': '1' });
  const ratio = proxied.rps / direct.rps;
  console.log('Proxy overhead: list clients, get organization, create invoice; 50 connections, 8 s each');
  console.log(
    `  direct:  ${direct.rps.toFixed(0)} req/s, p50 ${direct.p50} ms, p99 ${direct.p99} ms, non-2xx ${direct.non2xx}, errors ${direct.errors}`,
  );
  console.log(
    `  via app: ${proxied.rps.toFixed(0)} req/s, p50 ${proxied.p50} ms, p99 ${proxied.p99} ms, non-2xx ${proxied.non2xx}, errors ${proxied.errors}`,
  );
  console.log(`  throughput ratio ${ratio.toFixed(2)} (target ≥ 0.8): ${ratio >= 0.8 ? 'met' : 'MISSED'}`);
  console.log(
    `  p50 added ${(proxied.p50 - direct.p50).toFixed(1)} ms (target ≤ 2 ms): ${proxied.p50 - direct.p50 <= 2 ? 'met' : 'MISSED'}; p99 added ${(proxied.p99 - direct.p99).toFixed(1)} ms`,
  );
} finally {
  servers.stop();
}
