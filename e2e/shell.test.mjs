// End-to-end tests of the app shell, against the release build in dist/.
// Run with `node --test e2e/` (scripts/test.sh does, after `trunk build --release`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  artifactPath,
  foreignRequests,
  isolatedContext,
  launchBrowser,
  serveDist,
} from './helpers.mjs';

const ZH_NAME = '合作收益计算器';
const EN_NAME = 'Cooperation Returns Calculator';
const PHONE = { width: 360, height: 640 };

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the app has mounted and shows its name in `lang`. */
async function appShows(page, name, lang) {
  await page.waitForFunction(
    ([name, lang]) =>
      document.querySelector('header.top h1')?.textContent === name &&
      document.documentElement.getAttribute('lang') === lang &&
      document.title === name,
    [name, lang],
  );
}

async function pageState(page) {
  return page.evaluate(() => ({
    h1: document.querySelector('header.top h1')?.textContent,
    title: document.title,
    lang: document.documentElement.getAttribute('lang'),
    stored: localStorage.getItem('hezuo.lang'),
    boot: document.getElementById('boot') !== null,
    scrollWidth: document.documentElement.scrollWidth,
    switchText: document.getElementById('lang-switch')?.textContent,
  }));
}

test('the shell is Chinese first, switches to English, remembers it, and stays on 127.0.0.1', async () => {
  const { context, requests, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();

    await page.goto(server.url);
    await appShows(page, ZH_NAME, 'zh-CN');
    let state = await pageState(page);
    assert.equal(state.h1, ZH_NAME);
    assert.equal(state.title, ZH_NAME);
    assert.equal(state.lang, 'zh-CN');
    assert.equal(state.boot, false, 'the #boot loading notice is removed once the app runs');
    assert.equal(state.switchText, 'English');
    assert.ok(state.scrollWidth <= PHONE.width, `no horizontal scroll at 360 px (zh): ${state.scrollWidth}`);
    await page.screenshot({ path: await artifactPath('shell-zh-360x640.png') });

    await page.click('#lang-switch');
    await appShows(page, EN_NAME, 'en');
    state = await pageState(page);
    assert.equal(state.h1, EN_NAME);
    assert.equal(state.title, EN_NAME);
    assert.equal(state.stored, 'en');
    assert.equal(state.switchText, '中文');
    assert.ok(state.scrollWidth <= PHONE.width, `no horizontal scroll at 360 px (en): ${state.scrollWidth}`);
    await page.screenshot({ path: await artifactPath('shell-en-360x640.png') });

    await page.reload();
    await appShows(page, EN_NAME, 'en');
    state = await pageState(page);
    assert.equal(state.h1, EN_NAME, 'English is remembered across a reload');
    assert.equal(state.boot, false);

    await page.click('#lang-switch');
    await appShows(page, ZH_NAME, 'zh-CN');
    state = await pageState(page);
    assert.equal(state.h1, ZH_NAME);
    assert.equal(state.title, ZH_NAME);
    assert.equal(state.stored, 'zh');

    assert.deepEqual(errors, [], 'no console error and no page error');
    assert.ok(requests.length > 0, 'the page made requests');
    assert.deepEqual(foreignRequests(requests), [], 'every request goes to 127.0.0.1');
    assert.ok(
      requests.some((u) => u.endsWith('.wasm')),
      `the wasm module was loaded from the test server: ${requests.join(', ')}`,
    );
  } finally {
    await context.close();
  }
});

test('without JavaScript the first screen shows the title, tabs and labelled form in Chinese, with the noscript message', async () => {
  const { context, requests, errors } = await isolatedContext(browser, {
    viewport: PHONE,
    javaScriptEnabled: false,
  });
  try {
    const page = await context.newPage();
    await page.goto(server.url);

    const zh = page.locator('#boot noscript p[lang="zh-CN"]');
    const en = page.locator('#boot noscript p[lang="en"]');
    await zh.waitFor({ state: 'visible' });
    await en.waitFor({ state: 'visible' });
    assert.match(await zh.textContent(), /JavaScript/);
    assert.match(await zh.textContent(), /需要/);
    assert.match(await en.textContent(), /needs JavaScript/);
    // The page's own HTML: the first screen rendered at build time, in Chinese only.
    const first = page.locator('#first .first-zh');
    assert.equal(await first.locator('h1').textContent(), ZH_NAME);
    assert.ok(await first.locator('h1').isVisible());
    assert.deepEqual(await first.locator('nav.tabs .tab').allTextContents(), ['一户', '合作社', '社员名单']);
    assert.equal(await page.getByLabel('土地', { exact: true }).inputValue(), '3.9');
    assert.ok(await page.getByLabel('劳动力（成年人）').isVisible());
    assert.equal(await page.locator('#first .first-en').isVisible(), false, 'the English copy is hidden');
    assert.match(await first.locator('.computing').textContent(), /正在计算/);
    assert.equal(await page.locator('#results').count(), 0, 'the app did not start');
    await page.screenshot({ path: await artifactPath('noscript-360x640.png') });

    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), [], 'every request goes to 127.0.0.1');
  } finally {
    await context.close();
  }
});

test('before the WebAssembly arrives the first screen shows the link\'s language and values, and what is typed there is kept', async () => {
  const { context, errors } = await isolatedContext(browser, { viewport: PHONE });
  let release;
  const gate = new Promise((ok) => (release = ok));
  await context.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=en&land=5&cash=2000`);
    const land = page.getByLabel('Land', { exact: true });
    await land.waitFor({ state: 'visible' });
    assert.equal(await page.locator('#first h1').textContent(), EN_NAME);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(await page.locator('#first nav.tabs .tab').allTextContents(), ['Household', 'Cooperative', 'Member roster']);
    assert.equal(await page.locator('.first-zh').count(), 0, 'the Chinese copy is removed (ids stay unique)');
    assert.equal(await land.inputValue(), '5');
    assert.equal(await page.getByLabel('Cash on hand').inputValue(), '2000');
    assert.match(await page.locator('#first .computing').textContent(), /Calculating/);
    assert.equal(await page.locator('#results').count(), 0, 'the app has not started');
    await page.screenshot({ path: await artifactPath('first-screen-en-360x640.png') });

    // The villager types while the WebAssembly loads: the link and the tabs keep it.
    await land.fill('6.5');
    await land.focus();
    assert.match(page.url(), /land=6\.5/);
    assert.match(await page.locator('#first #tab-coop').getAttribute('href'), /^staff\.html\?view=coop&.*land=6\.5/);
    const before = await land.boundingBox();

    release();
    await page.waitForSelector('#results td[data-yuan]');
    assert.equal(await page.locator('#first').count(), 0, 'the app took the first screen\'s place');
    const live = page.getByLabel('Land', { exact: true });
    assert.equal(await live.inputValue(), '6.5');
    assert.ok(await live.evaluate((el) => el === document.activeElement), 'the field typed in keeps the focus');
    assert.deepEqual(await live.boundingBox(), before, 'the form did not move when the app took over');
    assert.match(await page.locator('#summary-text').textContent(), /6\.5/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
