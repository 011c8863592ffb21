// Keystroke benchmark: time from an input event in the land field to the results table
// updated, in headless Chromium with the CPU throttled 4× through the DevTools protocol (a
// slow phone). Run after `trunk build --release`: `node bench/keystroke.mjs` (README); DIST serves
// another build's directory, RUNS and RATE change the keystrokes and the throttling. 100
// keystrokes by default: with 40, the median moved by up to 3 ms from one run to the next.
// Target: median ≤ 16 ms.
import { isolatedContext, launchBrowser, serveDist } from '../e2e/helpers.mjs';

const RUNS = Number(process.env.RUNS || 100);
const WARMUP = 5;

const server = await serveDist(process.env.DIST);
const browser = await launchBrowser();
try {
  const { context, errors } = await isolatedContext(browser, { viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE || 4) });
  await page.goto(server.url);
  await page.waitForSelector('#results td[data-yuan]');
  const samples = await page.evaluate(async (runs) => {
    const input = document.querySelector('#f-land');
    const total = () => document.querySelector('#results tr[data-pattern="S"] td[data-col="total"]')?.dataset.yuan;
    const table = document.getElementById('results');
    const out = [];
    for (let i = 0; i < runs; i++) {
      const before = total();
      const updated = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (total() !== before) {
            obs.disconnect();
            resolve(performance.now());
          }
        });
        obs.observe(table, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      const t0 = performance.now();
      input.value = String(3 + (i % 9) + 0.25);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      const t1 = await updated;
      const t2 = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      out.push({ update: t1 - t0, frame: t2 - t0 });
    }
    return out;
  }, RUNS + WARMUP);
  const kept = samples.slice(WARMUP);
  const stat = (key) => {
    const xs = kept.map((s) => s[key]).sort((a, b) => a - b);
    return { median: xs[Math.floor(xs.length / 2)], p90: xs[Math.floor(xs.length * 0.9)] };
  };
  const u = stat('update');
  const f = stat('frame');
  console.log(`keystroke → results updated, CPU ${process.env.RATE || 4}× throttled, ${kept.length} runs:`);
  console.log(`  table updated: median ${u.median.toFixed(1)} ms, p90 ${u.p90.toFixed(1)} ms (target median ≤ 16 ms)`);
  console.log(`  next frame:    median ${f.median.toFixed(1)} ms, p90 ${f.p90.toFixed(1)} ms`);
  if (errors.length) console.log('page errors:', errors);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
