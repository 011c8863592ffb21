// End-to-end tests of sharing: the QR code drawn in the page decodes (with jsQR, as a phone's
// scanner would) to the current link, and the copy-link button copies it or, when the
// clipboard refuses, selects it for copying by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { artifactPath, foreignRequests, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

const env = useSiteAndBrowser();

/** From the household page, its share link: tools.html opened at the share section. */
async function openShare(page) {
  await page.waitForSelector('#results td[data-yuan]');
  await page.click('#more-share');
  await page.waitForSelector('#share[open] svg.qr path');
  assert.equal(new URL(page.url()).pathname, '/tools.html');
}

test('the QR code decodes to the current link, which reopens the same scenario', async () => {
  const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 360, height: 640 } });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}?lang=en&land=6&adults=3`);
    await page.fill('#f-months', '8');
    await openShare(page);
    const link = await page.inputValue('#share-link');
    const url = new URL(link);
    assert.equal(url.hostname, '127.0.0.1');
    assert.equal(url.pathname, '/', "the link opens the household page, not the bigger one it was shared from");
    assert.deepEqual(
      Object.fromEntries(url.searchParams),
      { lang: 'en', land: '6', adults: '3', months: '8' },
      'the link carries the scenario as it is now, including what was just typed',
    );
    const png = PNG.sync.read(await page.locator('#share svg.qr').screenshot({ path: await artifactPath('qr-360x640.png') }));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(code, 'the QR code is readable');
    assert.equal(code.data, link);
    // The QR is large enough to scan from a projector: at least 240 CSS px on a phone.
    const box = await page.locator('#share svg.qr').boundingBox();
    assert.ok(box.width >= 240, `${box.width}px`);

    const fresh = await context.newPage();
    await fresh.goto(code.data);
    await fresh.waitForSelector('#results td[data-yuan]');
    const same = async (p) => p.$$eval('#results td[data-yuan]', (tds) => tds.map((td) => td.dataset.yuan));
    assert.deepEqual(await same(fresh), await same(page));
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
  }
});

test('copy link: copied to the clipboard, or selected for copying by hand when refused', async () => {
  const { context, errors } = await isolatedContext(env.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}?land=5`);
    await openShare(page);
    await page.click('#copy-link');
    await page.waitForSelector('.copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#share-link'));

    const refused = await context.newPage();
    await refused.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await refused.goto(`${env.server.url}?land=5&lang=en`);
    await openShare(refused);
    await refused.click('#copy-link');
    await refused.waitForSelector('.copy-by-hand');
    assert.match(await refused.textContent('.copy-by-hand'), /copy it by hand/);
    const selection = await refused.$eval('#share-link', (el) => [el.selectionStart, el.selectionEnd, el.value.length]);
    assert.deepEqual(selection, [0, selection[2], selection[2]], 'the whole link is selected');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
