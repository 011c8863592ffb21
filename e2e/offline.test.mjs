// End-to-end tests of offline use, installability, the Content-Security-Policy and the
// "new version" offer, against the release build in dist/ (sw.js and the CSP hash are written
// by scripts/postbuild.mjs, Trunk's post-build hook). No sleeps: every wait is on an event or
// a condition in the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  DIST,
  REPO_ROOT,
  artifactPath,
  foreignRequests,
  isolate,
  isolatedContext,
  launchBrowser,
  serveDist,
} from './helpers.mjs';

const PHONE = { width: 360, height: 640 };
const S_TOTAL = '#results tr[data-pattern="S"] td[data-col="total"]';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Waits until the app has computed the results table. */
function resultsShown(page) {
  return page.waitForSelector(`${S_TOTAL}[data-yuan]`, { state: 'attached' });
}

/** Waits until the service worker is active and controls the page; returns this build's caches. */
async function swControls(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(() => caches.keys());
}

function sTotal(page) {
  return page.locator(S_TOTAL).getAttribute('data-yuan');
}

/** Types `text` into a field as a user would (select all, type). */
async function type(page, key, text) {
  const input = page.locator(`#f-${key}`);
  await input.fill('');
  await input.pressSequentially(text);
}

/** The build hash written into a directory's sw.js. */
async function swBuild(dir) {
  const m = (await readFile(join(dir, 'sw.js'), 'utf8')).match(/\bBUILD ?= ?"([0-9a-f]{16})"/);
  assert.ok(m, 'sw.js names its build');
  return m[1];
}

/** The CSP of an index.html as { directive: [sources] }. */
function cspOf(html) {
  const m = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  assert.ok(m, 'index.html has a CSP meta element');
  const out = {};
  for (const d of m[1].split(';').map((s) => s.trim()).filter(Boolean)) {
    const [name, ...sources] = d.split(/\s+/);
    out[name] = sources;
  }
  return out;
}

