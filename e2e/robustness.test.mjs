// The robustness campaign in the browser (issue #14), against the release build in dist/:
// 500 generated links and 50 mutated roster files through the built pages (seeded); markup,
// script links, direction marks and 10,000-character strings shown as text everywhere they
// appear; two tabs saving, renaming and deleting at once; the browser asked to keep storage;
// a roster worker that throws or dies mid-run, and a retry that finishes the rest; 50
// cancel-and-rerun cycles with the memory measured; a failed and a slow download of the
// WebAssembly. Every test: no console error, no request leaving 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, REPO_ROOT, artifactPath, foreignRequests, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

// HEZUO_E2E_DIST: another build to run these tests against (an older one, to see them fail).
const ROOT = process.env.HEZUO_E2E_DIST || DIST;
const env = useSiteAndBrowser(ROOT);
const PHONE = { width: 360, height: 640 };
const FIXTURES = join(REPO_ROOT, 'core', 'tests', 'fixtures', 'roster');
/** What a page must never show: a number that is not one, or a JavaScript value's name. */
const BAD = /NaN|undefined|Infinity|\[object/;
const SEED = Number(process.env.HEZUO_E2E_SEED || 20261201);

/** A seeded generator (mulberry32): the same links and files on every run of one seed. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (next, items) => items[Math.floor(next() * items.length)];

/** Every field's link key and bounds, from docs/fields.md (held to the code by a test). */
const FIELDS = readFileSync(join(REPO_ROOT, 'docs', 'fields.md'), 'utf8')
  .split('\n')
  .map((line) => line.match(/^\| `([a-z_]+)` \|(?:[^|]*\|){3} ([-\d.]+) \| ([-\d.]+) \|/))
  .filter(Boolean)
  .map(([, key, min, max]) => ({ key, min: Number(min), max: Number(max) }));

const NASTY = ['', ' ', 'abc', 'NaN', 'Infinity', '-1', '1e400', '3,9', '4，5', '１２', '2千', '0.2万', '%', '%zz',
  '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u202e9', '1_000', '3　9', '9'.repeat(400)];
const OTHER = [['lang', ['zh', 'en', 'fr']], ['unit', ['mu', 'ha', 'acre']], ['view', ['household', 'coop', 'roster', 'x']],
  ['from_coop', ['fail_wdp', 'land', 'x']], ['fail', ['2', '200', 'x']]];

/** A link's query: a few fields with values typed every which way, now and then a switch. */
function makeLink(next) {
  const parts = [];
  const n = 1 + Math.floor(next() * 6);
  for (let i = 0; i < n; i++) {
    if (next() < 0.15) {
      const [key, values] = pick(next, OTHER);
      parts.push(`${key}=${encodeURIComponent(pick(next, values))}`);
      continue;
    }
    const f = pick(next, FIELDS);
    const r = next();
    const value = r < 0.6 ? String(Math.round((f.min + next() * Math.min(f.max - f.min, 1000)) * 10) / 10)
      : r < 0.7 ? String(f.max + 1 + Math.floor(next() * 1e6))
        : pick(next, NASTY);
    parts.push(`${f.key}=${next() < 0.9 ? encodeURIComponent(value) : value}`);
  }
  return parts.join('&');
}

/** Waits until the page has drawn what it was told (two frames: Yew renders in between). */
const drawn = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function finish(isolated) {
  assert.deepEqual(isolated.errors, []);
  assert.deepEqual(foreignRequests(isolated.requests), []);
  await isolated.context.close();
}

test('500 generated links through the household page: no error, no NaN, undefined or Infinity shown', async () => {
  const isolated = await isolatedContext(env.browser, { viewport: PHONE });
  const page = await isolated.context.newPage();
  await page.goto(env.server.url);
  await page.waitForSelector('#results td[data-yuan]');
  const next = rng(SEED);
  for (let i = 0; i < 500; i++) {
    const query = makeLink(next);
    if (i % 25 === 0) {
      // Opened as a link is opened (boot.js, the first screen, the app taking over); some
      // go on to the staff or trainer's page.
      await page.goto(`${env.server.url}?${query}`);
      await page.waitForFunction(() => !document.getElementById('boot') && !document.getElementById('first'));
    } else {
      // Opened as a saved scenario is opened: the same reading of the link, without a reload.
      await page.evaluate((q) => window.dispatchEvent(new CustomEvent('hezuo:load', { detail: q })), query);
    }
    await drawn(page);
    const text = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(text, BAD, `link ${i}: ?${query}`);
    if (!new URL(page.url()).pathname.endsWith('/') && !page.url().includes('index.html')) {
      await page.goto(env.server.url);
      await page.waitForSelector('#results td[data-yuan]');
    }
  }
  await finish(isolated);
});

/** `bytes` changed in 1 to 6 places, as the native harness does (core/tests/harness/gen.rs). */
function mutate(next, bytes) {
  const out = [...bytes];
  const spice = [...Buffer.from('"\',;\t\r\n=%+-.0123456789')];
  for (let k = 1 + Math.floor(next() * 6); k > 0; k--) {
    const at = Math.floor(next() * (out.length + 1));
    const r = next();
    if (r < 0.3 && out.length) out.splice(Math.min(at, out.length - 1), 1);
    else if (r < 0.6) out.splice(at, 0, Math.floor(next() * 256));
    else if (r < 0.85) out.splice(at, 0, pick(next, spice));
    else out.splice(at, 0, ...Buffer.from(pick(next, NASTY)));
  }
  return Buffer.from(out);
}

/** Waits for the run of a file to end, after marking the status of the last one. */
async function runFile(page, name, buffer) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('#roster-status, #roster-error')) el.dataset.before = '1';
  });
  await page.setInputFiles('#roster-file', { name, mimeType: 'text/csv', buffer });
  await page.waitForFunction(() => {
    const status = document.querySelector('#roster-status');
    const error = document.querySelector('#roster-error');
    const fresh = (el) => el && !el.dataset.before;
    return (fresh(status) && (status.dataset.ms !== undefined || status.classList.contains('error'))) || fresh(error);
  });
}

