import { makePdf } from '../src/testing/test-files.ts';
import { appQontoPrefix, mb, residentBytes, startBenchServers } from './bench-processes.ts';

/**
 * Bulk streaming through the app server: wall time of 60 PDFs of 1 MB in requests of five, sent
 * directly to the emulator and through the app server (target ratio ≤ 1.15), and the app server's
 * peak RSS growth, also with ten 15 MB requests at once (target < 64 MB). A bare Node proxy's ratio is
 * printed beside it: the floor of any Node proxy on this machine.
 */
const targetRatio = 1.15;
const targetGrowthBytes = 64 * 1024 * 1024;
const apiKey = 'demo-organization:demo-secret-key';

const servers = await startBenchServers({ QONTO_API_KEY: apiKey, QONTO_RATE_LIMIT_PER_10S: '100000' }, { bareProxy: true });
const appHeaders = { origin: servers.appUrl, 'x-csrf': '1' };
const sampleRss = (pid = servers.app.pid!) => {
  let peak = residentBytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 5);
  return () => {
    clearInterval(timer);
    return Math.max(peak, residentBytes(pid));
  };
};
const form = (files: { name: string; bytes: Buffer }[]) => {
  const body = new FormData();
  for (const file of files) body.append('client_invoices', new Blob([new Uint8Array(file.bytes)]), file.name);
  return body;
};
async function sendAll(url: string, headers: Record<string, string>, batches: { name: string; bytes: Buffer }[][]): Promise<number> {
  const queue = [...batches];
  const started = performance.now();
  const worker = async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const response = await fetch(url, { method: 'POST', headers, body: form(batch) });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`bulk answered ${response.status}`);
    }
  };
  await Promise.all([worker(), worker()]);
  return performance.now() - started;
}

try {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const direct: number[] = [];
  const proxied: number[] = [];
  const bare: number[] = [];
  await fetch(`${servers.appUrl}${appQontoPrefix}/v2/organization`, { headers: appHeaders });
  await fetch(`${servers.bare!.url}/api/qonto/v2/organization`);
  const baseline = residentBytes(servers.app.pid!);
  const bareBaseline = residentBytes(servers.bare!.process.pid!);
  const stopSampling = sampleRss();
  const stopSamplingBare = sampleRss(servers.bare!.process.pid!);
  for (let round = 0; round < 3; round += 1) {
    const batchesFor = (label: string) =>
      Array.from({ length: 12 }, (_, b) =>
        Array.from({ length: 5 }, (_, f) => ({
          name: `${label}-${b}-${f}.pdf`,
          bytes: makePdf(`${label} ${round} ${b} ${f} ${Date.now()}`, 1024 * 1024),
        })),
      );
    direct.push(await sendAll(`${servers.emulatorUrl}/v2/client_invoices/bulk`, { authorization: apiKey }, batchesFor('direct')));
    proxied.push(await sendAll(`${servers.appUrl}${appQontoPrefix}/v2/client_invoices/bulk`, appHeaders, batchesFor('proxied')));
    bare.push(await sendAll(`${servers.bare!.url}/api/qonto/v2/client_invoices/bulk`, {}, batchesFor('bare')));
  }
  const peakSixty = stopSampling();
  const barePeak = stopSamplingBare();
  const ratio = median(proxied) / median(direct);
  console.log('Bulk streaming: 60 PDFs of 1 MB in 12 requests of five, two at a time (median of 3 runs)');
  console.log(
    `  direct to the emulator ${median(direct).toFixed(0)} ms, through the app server ${median(proxied).toFixed(0)} ms: ratio ${ratio.toFixed(2)} (target ≤ ${targetRatio}): ${ratio <= targetRatio ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  the floor, a bare Node proxy (bare-proxy.ts) ${median(bare).toFixed(0)} ms: ratio ${(median(bare) / median(direct)).toFixed(2)}, RSS growth ${mb(barePeak - bareBaseline)} MB`,
  );
  console.log(
    `  app server RSS baseline ${mb(baseline)} MB, peak ${mb(peakSixty)} MB, growth ${mb(peakSixty - baseline)} MB (target < 64 MB): ${peakSixty - baseline < targetGrowthBytes ? 'met' : 'MISSED'}`,
  );

  const heavy = Array.from({ length: 10 }, (_, r) =>
    form(Array.from({ length: 3 }, (_, f) => ({ name: `r${r}-f${f}.pdf`, bytes: makePdf(`heavy ${r}-${f}-${Date.now()}`, 4_950_000) }))),
  );
  const heavyBaseline = residentBytes(servers.app.pid!);
  const stopHeavy = sampleRss();
  const started = performance.now();
  const statuses = await Promise.all(
    heavy.map(async (body) => {
      const response = await fetch(`${servers.appUrl}${appQontoPrefix}/v2/client_invoices/bulk`, {
        method: 'POST',
        headers: appHeaders,
        body,
      });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  const heavyPeak = stopHeavy();
  console.log(
    `  ten 15 MB bulk requests at once (148.5 MB, each within Qonto's 15,000,000 bytes) in ${(performance.now() - started).toFixed(0)} ms, statuses ${[...new Set(statuses)].join(',')}${statuses.every((status) => status === 200) ? '' : ' (expected 200: the figure below is not a streaming measure)'}`,
  );
  console.log(
    `  app server RSS before ${mb(heavyBaseline)} MB, peak ${mb(heavyPeak)} MB, growth ${mb(heavyPeak - heavyBaseline)} MB (target < 64 MB): ${heavyPeak - heavyBaseline < targetGrowthBytes ? 'met' : 'MISSED'}`,
  );
} finally {
  servers.stop();
}
