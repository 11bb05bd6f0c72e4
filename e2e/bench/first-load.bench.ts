import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { organizationId, percentile, startBrowserBench } from './browser.ts';

/**
 * Gzip size of the JavaScript the first page loads, the active language's catalog included (target ≤ 150 KB),
 * navigation → interactive composer, each language's catalog on its own, and what switching language costs.
 */
const { servers, browser, stop } = await startBrowserBench();
const pathOf = (url: string) => new URL(url).pathname;

try {
  const times: number[] = [];
  let scripts: { url: string; gzip: number; sent: number; encoding: string }[] = [];
  let onFirstBlur: number[] = [];
  for (let run = 0; run < 6; run += 1) {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const loaded: Promise<{ url: string; gzip: number; sent: number; encoding: string }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const encoding = response.headers()['content-encoding'] ?? 'identity';
      loaded.push(
        Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
          url: response.url(),
          gzip: gzipSync(body).length,
          sent: sizes.responseBodySize,
          encoding,
        })),
      );
    });
    const started = performance.now();
    await page.goto(`${servers.appUrl}/orgs/${organizationId}`);
    // A French browser: the app comes up in French, its catalog part of the first load.
    await page.getByLabel('Intitulé de la ligne 1').waitFor({ state: 'visible' });
    await page.getByLabel('Intitulé de la ligne 1').fill('prêt');
    const elapsed = performance.now() - started;
    if (run > 0) times.push(elapsed);
    scripts = await Promise.all(loaded);
    if (run === 5) {
      // What the page left out of its first load and fetches on use: the form's checks, at the first blur.
      const before = loaded.length;
      await page.keyboard.press('Tab');
      await page.waitForLoadState('networkidle');
      onFirstBlur = (await Promise.all(loaded.slice(before))).map((script) => script.gzip);
    }
    await context.close();
  }
  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  console.log('First load: the New invoice page in French, connected (API-key mode), on loopback');
  for (const script of scripts) console.log(`  ${pathOf(script.url)}: ${(script.gzip / 1024).toFixed(1)} KB gzip`);
  console.log(`  JavaScript loaded: ${(total / 1024).toFixed(1)} KB gzip (target ≤ 150 KB): ${total <= 150 * 1024 ? 'met' : 'MISSED'}`);
  const sent = scripts.reduce((sum, script) => sum + script.sent, 0);
  const encodings = [...new Set(scripts.map((script) => script.encoding))].join(', ');
  console.log(`  as the app server sends it (compressed at build time): ${(sent / 1024).toFixed(1)} KB (${encodings})`);
  const blurTotal = onFirstBlur.reduce((sum, size) => sum + size, 0);
  console.log(
    `  then, at the first blur (the form's checks and the catalog's second part): ${onFirstBlur.length} request(s), ${(blurTotal / 1024).toFixed(1)} KB gzip`,
  );
  console.log(
    `  navigation → interactive composer: median ${percentile(times, 50).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms (${times.length} cold loads)`,
  );

  const assets = new URL('../../web/dist/assets/', import.meta.url);
  const gzipOf = (pattern: RegExp) => {
    const name = readdirSync(assets).find((file) => pattern.test(file));
    return name ? `${(gzipSync(readFileSync(new URL(name, assets))).length / 1024).toFixed(1)} KB` : 'absent';
  };
  console.log(
    "Catalogs (two chunks per language, only the active one loaded; the second, 'later', with the first other page or part loaded on use):",
  );
  for (const language of ['de', 'en', 'es', 'fr', 'it']) {
    console.log(
      `  ${language}: ${gzipOf(new RegExp(`^${language}-[\\w-]+\\.js$`))} gzip, later ${gzipOf(new RegExp(`^pages-${language}-[\\w-]+\\.js$`))}`,
    );
  }

  const switches: { ms: number; paths: string[]; gzip: number }[] = [];
  for (let run = 0; run < 5; run += 1) {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${servers.appUrl}/orgs/${organizationId}`);
    // Typing in a line's title loads the product catalogue: its answer must not be counted as the switch's.
    const catalogue = page.waitForResponse((response) => pathOf(response.url()).endsWith('/v2/products'));
    await page.getByLabel('Intitulé de la ligne 1').fill('brouillon');
    await catalogue;
    const requested: Promise<{ path: string; gzip: number }>[] = [];
    page.on('response', (response) =>
      requested.push(response.body().then((body) => ({ path: pathOf(response.url()), gzip: gzipSync(body).length }))),
    );
    const started = performance.now();
    await page.getByLabel('Langue').selectOption('de');
    await page.getByRole('heading', { name: 'Neue Rechnung' }).waitFor();
    const ms = performance.now() - started;
    const responses = await Promise.all(requested);
    switches.push({
      ms,
      paths: responses.map((response) => response.path),
      gzip: responses.reduce((sum, response) => sum + response.gzip, 0),
    });
    await context.close();
  }
  const first = switches[0]!;
  console.log('Switching French → German on the New invoice page, with a line typed:');
  console.log(`  ${first.paths.length} request(s), ${(first.gzip / 1024).toFixed(1)} KB gzip: ${first.paths.join(', ')}`);
  // Which responses arrive before the heading changes can vary from run to run: each run's are named.
  const runsOf = new Map<string, number>();
  for (const path of switches.flatMap((run) => run.paths)) runsOf.set(path, (runsOf.get(path) ?? 0) + 1);
  console.log(
    `  over the ${switches.length} runs: ${[...runsOf].map(([path, runs]) => `${path} in ${runs}`).join(', ')}; requests per run ${switches.map((run) => run.paths.length).join(', ')}`,
  );
  console.log(
    `  select → German heading: median ${percentile(
      switches.map((run) => run.ms),
      50,
    ).toFixed(0)} ms (${switches.length} runs)`,
  );
} finally {
  await stop();
}