test('50 mutated roster files through the staff page: each read or refused in words, no error', async () => {
  const isolated = await isolatedContext(env.browser, { viewport: { width: 1280, height: 800 } });
  const page = await isolated.context.newPage();
  await page.goto(`${env.server.url}staff.html?view=roster&lang=zh`);
  await page.waitForSelector('#roster-file:not([disabled])');
  const next = rng(SEED + 1);
  const files = ['gbk.csv', 'utf8-bom.csv', 'bad-rows.csv', 'pasted.tsv'].map((f) => readFileSync(join(FIXTURES, f)));
  for (let i = 0; i < 50; i++) {
    const file = mutate(next, pick(next, files));
    await runFile(page, `mutated-${i}.csv`, file);
    const text = await page.evaluate(() => document.querySelector('#roster').innerText);
    // A cell that holds the word itself is quoted back in its row's message; nothing else.
    const words = new TextDecoder('utf-8').decode(file) + new TextDecoder('gbk').decode(file);
    for (const word of ['NaN', 'undefined', 'Infinity', '[object']) {
      if (!words.includes(word)) assert.ok(!text.includes(word), `file ${i}: ${word} shown`);
    }
    // Every row is either a household or named in a problem.
    assert.ok(text.length > 0);
  }
  await finish(isolated);
});

const INJECTED = '<img src=x onerror="window.__pwned=1">';
const LONG = '长'.repeat(10_000);

