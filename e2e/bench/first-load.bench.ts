import { gzipSync } from 'node:zlib';
import { percentile, startBrowserBench } from './browser.ts';

/** Gzip size of the JavaScript the first page loads (target ≤ 150 KB) and navigation → interactive composer. */
const { servers, browser, stop } = await startBrowserBench();

try {
  const times: number[] = [];
  let scripts: { url: string; gzip: number }[] = [];
  for (let run = 0; run < 6; run += 1) {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const loaded: Promise<{ url: string; gzip: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        loaded.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length })));
    });
    const started = performance.now();
    await page.goto(servers.appUrl);
    await page.getByLabel('Item 1 title').waitFor({ state: 'visible' });
    await page.getByLabel('Item 1 title').fill('ready');
    const elapsed = performance.now() - started;
    if (run > 0) times.push(elapsed);
    scripts = await Promise.all(loaded);
    await context.close();
  }
  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  console.log('First load: the New invoice page, connected (API-key mode), on loopback');
  for (const script of scripts) console.log(`  ${new URL(script.url).pathname}: ${(script.gzip / 1024).toFixed(1)} KB gzip`);
  console.log(`  JavaScript loaded: ${(total / 1024).toFixed(1)} KB gzip (target ≤ 150 KB): ${total <= 150 * 1024 ? 'met' : 'MISSED'}`);
  console.log(
    `  navigation → interactive composer: median ${percentile(times, 50).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms (${times.length} cold loads)`,
  );
} finally {
  await stop();
}
