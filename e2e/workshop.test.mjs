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

    // Step 2: the land dividend range; step 6: 700 a year; step 8: 35 chicks.
    await page.click('#ws-next');
    await page.waitForFunction(() => /3,000–6,000/.test(document.querySelector('.ws-working')?.textContent));
    for (let i = 2; i < 8; i++) await page.click('#ws-next');
    await page.waitForFunction(() => /35/.test(document.querySelector('#ws-title')?.textContent));
    assert.match(await working(page), /35 只/);
    assert.equal(await page.textContent('.ws-key'), '35 只');

    // Language switched live: the same step, now in English.
    await page.click('#ws-lang');
    await page.waitForFunction(() => /chicks/.test(document.querySelector('#ws-title')?.textContent));
    assert.match(await working(page), /35 chicks/);
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

    // Step 9 explains why a batch is not 35 × 150; the last step compares cash and chicks; leave.
    await page.click('#ws-next');
    await page.waitForFunction(() => /Step 9 /.test(document.querySelector('.ws-case')?.textContent));
    assert.match(await working(page), /protective price/);
    assert.match(await page.textContent('.ws-note'), /¥5,250.*¥4,737/);
    await page.click('#ws-next');
    await page.waitForFunction(() => document.querySelector('#ws-next')?.disabled === true);
    assert.match(await title(page), /cash or chicks/);
    assert.equal((await page.locator('.ws-key').allTextContents()).length, 2);
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

const steps = 10;
const keyFigures = (page) => page.locator('.ws-key').allTextContents();
const slideText = (page) => page.evaluate(() => ({
  place: document.querySelector('.ws-case').textContent,
  working: document.querySelector('.ws-working')?.textContent,
  note: document.querySelector('.ws-note')?.textContent ?? null,
}));

// The paper's figures each step must show (issue #16): what `?step=N` alone opens.
const PAPER = {
  1: ['15,000 元'], 2: ['4,500 元'], 3: ['700 元', '45,900 元'], 4: ['13,970 元'], 5: ['1,863 元', '640 元'],
  6: ['700 元'], 7: ['7,000 元'], 8: ['35 只'], 9: ['4,737 元'], 10: ['659 元', '5,085 元'],
};

test('every ?step=N link gives the step\'s household and figures, the same as stepping there (issue #16)', async () => {
  const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 720 } });
  try {
    const walk = await context.newPage();
    await walk.goto(`${env.server.url}workshop.html`);
    await walk.waitForSelector('#workshop .ws-key');
    const fresh = await context.newPage();
    for (let n = 1; n <= steps; n++) {
      if (n > 1) {
        await walk.click('#ws-next');
        await walk.waitForFunction((n) => new URLSearchParams(location.search).get('step') === String(n), n);
      }
      await walk.waitForSelector('#workshop .ws-key');
      await fresh.goto(`${env.server.url}workshop.html?step=${n}`);
      await fresh.waitForSelector('#workshop .ws-key');
      assert.deepEqual(await keyFigures(fresh), PAPER[n], `step ${n}: the paper's figures`);
      assert.deepEqual(await keyFigures(walk), PAPER[n], `step ${n} reached by Next`);
      assert.deepEqual(await slideText(fresh), await slideText(walk), `step ${n}: the same working either way`);
    }
    assert.match(await fresh.textContent('.ws-working'), /B1/, 'the closing step shows the cash dividend beside the chicks');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
  }
});

test('arrow keys, PageUp/PageDown, space, Home and End step through; typing in a field does not (issue #16)', async () => {
  const { context, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}workshop.html?step=1`);
    await page.waitForSelector('#workshop .ws-key');
    const at = (n) => page.waitForFunction((n) => new URLSearchParams(location.search).get('step') === String(n)
      && document.querySelector('.ws-case')?.textContent.includes(`第 ${n} /`), n);
    await page.keyboard.press('ArrowRight');
    await at(2);
    await page.keyboard.press('PageDown');
    await at(3);
    await page.keyboard.press('Space');
    await at(4);
    await page.keyboard.press('ArrowLeft');
    await at(3);
    await page.keyboard.press('PageUp');
    await at(2);
    await page.keyboard.press('End');
    await at(steps);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Home');
    await at(1);
    assert.equal(await page.evaluate(() => scrollY), 0, 'the keys turned the slide, not the page');
    // In the calculator below the slide, keys are the field's.
    await page.focus('#f-land');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await at(1);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

const SCREENS = [
  { width: 768, height: 1024 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

for (const lang of ['zh', 'en']) {
  test(`a projector layout: every step fits the screen, large type, Next in one place (${lang}, issue #16)`, async () => {
    const { context, errors } = await isolatedContext(env.browser, { viewport: SCREENS[0] });
    try {
      const page = await context.newPage();
      for (const screen of SCREENS) {
        await page.setViewportSize(screen);
        let next = null;
        for (let n = 1; n <= steps; n++) {
          await page.goto(`${env.server.url}workshop.html?step=${n}${lang === 'en' ? '&lang=en' : ''}`);
          await page.waitForSelector('#workshop .ws-key');
          const m = await page.evaluate(() => {
            const slide = document.querySelector('#workshop');
            const px = (sel) => [...slide.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
            const below = [...slide.querySelectorAll('*')]
              .filter((e) => e.getClientRects().length > 0)
              .filter((e) => e.getBoundingClientRect().bottom > innerHeight + 0.5 || e.getBoundingClientRect().right > innerWidth + 0.5)
              .map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 40)}`);
            const header = document.querySelector('.top');
            const next = document.querySelector('#ws-next').getBoundingClientRect();
            return {
              body: [...px('.ws-paper'), ...px('.ws-working li'), ...px('.ws-note')],
              keys: px('.ws-key'),
              below,
              clipped: slide.scrollHeight > slide.clientHeight + 1,
              header: header ? header.getClientRects().length > 0 : false,
              next: [Math.round(next.x), Math.round(next.y)],
            };
          });
          const where = `step ${n} at ${screen.width}×${screen.height}`;
          assert.deepEqual(m.below, [], `${where}: nothing below the fold`);
          assert.equal(m.clipped, false, `${where}: nothing cut off`);
          assert.equal(m.header, false, `${where}: no app header in the way`);
          if (screen.width === 1280) {
            for (const size of m.body) assert.ok(size >= 28, `${where}: body text ${size}px`);
            for (const size of m.keys) assert.ok(size >= 40, `${where}: key number ${size}px`);
          }
          next ??= m.next;
          assert.deepEqual(m.next, next, `${where}: Next where it was on step 1`);
          await page.screenshot({ path: await artifactPath(`workshop-step${n}-${lang}-${screen.width}x${screen.height}.png`) });
        }
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