test('markup, script links, direction marks and 10,000 characters are text in the saved list, the roster and its export', async () => {
  const isolated = await isolatedContext(env.browser, { viewport: PHONE, acceptDownloads: true });
  const page = await isolated.context.newPage();
  await page.goto(`${env.server.url}tools.html`);
  await page.waitForSelector('#results td[data-yuan]');
  await page.click('#saved > summary');
  await page.waitForSelector('#saved .saved-empty');
  for (const name of [INJECTED, 'javascript:window.__pwned=2', '\u202eevil\u200f', LONG]) {
    const before = await page.locator('#saved-status p').allTextContents();
    await page.fill('#save-name', name);
    await page.click('#save-scenario');
    await page.waitForFunction((old) => [...document.querySelectorAll('#saved-status p')].map((p) => p.textContent).join('|') !== old.join('|'), before);
  }
  const names = await page.$$eval('#saved-list .saved-name', (els) => els.map((e) => e.textContent));
  assert.ok(names.includes(INJECTED), 'the markup is shown as written');
  assert.ok(names.some((n) => n.startsWith('javascript:')));
  assert.ok(names.every((n) => n.length <= 80), 'names are cut to 80 characters');
  assert.equal(await page.locator('#saved img, #saved a[href^="javascript"]').count(), 0);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'a long name does not widen the page');
  // The export holds the names as JSON strings.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#saved .export-scenarios')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.ok(exported.scenarios.some((s) => s.name === INJECTED));

  // The roster: ids and cells with markup, formulas, direction marks and a very long id.
  const staff = await isolated.context.newPage();
  await staff.goto(`${env.server.url}staff.html?view=roster&lang=en`);
  await staff.waitForSelector('#roster-file:not([disabled])');
  const csv = ['id,land,adults', `"${INJECTED.replaceAll('"', '""')}",3,2`, '=HYPERLINK("http://example.com"),3,2',
    '+1+1,2,2', '@SUM(A1),2,2', '\u202eevil,2,2', `${LONG},2,2`, `bad,<b>3</b>,2`].join('\n');
  await runFile(staff, 'injected.csv', Buffer.from(csv));
  const ids = await staff.$$eval('#roster-results tr[data-id]', (trs) => trs.map((t) => t.dataset.id));
  assert.ok(ids.includes(INJECTED));
  assert.equal(await staff.locator('#roster img, #roster b').count(), 0);
  assert.match(await staff.textContent('#roster'), /<b>3<\/b>/, 'the bad cell is quoted as text');
  const [csvDownload] = await Promise.all([staff.waitForEvent('download'), staff.click('#roster-export')]);
  const out = readFileSync(await csvDownload.path(), 'utf8');
  writeFileSync(await artifactPath('roster-injected-export.csv'), out);
  for (const line of out.split('\r\n').slice(1).filter(Boolean)) {
    // No cell starts a formula: one that would is quoted with a leading apostrophe.
    for (const cell of line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)) {
      const value = cell.replace(/,$/, '').replace(/^"|"$/g, '');
      // (A plain number such as -2 is a number to a spreadsheet, not a formula.)
      assert.ok(!/^[=+\-@]/.test(value) || /^-?\d+(\.\d+)?$/.test(value), `formula cell ${value}`);
    }
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await staff.evaluate(() => window.__pwned), undefined);
  await finish(isolated);
});

/** Saves the scenario on screen under `name` and waits for the status to change. */
async function save(page, name) {
  const before = await page.locator('#saved-status p').allTextContents();
  await page.fill('#save-name', name);
  await page.click('#save-scenario');
  await page.waitForFunction((old) => [...document.querySelectorAll('#saved-status p')].map((p) => p.textContent).join('|') !== old.join('|'), before);
}

const listed = (page) => page.$$eval('#saved-list .saved-name', (els) => els.map((e) => e.textContent).sort());
const listedAs = (page, want) =>
  page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll('#saved-list .saved-name')].map((e) => e.textContent).sort()) === JSON.stringify(want), want);

test('two tabs saving, renaming and deleting at the same time lose nothing, and each list stays true', async () => {
  const isolated = await isolatedContext(env.browser, { viewport: PHONE });
  const tabs = [];
  for (const land of ['4', '6']) {
    const page = await isolated.context.newPage();
    await page.goto(`${env.server.url}tools.html?lang=en&land=${land}`);
    await page.waitForSelector('#results td[data-yuan]');
    await page.click('#saved > summary');
    await page.waitForSelector('#saved .saved-empty');
    tabs.push(page);
  }
  const [a, b] = tabs;
  await Promise.all([save(a, 'A1'), save(b, 'B1')]);
  await Promise.all([save(a, 'A2'), save(b, 'B2')]);
  // Each tab's list shows the other's saves (the storage event), nothing overwritten.
  await listedAs(a, ['A1', 'A2', 'B1', 'B2']);
  await listedAs(b, ['A1', 'A2', 'B1', 'B2']);
  const row = (page, name) => page.locator('#saved-list .saved-item', { has: page.locator('.saved-name', { hasText: new RegExp(`^${name}$`) }) });
  // A renames B1 while B deletes A1.
  await row(a, 'B1').locator('button.rename').click();
  await row(a, 'B1').locator('input.rename-input').fill('B1 renamed');
  await Promise.all([row(a, 'B1').locator('button.rename-ok').click(), row(b, 'A1').locator('button.delete').click()]);
  await listedAs(a, ['A2', 'B1 renamed', 'B2']);
  await listedAs(b, ['A2', 'B1 renamed', 'B2']);
  const stored = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hezuo.scenario.')).length);
  assert.equal(stored, 3);
  assert.deepEqual(await listed(b), ['A2', 'B1 renamed', 'B2']);
  await finish(isolated);
});

