// End-to-end test of workshop mode, the trainer's page (workshop.html, its own bundle): a
// trainer steps through the paper's two cases in large type, switches language live, hands out
// the QR code of any step, and goes back to the household page with its scenario as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { artifactPath, foreignRequests, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

const env = useSiteAndBrowser();

const title = (page) => page.textContent('#ws-title');
const working = (page) => page.textContent('.ws-working');

test('step through both cases, switch language live, scan a step, and come back to the household as it was', async () => {
  const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}?land=4&cash=2000`);
    await page.waitForSelector('#results td[data-yuan]');
    const household = page.url();
    await page.click('#workshop-toggle');
    await page.waitForSelector('#workshop');
    assert.equal(new URL(page.url()).pathname, '/workshop.html');
    assert.equal(new URL(page.url()).searchParams.get('step'), '1');
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
    assert.equal(new URL(code.data).pathname, '/workshop.html');
    const scanned = await context.newPage();
    await scanned.goto(code.data);
    await scanned.waitForSelector('#workshop');
    assert.equal(await title(scanned), await title(page));

    // Last step, then leave.
    await page.click('#ws-next');
    await page.waitForFunction(() => document.querySelector('#ws-next')?.disabled === true);
    assert.match(await working(page), /protective price/);
    await page.click('#ws-exit');
    await page.waitForSelector('#results td[data-yuan]');
    assert.equal(await page.locator('#workshop').count(), 0);
    assert.equal(page.url(), household, "the household page's link is as it was");
    assert.equal(await page.inputValue('#f-land'), '4');
    assert.equal(await page.inputValue('#f-cash'), '2000');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
  }
});

test('a link with a workshop step opens that step on the trainer\'s page', async () => {
  const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}?step=3&lang=en`);
    await page.waitForSelector('#workshop');
    assert.equal(new URL(page.url()).pathname, '/workshop.html');
    assert.match(await page.textContent('.ws-case'), /Step 3 of/);
    const staff = requests.filter((u) => /\/staff[^/]*$/.test(new URL(u).pathname));
    assert.deepEqual(staff, [], 'the trainer\'s page loads no staff file');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
  }
});