test('after one visit the app opens and computes with the network off, from 127.0.0.1 only', async () => {
  const server = await serveDist();
  const { context, requests, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?land=5`);
    await resultsShown(page);
    const keys = await swControls(page);
    assert.deepEqual(keys, [`hezuo-${await swBuild(DIST)}`], 'one cache, named after this build');

    // The network goes away: the browser is offline and the server is gone.
    await context.setOffline(true);
    await server.close();
    const response = await page.reload();
    assert.ok(response.fromServiceWorker(), 'the page came from the service worker');
    await resultsShown(page);
    assert.equal(await page.inputValue('#f-land'), '5', 'the scenario in the address is restored');
    assert.equal(await page.locator('#boot').count(), 0, 'the app started');

    const before = await sTotal(page);
    await type(page, 'land', '12');
    await page.waitForFunction(
      ([sel, old]) => {
        const v = document.querySelector(sel)?.getAttribute('data-yuan');
        return v !== null && v !== undefined && v !== old;
      },
      [S_TOTAL, before],
    );
    assert.notEqual(await sTotal(page), before, 'typing a land value recomputes offline');
    await page.screenshot({ path: await artifactPath('offline-360x640.png') });

    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(foreignRequests([...requests, ...resources]), [], 'every request goes to 127.0.0.1');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(errors, [], 'no console error and no page error');
  } finally {
    await context.close();
    await server.close();
  }
});

test("the settings' bases come with the settings: kept once opened online; offline before that, each default keeps its source", async () => {
  const server = await serveDist();
  const { context, requests, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    // A villager who never opened the settings online: offline, they open with every default
    // and its source, without the basis in words, and nothing fails.
    const page = await context.newPage();
    await page.goto(`${server.url}?land=5`);
    await resultsShown(page);
    await swControls(page);
    assert.ok(!requests.some((u) => u.endsWith('/basis.txt')), 'a first visit does not download the bases');
    // The page again (online or not), its settings opened.
    const settingsAgain = async () => {
      await page.reload();
      await resultsShown(page);
      await page.click('#settings > summary');
    };
    await context.setOffline(true);
    await settingsAgain();
    await page.waitForSelector('#settings[open] .basis');
    assert.equal(await page.locator('#settings .basis-text').count(), 0, 'no basis offline before it was ever had');
    assert.ok((await page.locator('#settings .basis').count()) > 10, 'each default still shows its source');

    // Online, the settings opened once: the bases come, and are kept for offline.
    await context.setOffline(false);
    await settingsAgain();
    await page.waitForSelector('#settings .basis-text');
    const online = await page.locator('#settings .basis-text').count();
    await context.setOffline(true);
    await settingsAgain();
    await page.waitForSelector('#settings .basis-text');
    assert.equal(await page.locator('#settings .basis-text').count(), online, 'every basis offline once had');
    // The one failure is the bases' download while offline.
    assert.deepEqual(errors.filter((e) => !/basis\.txt|Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('villagers never download the staff page; staff who used it can open it offline', async () => {
  const server = await serveDist();
  const { context, requests, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await resultsShown(page);
    await swControls(page);
    const staffFiles = (urls) => urls.filter((u) => /\/(staff[^/]*|roster-worker\.js)(\?|$)/.test(new URL(u).pathname));
    assert.deepEqual(staffFiles(requests), [], 'the household page and its service worker fetch no staff file');

    await page.click('#tab-coop');
    await page.waitForSelector('#coop [data-yuan]');
    await context.setOffline(true);
    await server.close();
    const response = await page.reload();
    assert.ok(response.fromServiceWorker(), 'the staff page came from the service worker');
    await page.waitForSelector('#coop [data-yuan]');
    await page.click('#tab-roster');
    await page.waitForSelector('#roster-file');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a first visit does not download the saved scenarios; once opened they open and save offline, and open a scenario', async () => {
  const server = await serveDist();
  const { context, requests, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?land=6`);
    await resultsShown(page);
    await swControls(page);
    const savedFiles = (urls) => urls.filter((u) => /\/saved(_bg)?\.(js|wasm)$/.test(new URL(u).pathname));
    const toolsFiles = (urls) => urls.filter((u) => /\/(tools[^/]*|workshop(_bg)?\.(js|wasm))$/.test(new URL(u).pathname));
    assert.deepEqual(savedFiles(requests), [], 'the household page and its service worker fetch no saved-scenarios file');
    assert.deepEqual(toolsFiles(requests), [], 'nor the page with sharing, saving and printing');

    // The household page's link opens tools.html at the saved scenarios, with the scenario.
    await page.click('#more-saved');
    await page.waitForSelector('#saved[open] .saved-empty');
    assert.equal(new URL(page.url()).pathname, '/tools.html');
    assert.equal(await page.inputValue('#f-land'), '6', 'the scenario came along');
    assert.deepEqual(
      [...new Set(savedFiles(requests).map((u) => new URL(u).pathname))].sort(),
      ['/saved.js', '/saved_bg.wasm'],
      'opening the section fetched its bundle',
    );
    await page.fill('#save-name', '六亩');
    await page.click('#save-scenario');
    await page.waitForSelector('#saved-list .saved-name:text-is("六亩")');

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await resultsShown(page);
    assert.equal(await page.inputValue('#f-land'), '6', 'the scenario is in the link');
    await page.fill('#f-land', '9');
    await page.waitForFunction(() => location.search.includes('land=9'));
    // The link still ends in #saved: the section opens by itself.
    assert.equal(new URL(page.url()).hash, '#saved');
    await page.waitForSelector('#saved[open] #saved-list .saved-name:text-is("六亩")');
    await page.locator('#saved-list .saved-item', { hasText: '六亩' }).locator('button.open').click();
    await page.waitForFunction(() => document.querySelector('#f-land').value === '6');
    await page.waitForFunction(() => location.search.includes('land=6'));
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('offline before the saved scenarios were ever opened, the section says why and opens once the network is back', async () => {
  const server = await serveDist();
  const { context, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    // The page with the saved scenarios, opened online once (without opening them).
    await page.goto(`${server.url}tools.html`);
    await resultsShown(page);
    await swControls(page);
    await context.setOffline(true);
    await page.click('#saved > summary');
    const alert = page.locator('#saved [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /需要联网打开一次/);
    await context.setOffline(false);
    await page.click('#saved > summary'); // closed
    await page.click('#saved > summary'); // and opened again: it tries again
    await page.waitForSelector('#saved .saved-empty');
    assert.equal(await alert.count(), 0);
    // The failed download is the only error the page reported.
    assert.ok(errors.every((e) => /saved|Failed to fetch|net::ERR_(FAILED|INTERNET_DISCONNECTED)|dynamically imported/.test(e)), errors.join('\n'));
  } finally {
    await context.close();
    await server.close();
  }
});

test("villagers never download the trainer's page; a trainer who opened it can open it offline", async () => {
  const server = await serveDist();
  const { context, requests, errors } = await isolatedContext(browser, { viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await resultsShown(page);
    await swControls(page);
    const workshopFiles = (urls) => urls.filter((u) => /\/(workshop|tools)[^/]*$/.test(new URL(u).pathname));
    assert.deepEqual(workshopFiles(requests), [], "the household page and its service worker fetch no file of the trainer's page");

    await page.click('#workshop-toggle');
    await page.waitForSelector('#workshop');
    await page.click('#ws-next');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '2');
    await context.setOffline(true);
    await server.close();
    const response = await page.reload();
    assert.ok(response.fromServiceWorker(), "the trainer's page came from the service worker");
    await page.waitForSelector('#workshop');
    assert.match(await page.textContent('.ws-case'), /第 2 /);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a first visit straight to the trainer\'s, tools or staff page opens offline the next time', async () => {
  const server = await serveDist();
  try {
    for (const [path, ready] of [
      ['workshop.html?step=2', '#workshop'],
      ['tools.html?land=5#share', '#share[open] svg.qr'],
      ['staff.html?view=coop', '#coop [data-yuan]'],
    ]) {
      const { context, requests, errors } = await isolatedContext(browser, { viewport: PHONE });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        await page.waitForSelector(ready);
        await swControls(page);
        // The page hands the worker what it loaded before the worker was there.
        const pagePath = new URL(`${server.url}${path}`).pathname;
        await page.waitForFunction(async (p) => {
          const cache = await caches.open((await caches.keys())[0]);
          return (await cache.keys()).some((r) => new URL(r.url).pathname === p);
        }, pagePath);
        await page.waitForFunction(async () => {
          const cache = await caches.open((await caches.keys())[0]);
          return (await cache.keys()).some((r) => /_bg\.wasm$/.test(new URL(r.url).pathname) && !/hezuo-/.test(r.url));
        });
        await context.setOffline(true);
        const response = await page.reload();
        assert.ok(response.fromServiceWorker(), `${path}: the page came from the service worker`);
        await page.waitForSelector(ready);
        assert.deepEqual(errors, [], path);
        assert.deepEqual(foreignRequests(requests), [], path);
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
});

test('offline, a page never opened online says so in both languages and keeps its link', async () => {
  const server = await serveDist();
  const { context, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await resultsShown(page);
    await swControls(page);
    await context.setOffline(true);
    for (const path of ['staff.html?view=roster&land=5', 'workshop.html?step=4', 'tools.html?land=5']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('#not-yet');
      assert.match(await page.textContent('#not-yet'), /还没有在联网时打开过/);
      assert.match(await page.textContent('#not-yet'), /not been opened online/);
      assert.ok(page.url().endsWith(path), `the link is kept: ${page.url()}`);
      assert.equal(await page.locator('#results').count(), 0, 'not the household page');
    }
    // The failed navigations are the only errors reported.
    assert.ok(errors.every((e) => /503|net::ERR_/.test(e)), errors.join('\n'));
  } finally {
    await context.close();
    await server.close();
  }
});

test('the manifest is linked, valid and installable, and its icons are served', async () => {
  const server = await serveDist();
  const profile = await mkdtemp(join(tmpdir(), 'hezuo-profile-'));
  // A persistent profile: Chromium never calls an incognito context's app installable.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
  });
  const { requests, errors } = await isolate(context);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await resultsShown(page);
    await swControls(page);

    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    const manifestUrl = new URL(href, page.url());
    const res = await fetch(manifestUrl);
    assert.equal(res.status, 200);
    const manifest = await res.json();
    assert.equal(manifest.name, '合作收益计算器');
    assert.equal(manifest.short_name, '合作收益');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.theme_color, '#1d6b3a');
    assert.equal(manifest.background_color, '#f4f2ec');
    assert.equal(manifest.lang, 'zh-CN');
    assert.equal(
      await page.getAttribute('meta[name="theme-color"]', 'content'),
      manifest.theme_color,
      'the page has the manifest theme colour',
    );

    const sizes = new Set();
    for (const icon of manifest.icons) {
      const url = new URL(icon.src, manifestUrl);
      assert.equal(url.origin, manifestUrl.origin, `${icon.src} is on this origin`);
      const r = await fetch(url);
      assert.equal(r.status, 200, `${icon.src} is served`);
      assert.equal(r.headers.get('content-type'), icon.type, `${icon.src} has type ${icon.type}`);
      const body = Buffer.from(await r.arrayBuffer());
      assert.ok(body.length <= 8 * 1024, `${icon.src} is small: ${body.length} bytes`);
      if (icon.type === 'image/png') {
        assert.equal(body.subarray(1, 4).toString('latin1'), 'PNG', `${icon.src} is a PNG`);
        const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
        assert.equal(icon.sizes, `${w}x${h}`, `${icon.src} is as large as it says`);
        sizes.add(icon.sizes);
      } else {
        assert.match(body.toString('utf8'), /^<svg /, `${icon.src} is an SVG`);
      }
    }
    assert.ok(sizes.has('192x192') && sizes.has('512x512'), 'PNG icons of 192 and 512 px');

    const cdp = await context.newCDPSession(page);
    const parsed = await cdp.send('Page.getAppManifest');
    assert.equal(parsed.url, manifestUrl.href);
    assert.deepEqual(parsed.errors, [], 'Chromium parses the manifest without errors');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium can install the app');

    assert.deepEqual(foreignRequests(requests), [], 'every request goes to 127.0.0.1');
    assert.deepEqual(errors, [], 'no console error and no page error');
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the CSP allows no inline script but the hashed loader, and nothing in the app violates it', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const csp = cspOf(html);
  assert.ok(html.indexOf('http-equiv="Content-Security-Policy"') < html.indexOf('<script'), 'the CSP comes before any script');
  assert.deepEqual(csp['default-src'], ["'self'"]);
  assert.deepEqual(csp['style-src'], ["'self'"]);
  assert.deepEqual(csp['img-src'], ["'self'", 'data:']);
  assert.deepEqual(csp['connect-src'], ["'self'"]);
  assert.deepEqual(csp['manifest-src'], ["'self'"]);
  assert.deepEqual(csp['worker-src'], ["'self'"]);
  assert.deepEqual(csp['object-src'], ["'none'"]);
  assert.deepEqual(csp['base-uri'], ["'self'"]);
  assert.deepEqual(csp['form-action'], ["'none'"]);
  const scriptSrc = csp['script-src'];
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), "no 'unsafe-inline' in script-src");
  assert.ok(!scriptSrc.includes("'unsafe-eval'"), "no 'unsafe-eval' in script-src");
  const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1]));
  assert.equal(inline.length, 1, "one inline script: Trunk's wasm loader");
  const hashes = inline.map((m) => `'sha256-${createHash('sha256').update(m[2]).digest('base64')}'`);
  assert.deepEqual(scriptSrc, ["'self'", "'wasm-unsafe-eval'", ...hashes], 'script-src: self, wasm, the loader hash');
  for (const sources of Object.values(csp)) {
    for (const s of sources) assert.match(s, /^('[^']+'|data:)$/, `no host source in the CSP: ${s}`);
  }

  const server = await serveDist();
  const { context, requests, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await resultsShown(page);
    await swControls(page);
    // Every part of the app: each section opened, a row's details, typing, the other language.
    // (Opening a section can add more sections inside it.)
    for (let i = 0; i < 50; i++) {
      // The app's render after the last toggle first (two frames): a section's open state is
      // the app's, and a render can come after the toggle event.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const closed = page.locator('details:not([open]) > summary').first();
      if ((await closed.count()) === 0) break;
      const handle = await closed.elementHandle();
      await handle.click();
      await page.waitForFunction((summary) => !summary.isConnected || summary.parentElement.open, handle);
    }
    assert.equal(await page.locator('details:not([open])').count(), 0, 'every section is open');
    await page.locator('.details-btn').first().click();
    await type(page, 'land', '8');
    await page.waitForFunction(() => /land=8/.test(location.search));
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForSelector('svg', { state: 'attached' });

    // A script the page did not ship is refused. Violations are reported in order, so once this
    // one is seen every earlier one would have been too.
    const sentinel = 'window.__injected = true;';
    await page.evaluate((text) => {
      const s = document.createElement('script');
      s.textContent = text;
      document.head.append(s);
    }, sentinel);
    await page.waitForFunction(() => window.__cspViolations.length > 0);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), ['script-src-elem inline']);
    assert.equal(await page.evaluate(() => window.__injected), undefined, 'the injected script did not run');
    const sentinelHash = createHash('sha256').update(sentinel).digest('base64');
    const others = errors.filter((e) => !e.includes(sentinelHash));
    assert.equal(errors.length - others.length, 1, 'the refused script is reported on the console');
    assert.deepEqual(others, [], 'no other console error, no CSP violation, no page error');
    assert.deepEqual(foreignRequests(requests), [], 'every request goes to 127.0.0.1');
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new deploy is offered with a button, and its click reloads the same scenario', async () => {
  const root = await mkdtemp(join(tmpdir(), 'hezuo-deploy-'));
  await cp(DIST, root, { recursive: true });
  const server = await serveDist(root);
  const { context, requests, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?land=7`);
    await resultsShown(page);
    assert.equal(await page.inputValue('#f-land'), '7');
    const first = await swBuild(root);
    assert.deepEqual(await swControls(page), [`hezuo-${first}`]);
    assert.equal(await page.locator('#update').count(), 0, 'no offer on the first visit');

    // A new deploy: one more file, so the post-build step writes a sw.js for a new build.
    await writeFile(join(root, 'deploy.txt'), 'second deploy\n');
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'postbuild.mjs'), root], { stdio: 'pipe' });
    const second = await swBuild(root);
    assert.notEqual(second, first);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    // Before the click, a reload runs one build: the old page with the old boot.js, not the
    // new index.html with the old boot.js (the new deploy marks both).
    // Markup, not a comment: the post-build step drops index.html's comments.
    await writeFile(join(root, 'index.html'), (await readFile(join(root, 'index.html'), 'utf8')).replace('</head>', '<meta name="deploy" content="second deploy"></head>'));
    // A statement, not a comment: the post-build step minifies scripts, comments and all.
    await writeFile(join(root, 'boot.js'), `${await readFile(join(root, 'boot.js'), 'utf8')}\nself.deploy = 'second deploy';\n`);
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'postbuild.mjs'), root], { stdio: 'pipe' });
    const third = await swBuild(root);
    await page.reload();
    await resultsShown(page);
    const pageNew = await page.evaluate(() => document.documentElement.outerHTML.includes('second deploy'));
    const bootNew = await page.evaluate(async () => (await (await fetch('boot.js')).text()).includes('second deploy'));
    assert.equal(pageNew, bootNew, `one build: the page ${pageNew ? 'new' : 'old'}, boot.js ${bootNew ? 'new' : 'old'}`);
    assert.equal(pageNew, false, 'the running build until the button is pressed');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const button = page.locator('#update button');
    await button.waitFor({ state: 'visible' });
    assert.equal(await button.textContent(), '有新版本，点此更新 / A new version is available — reload');
    const box = await button.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `a 44 px touch target: ${box.width}×${box.height}`);
    assert.ok(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null),
      'the new worker waits for the click',
    );
    await page.screenshot({ path: await artifactPath('update-offer-360x640.png') });

    // Typing right before the click is kept too: the reload waits for the link to be rewritten.
    await type(page, 'land', '9');
    await page.evaluate(() => {
      window.__oldPage = true;
    });
    const reloaded = page.waitForEvent('load');
    await button.click();
    await reloaded;
    await page.waitForFunction(() => window.__oldPage === undefined);
    await resultsShown(page);
    assert.equal(new URL(page.url()).searchParams.get('land'), '9', 'the same address, with the scenario');
    assert.equal(await page.inputValue('#f-land'), '9', 'nothing typed is lost');
    assert.equal(await page.locator('#update').count(), 0, 'no offer after the update');
    assert.deepEqual(await swControls(page), [`hezuo-${third}`], "the old build's cache is gone");
    assert.ok(await page.evaluate(() => document.documentElement.outerHTML.includes('second deploy')), 'the new build now');

    assert.deepEqual(foreignRequests(requests), [], 'every request goes to 127.0.0.1');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(errors, [], 'no console error and no page error');
  } finally {
    await context.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});

test("a browser that refuses wasm under the CSP (no 'wasm-unsafe-eval') is told it is too old", async () => {
  // Chrome < 97 and Safari < 16 do not know 'wasm-unsafe-eval'; a policy without it stands in.
  const root = await mkdtemp(join(tmpdir(), 'hezuo-old-'));
  await cp(DIST, root, { recursive: true });
  const html = await readFile(join(root, 'index.html'), 'utf8');
  await writeFile(join(root, 'index.html'), html.replace(" 'wasm-unsafe-eval'", ''));
  const server = await serveDist(root);
  const { context, requests } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('#boot.boot-error[data-too-old]');
    assert.match(await page.textContent('#boot p[lang="zh-CN"].boot-msg'), /浏览器太旧/);
    assert.match(await page.textContent('#boot p[lang="en"].boot-msg'), /too old/);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), ['script-src wasm-eval']);
    assert.deepEqual(foreignRequests(requests), [], 'every request goes to 127.0.0.1');
  } finally {
    await context.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});