test('the first save asks the browser to keep storage; where it will not, the page suggests an export', async () => {
  for (const keeps of [false, true]) {
    const isolated = await isolatedContext(env.browser, { viewport: PHONE });
    await isolated.context.addInitScript((keeps) => {
      window.__asked = 0;
      if (navigator.storage) navigator.storage.persist = () => { window.__asked += 1; return Promise.resolve(keeps); };
    }, keeps);
    const page = await isolated.context.newPage();
    await page.goto(`${env.server.url}tools.html?lang=zh`);
    await page.waitForSelector('#results td[data-yuan]');
    await page.click('#saved > summary');
    await page.waitForSelector('#saved .saved-empty');
    await save(page, '第一个');
    if (!keeps) {
      await page.waitForSelector('#saved-status .not-kept');
      assert.match(await page.textContent('#saved-status .not-kept'), /全部导出为文件/);
    }
    await save(page, '第二个');
    assert.equal(await page.evaluate(() => window.__asked), 1, 'asked once, at the first save');
    assert.equal(await page.locator('#saved-status .not-kept').count(), 0);
    await finish(isolated);
  }
});

/** The roster worker's script with a fault put in after part 0's first two chunks. */
function faultyWorker(kind) {
  const real = readFileSync(join(ROOT, 'roster-worker.js'), 'utf8');
  const fault = kind === 'throws'
    ? "if (m.part === 0 && (self.__chunks = (self.__chunks || 0) + 1) > 2) throw new Error('test fault');"
    : "if (m.part === 0 && (self.__chunks = (self.__chunks || 0) + 1) > 2) { setTimeout(() => { throw new Error('test crash'); }); return; }";
  const patched = real.replace('const data = job.step(64);', `${fault}\n      const data = job.step(64);`);
  assert.notEqual(patched, real, 'the worker script has the line the fault goes before');
  return patched;
}

for (const kind of ['throws', 'dies']) {
  test(`a roster worker that ${kind} mid-run is reported in words, keeps what was done, and a retry finishes the rest`, async () => {
    // No service worker: the workers fetch their script from the network, where the fault is.
    const isolated = await isolatedContext(env.browser, { viewport: { width: 1280, height: 800 }, acceptDownloads: true, serviceWorkers: 'block' });
    const page = await isolated.context.newPage();
    const csv = execFileSync('cargo', ['run', '-q', '--example', 'roster_gen', '--', '--households', '3000', '--seed', '9'], { cwd: REPO_ROOT });
    // A clean run first, to compare with.
    await page.goto(`${env.server.url}staff.html?view=roster&lang=zh`);
    await page.waitForSelector('#roster-file:not([disabled])');
    await runFile(page, 'county.csv', csv);
    const [clean] = await Promise.all([page.waitForEvent('download'), page.click('#roster-export')]);
    const want = readFileSync(await clean.path(), 'utf8');
    // Then a run whose worker fails: the fault is in the script the next workers load.
    let broken = true;
    await isolated.context.route('**/roster-worker.js', (route) => (broken
      ? route.fulfill({ contentType: 'text/javascript', body: faultyWorker(kind) })
      : route.continue()));
    await runFile(page, 'county.csv', csv);
    const status = await page.textContent('#roster-status');
    assert.match(status, /计算中途停了：已经算好的 [\d,]+ \/ 3,000 户都留着/);
    assert.match(status, kind === 'throws' ? /test fault/ : /test crash/);
    const kept = Number(status.match(/算好的 ([\d,]+)/)[1].replace(/,/g, ''));
    assert.ok(kept >= 128 && kept < 3000, `${kept} households kept`);
    broken = false;
    // The retry computes the rest (the workers fetch their script again), not everything.
    await page.click('#roster-retry');
    await page.waitForSelector('#roster-status[data-ms]');
    assert.match(await page.textContent('#roster-status'), /算完 3,000 户/);
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#roster-export')]);
    assert.equal(readFileSync(await again.path(), 'utf8'), want, 'the same results as a run that never failed');
    // The crash's own report in the console is the test's doing, not the page's.
    isolated.errors.splice(0, isolated.errors.length, ...isolated.errors.filter((e) => !/test (fault|crash)/.test(e)));
    await finish(isolated);
  });
}

