// End-to-end test of workshop mode: a trainer steps through the paper's two cases in large
// type, switches language live, and hands out the QR code of any step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { artifactPath, foreignRequests, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

const env = useSiteAndBrowser();

const title = (page) => page.textContent('#ws-title');
const working = (page) => page.textContent('.ws-working');

test('step through both cases, switch language live, scan a step', async () => {
  const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.waitForSelector('#results td[data-yuan]');
    await page.click('#workshop-toggle');
    await page.waitForSelector('#workshop');
    assert.match(await title(page), /租金/);
    assert.match(await working(page), /15,000/, 'step 1: 1 ha × 15,000 yuan/ha');
    assert.ok(await page.isDisabled('#ws-prev'));
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.app')).fontSize));
    assert.ok(size >= 22, `large type for a projector: ${size}px`);

    // Step 2: the land dividend range; step 6: 700 a year; step 8: 35 chicks.
    await page.click('#ws-next');
    await page.waitForFunction(() => /3,000–6,000/.test(document.querySelector('.ws-working')?.textContent));
    for (let i = 2; i < 8; i++) await page.click('#ws-next');
    await page.waitForFunction(() => /35/.test(document.querySelector('#ws-title')?.textContent));
    assert.match(await working(page), /35 只/);

    // Language switched live: the same step, now in English.
    await page.click('#lang-switch');
    await page.waitForFunction(() => /chicks/.test(document.querySelector('#ws-title')?.textContent));
    assert.match(await working(page), /35 birds/);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '8');
    await page.screenshot({ path: await artifactPath('workshop-en-1280x720.png') });

    // The step's QR code opens the same step.
    const png = PNG.sync.read(await page.locator('#workshop svg.qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(code, 'QR readable');
    assert.equal(new URL(code.data).searchParams.get('step'), '8');
    const scanned = await context.newPage();
    await scanned.goto(code.data);
    await scanned.waitForSelector('#workshop');
    assert.equal(await title(scanned), await title(page));

    // Last step, then leave.
    await page.click('#ws-next');
    await page.waitForFunction(() => document.querySelector('#ws-next')?.disabled === true);
    assert.match(await working(page), /protective price/);
    await page.click('#ws-exit');
    await page.waitForFunction(() => !document.querySelector('#workshop'));
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
  }
});
