import { makePdf } from '../src/testing/test-files.ts';
import { mb, residentBytes, startBenchServers } from './bench-processes.ts';

/**
 * The app server streams multipart bodies instead of buffering them: ten 15 MB bulk imports at once
 * must not grow its resident memory by 64 MB or more.
 */
const requests = 10;
const targetGrowthBytes = 64 * 1024 * 1024;

const servers = await startBenchServers({ QONTO_API_KEY: 'demo-organization:demo-secret-key' });
try {
  const headers = { origin: servers.appUrl, 'x-csrf': '1' };
  const forms = Array.from({ length: requests }, (_, r) => {
    const form = new FormData();
    for (let f = 0; f < 3; f += 1) form.append('client_invoices', new Blob([new Uint8Array(makePdf(`bench ${r}-${f}-${Date.now()}`, 4.9 * 1024 * 1024))]), `r${r}-f${f}.pdf`);
    return form;
  });
  await fetch(`${servers.appUrl}/api/qonto/v2/organization`, { headers });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const baseline = residentBytes(servers.app.pid!);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentBytes(servers.app.pid!));
  }, 5);
  const started = performance.now();
  const statuses = await Promise.all(
    forms.map(async (form) => {
      const response = await fetch(`${servers.appUrl}/api/qonto/v2/client_invoices/bulk`, { method: 'POST', headers, body: form });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, residentBytes(servers.app.pid!));
  const growth = peak - baseline;
  console.log('Bulk streaming memory (app server process)');
  console.log(`  ${requests} concurrent bulk requests of 3 × 4.9 MB (${mb(requests * 3 * 4.9 * 1024 * 1024)} MB in all) in ${elapsed.toFixed(0)} ms, statuses ${[...new Set(statuses)].join(',')}`);
  console.log(`  RSS baseline ${mb(baseline)} MB, peak ${mb(peak)} MB, growth ${mb(growth)} MB (target < ${mb(targetGrowthBytes)} MB): ${growth < targetGrowthBytes ? 'met' : 'MISSED'}`);
  if (statuses.some((status) => status !== 200)) throw new Error(`unexpected statuses ${statuses.join(',')}`);
} finally {
  servers.stop();
}
