import { emptyComposer } from '../../web/src/features/composer/model/composer-values.ts';
import { organizationId, percentile, startBrowserBench } from './browser.ts';

/**
 * Key press in a quantity field → the invoice total updated in the DOM, at 300 and at 30 items.
 * Targets: p95 < 16 ms at 300 items; the cost at 300 items at most 1.5× the cost at 30.
 */
const presses = 60;
const { servers, browser, stop } = await startBrowserBench();

async function measure(itemCount: number): Promise<number[]> {
  const values = emptyComposer({ iban: 'FR7616958000012345678901234', vatRate: '20' });
  values.client_id = 'c11e0000-0000-4000-8000-000000000001';
  values.items = Array.from({ length: itemCount }, (_, i) => ({
    ...values.items[0]!,
    title: `Line ${i + 1}`,
    quantity: String((i % 7) + 1),
    unit_price: `${100 + i},50`,
  }));
  const page = await browser.newPage({ locale: 'fr-FR' });
  await page.addInitScript(([key, draft]) => localStorage.setItem(key, draft), [
    `invoice-composer:draft:${organizationId}`,
    JSON.stringify({ values, savedAt: new Date().toISOString() }),
  ] as const);
  await page.goto(servers.appUrl);
  const row = Math.floor(itemCount / 2);
  const quantity = page.getByRole('group', { name: `Item ${row}`, exact: true }).getByLabel('Quantity');
  await quantity.waitFor();
  await page.evaluate(() => {
    const total = document.querySelector('output[aria-label="Invoice total"]')!;
    const state = { pressedAt: 0, samples: [] as number[] };
    (window as unknown as { bench: typeof state }).bench = state;
    document.addEventListener('keydown', (event) => (state.pressedAt = event.timeStamp), true);
    new MutationObserver(() => {
      if (state.pressedAt) state.samples.push(performance.now() - state.pressedAt);
      state.pressedAt = 0;
    }).observe(total, { childList: true, characterData: true, subtree: true });
  });
  await quantity.click();
  await quantity.press('End');
  for (let i = 0; i < presses; i += 1) {
    await quantity.press(i % 2 === 0 ? String((i % 9) + 1) : 'Backspace');
    await page.waitForTimeout(20);
  }
  const samples = await page.evaluate(() => (window as unknown as { bench: { samples: number[] } }).bench.samples);
  await page.close();
  return samples;
}

try {
  await measure(30);
  const small = await measure(30);
  const large = await measure(300);
  const p50 = (samples: number[]) => percentile(samples, 50);
  const p95 = (samples: number[]) => percentile(samples, 95);
  const growth = p50(large) / p50(small);
  console.log(`Composer responsiveness: key press in a quantity field → invoice total updated (${presses} presses each)`);
  console.log(`  30 items:  p50 ${p50(small).toFixed(1)} ms, p95 ${p95(small).toFixed(1)} ms (${small.length} samples)`);
  console.log(
    `  300 items: p50 ${p50(large).toFixed(1)} ms, p95 ${p95(large).toFixed(1)} ms (${large.length} samples) (target p95 < 16 ms): ${p95(large) < 16 ? 'met' : 'MISSED'}`,
  );
  console.log(`  cost growth 30 → 300 items (p50): ${growth.toFixed(2)}× (target ≤ 1.5×): ${growth <= 1.5 ? 'met' : 'MISSED'}`);
} finally {
  await stop();
}