test('50 cancel-and-rerun cycles of a roster leave the page\'s memory flat', async () => {
  const isolated = await isolatedContext(env.browser, { viewport: { width: 1280, height: 800 } });
  const page = await isolated.context.newPage();
  const cdp = await isolated.context.newCDPSession(page);
  const csv = execFileSync('cargo', ['run', '-q', '--example', 'roster_gen', '--', '--households', '6000', '--seed', '4'], { cwd: REPO_ROOT });
  await page.goto(`${env.server.url}staff.html?view=roster&lang=en`);
  await page.waitForSelector('#roster-file:not([disabled])');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycle = async () => {
    await page.setInputFiles('#roster-file', { name: 'r.csv', mimeType: 'text/csv', buffer: csv });
    await page.waitForFunction(() => Number(document.querySelector('#roster-progress')?.value) > 0);
    // Clicked in the page at once: a run may finish between a wait and a click from here.
    await page.evaluate(() => document.querySelector('#roster-cancel')?.click());
    await page.waitForSelector('#roster-status');
  };
  for (let i = 0; i < 5; i++) await cycle();
  const start = await heap();
  for (let i = 0; i < 50; i++) await cycle();
  const end = await heap();
  const grown = end - start;
  writeFileSync(await artifactPath('roster-cancel-memory.json'), JSON.stringify({ start, end, grown }));
  console.log(`# 50 cancel-and-rerun cycles: JS heap ${(start / 1e6).toFixed(2)} MB → ${(end / 1e6).toFixed(2)} MB`);
  assert.ok(grown < 1_000_000, `the heap grew by ${grown} bytes`);
  // And a run after them all still finishes.
  await runFile(page, 'r.csv', csv);
  assert.match(await page.textContent('#roster-status'), /6,000 households done/);
  await finish(isolated);
});

test('a failed download of the WebAssembly shows the notice, and its Reload button works', async () => {
  const isolated = await isolatedContext(env.browser, { viewport: PHONE, serviceWorkers: 'block' });
  let fail = true;
  await isolated.context.route(/hezuo-[0-9a-f]+_bg\.wasm$/, (route) => {
    if (!fail) return route.continue();
    fail = false;
    return route.abort('connectionreset');
  });
  const page = await isolated.context.newPage();
  await page.goto(`${env.server.url}?land=6`);
  await page.waitForSelector('#boot-retry');
  assert.match(await page.textContent('#boot'), /计算器没能加载完/);
  assert.ok(await page.isVisible('#boot-retry'));
  await page.click('#boot-retry');
  await page.waitForSelector('#results td[data-yuan]');
  assert.equal(await page.inputValue('#f-land'), '6', 'the link, and what was typed, survive the reload');
  // The aborted download is the test's doing: the console says so once.
  isolated.errors.splice(0, isolated.errors.length, ...isolated.errors.filter((e) => !/Failed to load resource|wasm|fetch/i.test(e)));
  await finish(isolated);
});

test('on a slow network the pages show their form or a loading message, never a blank page', async () => {
  const isolated = await isolatedContext(env.browser, { viewport: PHONE, serviceWorkers: 'block' });
  let release;
  const held = new Promise((r) => { release = r; });
  await isolated.context.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await isolated.context.newPage();
  await page.goto(`${env.server.url}?lang=zh&land=5`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#first #f-land');
  assert.equal(await page.inputValue('#f-land'), '5');
  assert.match(await page.textContent('#first'), /正在计算/);
  const staff = await isolated.context.newPage();
  await staff.goto(`${env.server.url}staff.html?lang=en`, { waitUntil: 'domcontentloaded' });
  await staff.waitForFunction(() => /Loading/.test(document.querySelector('#boot')?.textContent || ''));
  release();
  await page.waitForSelector('#results td[data-yuan]');
  await staff.waitForFunction(() => !document.getElementById('boot'));
  await finish(isolated);
});
