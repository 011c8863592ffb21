// End-to-end tests of saved scenarios (localStorage): save, reload and open gives the same
// results; rename, duplicate, delete and undo; damaged and newer-version entries are skipped
// with notices while the others still list and open; a full storage says so and loses
// nothing; export to a file and import into a fresh browser merges, renaming a clash visibly.
// Serves dist/ (or the directory in SAVED_E2E_DIST, for a build of one's own).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, artifactPath, foreignRequests, isolatedContext, launchBrowser, serveDist } from './helpers.mjs';

const PHONE = { width: 360, height: 640 };

let server;
let browser;
let scratch;

before(async () => {
  server = await serveDist(process.env.SAVED_E2E_DIST || DIST);
  browser = await launchBrowser();
  scratch = await mkdtemp(join(tmpdir(), 'hezuo-saved-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every amount of the results table, in order. */
const amounts = (page) => page.$$eval('#results td[data-yuan]', (tds) => tds.map((td) => td.dataset.yuan));

/** Opens the page with the saved scenarios (tools.html) at this link and waits for the results. */
async function open(page, query = '') {
  await page.goto(`${server.url}tools.html${query}`);
  await page.waitForSelector('#results td[data-yuan]');
}

/** Opens the saved section and waits until storage has been read. */
async function openSaved(page) {
  await page.click('#saved > summary');
  await page.waitForSelector('#saved-list, #saved .saved-empty, #saved .storage-off');
}

/** The names in the list, top to bottom. */
const names = (page) => page.$$eval('#saved-list .saved-name', (els) => els.map((e) => e.textContent));

/** The row of the scenario with this name. */
const row = (page, name) => page.locator('#saved-list .saved-item', { has: page.locator('.saved-name', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }) });

/** Types a name and saves; waits for the status to say how it went. */
async function save(page, name) {
  await page.fill('#save-name', name);
  const before = await page.locator('#saved-status p').allTextContents();
  await page.click('#save-scenario');
  await page.waitForFunction(
    (old) => [...document.querySelectorAll('#saved-status p')].map((p) => p.textContent).join('|') !== old.join('|'),
    before,
  );
}

/** Types into the form and waits until the link (rewritten once typing pauses) has it. */
async function typeScenario(page, fields) {
  for (const [key, value] of Object.entries(fields)) await page.fill(`#f-${key}`, value);
  const want = Object.entries(fields).map(([k, v]) => `${k}=${v}`);
  await page.waitForFunction((want) => want.every((kv) => location.search.includes(kv)), want);
}

/** Every saved entry's key and raw text. */
const stored = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('hezuo.scenario.'))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

test('save, reload, open: the same results; the language in use is kept', async () => {
  const { context, requests, errors } = await isolatedContext(browser);
  try {
    const page = await context.newPage();
    await open(page, '?lang=en');
    await typeScenario(page, { land: '6', adults: '3', months: '8', wage: '4000' });
    const want = await amounts(page);
    await openSaved(page);
    assert.equal(await page.textContent('#saved .saved-empty'), 'No scenarios saved yet.');
    await save(page, 'Six mu, three adults');
    assert.equal(await page.textContent('#saved-status p'), 'Saved “Six mu, three adults”.');
    assert.equal(await page.inputValue('#save-name'), '', 'the name box is cleared');
    const entry = Object.values(await stored(page));
    assert.equal(entry.length, 1);
    const saved = JSON.parse(entry[0]);
    assert.deepEqual(
      { v: saved.v, name: saved.name, query: saved.query },
      { v: 1, name: 'Six mu, three adults', query: 'lang=en&land=6&adults=3&wage=4000&months=8' },
    );
    assert.ok(Math.abs(saved.saved - Date.now()) < 600_000, 'saved now, in ms');

    // Reload on the defaults, in Chinese: other numbers, then open the saved one.
    await open(page, '?lang=zh');
    assert.notDeepEqual(await amounts(page), want);
    await openSaved(page);
    assert.deepEqual(await names(page), ['Six mu, three adults']);
    assert.match(await row(page, 'Six mu, three adults').locator('time').textContent(), /^保存于 \d{4}-\d\d-\d\d \d\d:\d\d$/);
    await row(page, 'Six mu, three adults').locator('button.open').click();
    await page.waitForFunction(() => location.search.includes('land=6'));
    assert.deepEqual(await amounts(page), want, 'every amount of the results table is the same');
    assert.equal(await page.inputValue('#f-land'), '6');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN', 'opened in the language in use');
    assert.equal(await page.textContent('#saved-status p'), '已打开「Six mu, three adults」，上面的数字和结果已换成它的。');
    // Every button of a row is a 44 px touch target.
    for (const box of await page.locator('#saved-list button, #saved button, #saved .file-button').evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]),
    )) {
      assert.ok(box[0] >= 44 && box[1] >= 44, `${box}`);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
  }
});

test('rename, duplicate, delete and undo; clashing names get a number', async () => {
  const { context, errors } = await isolatedContext(browser);
  try {
    const page = await context.newPage();
    await open(page, '?lang=en&land=4');
    await openSaved(page);
    await save(page, 'Plan');
    await save(page, 'Plan');
    assert.equal(await page.textContent('#saved-status p'), '“Plan” already exists, so this one is saved as “Plan (2)”.');
    assert.deepEqual((await names(page)).sort(), ['Plan', 'Plan (2)']);

    await row(page, 'Plan (2)').locator('button.rename').click();
    const box = row(page, 'Plan (2)').locator('input.rename-input');
    await box.waitFor();
    assert.ok(await box.evaluate((el) => el === document.activeElement), 'the rename box has the focus');
    await box.fill('Potatoes');
    await row(page, 'Plan (2)').locator('button.rename-ok').click();
    await page.waitForSelector('#saved-list .saved-name:text-is("Potatoes")');
    assert.equal(await page.textContent('#saved-status p'), 'Renamed to “Potatoes”.');

    await row(page, 'Potatoes').locator('button.duplicate').click();
    await page.waitForSelector('#saved-list .saved-name:text-is("Potatoes (2)")');
    assert.equal(await page.textContent('#saved-status p'), 'Duplicated as “Potatoes (2)”.');
    const copies = Object.values(await stored(page)).map((t) => JSON.parse(t)).filter((s) => s.name.startsWith('Potatoes'));
    assert.equal(copies.length, 2);
    assert.equal(copies[0].query, copies[1].query, 'a copy of the same scenario');

    await row(page, 'Plan').locator('button.delete').click();
    await page.waitForFunction(() => ![...document.querySelectorAll('#saved-list .saved-name')].some((e) => e.textContent === 'Plan'));
    assert.equal(await page.textContent('#saved-status p'), 'Deleted “Plan”.');
    assert.equal(Object.keys(await stored(page)).length, 2);
    await page.click('#saved-status button.undo-delete');
    await page.waitForSelector('#saved-list .saved-name:text-is("Plan")');
    assert.equal(await page.textContent('#saved-status p'), 'Restored “Plan”.');
    assert.deepEqual((await names(page)).sort(), ['Plan', 'Potatoes', 'Potatoes (2)']);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('damaged and newer-version entries are skipped with notices; the others list and open', async () => {
  const { context, errors } = await isolatedContext(browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await open(page, '');
    const seeded = {
      'hezuo.scenario.good': JSON.stringify({ v: 1, name: '五亩', query: 'land=5&adults=3', saved: 1764400000000 }),
      'hezuo.scenario.plain': JSON.stringify({ name: 'From a link', link: 'http://127.0.0.1/?land=7' }),
      'hezuo.scenario.broken': '{"v":1,"name":"半截',
      'hezuo.scenario.noname': JSON.stringify({ v: 1, query: 'land=2', saved: 1 }),
      'hezuo.scenario.next': JSON.stringify({ v: 2, title: { zh: '新', en: 'new' }, scenario: { land: 6 } }),
    };
    await page.evaluate((seeded) => {
      for (const [k, v] of Object.entries(seeded)) localStorage.setItem(k, v);
    }, seeded);
    await page.reload();
    await page.waitForSelector('#results td[data-yuan]');
    await openSaved(page);
    assert.deepEqual(await names(page), ['From a link', '五亩'], 'the readable ones, newest first');
    const notices = await page.$$eval('#saved .saved-notice', (els) => els.map((e) => [e.dataset.id, e.className, e.textContent]));
    assert.deepEqual(
      notices.map(([id, cls]) => [id, cls]),
      [
        ['broken', 'saved-notice damaged'],
        ['next', 'saved-notice newer'],
        ['noname', 'saved-notice damaged'],
      ],
    );
    assert.match(notices[0][2], /已损坏.*broken：内容不是 JSON/);
    assert.match(notices[1][2], /新版本的计算器保存的（格式第 2 版）.*不会被覆盖（next）/);
    assert.match(notices[2][2], /noname：没有名字/);
    await page.locator('#saved').screenshot({ path: await artifactPath('saved-zh-360x640.png') });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width, 'no sideways scroll');

    // In English too.
    await page.click('#lang-switch');
    await page.waitForSelector('html[lang="en"]');
    assert.match(await page.textContent('#saved .saved-notice.damaged'), /damaged and was skipped \(broken: its text is not JSON\)/);
    assert.match(await page.textContent('#saved .saved-notice.newer'), /newer version of this calculator \(format version 2\).*never overwritten \(next\)/);

    // The good one opens as its link would.
    const reference = await context.newPage();
    await open(reference, '?lang=en&land=5&adults=3');
    const want = await amounts(reference);
    await row(page, '五亩').locator('button.open').click();
    await page.waitForFunction(() => location.search.includes('land=5'));
    assert.deepEqual(await amounts(page), want);

    // Saving more leaves the skipped entries exactly as they were.
    await save(page, 'Another');
    const after = await stored(page);
    for (const key of ['hezuo.scenario.broken', 'hezuo.scenario.next', 'hezuo.scenario.noname']) {
      assert.equal(after[key], seeded[key], `${key} untouched`);
    }
    assert.equal(Object.keys(after).length, 6);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('full storage: a clear message, nothing lost, what was typed kept', async () => {
  const { context, errors } = await isolatedContext(browser);
  try {
    const page = await context.newPage();
    await open(page, '');
    await openSaved(page);
    await save(page, '已存的');
    const kept = await stored(page);
    assert.equal(Object.keys(kept).length, 1);

    // From now on the browser's storage is full.
    await context.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await page.waitForSelector('#results td[data-yuan]');
    await typeScenario(page, { land: '9' });
    await openSaved(page);
    await page.fill('#save-name', '存不下');
    await page.click('#save-scenario');
    await page.waitForSelector('#saved-status .storage-full');
    assert.match(await page.textContent('#saved-status .storage-full'), /^本机存储已满，这次没有保存。以前保存的方案都还在/);
    assert.equal(await page.inputValue('#save-name'), '存不下', 'the name typed stays');
    assert.equal(await page.inputValue('#f-land'), '9', 'the scenario typed stays');
    assert.deepEqual(await names(page), ['已存的'], 'the saved one is still listed');
    assert.deepEqual(await stored(page), kept, 'storage unchanged');

    await page.click('#lang-switch');
    await page.waitForSelector('html[lang="en"]');
    assert.match(await page.textContent('#saved-status .storage-full'), /^This device's storage is full, so nothing was saved\. Everything saved before is still there/);

    // Opening still works (it only reads); a rename refused keeps its box open with what was typed.
    await row(page, '已存的').locator('button.open').click();
    await page.waitForSelector('#saved-status .saved-done');
    assert.equal(await page.inputValue('#f-land'), '3.9', 'the saved scenario (the defaults) is open');
    await row(page, '已存的').locator('button.rename').click();
    await row(page, '已存的').locator('input.rename-input').fill('New name');
    await row(page, '已存的').locator('button.rename-ok').click();
    await page.waitForSelector('#saved-status .storage-full');
    assert.equal(await row(page, '已存的').locator('input.rename-input').inputValue(), 'New name');
    assert.deepEqual(await stored(page), kept);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('export to a file, import into a fresh browser: merged, clashes renamed visibly', async () => {
  const a = await isolatedContext(browser, { acceptDownloads: true });
  const b = await isolatedContext(browser);
  try {
    const page = await a.context.newPage();
    await open(page, '?lang=en&land=6&adults=3');
    const planTable = await amounts(page);
    await openSaved(page);
    await save(page, 'Plan');
    await typeScenario(page, { land: '2' });
    await save(page, 'Other');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#saved button.export-scenarios')]);
    assert.match(download.suggestedFilename(), /^hezuo-scenarios-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();
    const doc = JSON.parse(await readFile(file, 'utf8'));
    assert.deepEqual(
      { app: doc.app, kind: doc.kind, v: doc.v, names: doc.scenarios.map((s) => s.name).sort() },
      { app: 'hezuo', kind: 'scenarios', v: 1, names: ['Other', 'Plan'] },
    );
    assert.ok(doc.scenarios.every((s) => s.v === 1 && typeof s.query === 'string' && Number.isInteger(s.saved)));
    assert.match(await page.textContent('#saved-status p'), /^Scenarios exported: 2, in the file hezuo-scenarios-/);

    // A fresh browser with its own "Plan" (another scenario).
    const fresh = await b.context.newPage();
    await open(fresh, '?lang=en&land=3');
    await openSaved(fresh);
    await save(fresh, 'Plan');
    await fresh.setInputFiles('#import-file', file);
    await fresh.waitForSelector('#saved-status .import-done');
    assert.equal(await fresh.textContent('#saved-status .import-done'), 'Import done: 2 added, 0 already saved, 0 not imported.');
    const lines = await fresh.$$eval('#saved-status .import-line', (els) => els.map((e) => [e.className, e.textContent]));
    assert.deepEqual(lines.sort(), [
      ['import-line added', '“Other” imported.'],
      ['import-line renamed', '“Plan” has the name of a saved scenario, so it is imported as “Plan (2)”.'],
    ]);
    assert.deepEqual((await names(fresh)).sort(), ['Other', 'Plan', 'Plan (2)']);
    await row(fresh, 'Plan (2)').locator('button.open').click();
    await fresh.waitForFunction(() => location.search.includes('land=6'));
    assert.deepEqual(await amounts(fresh), planTable, 'the imported scenario gives the same results');

    // The same file again: nothing twice.
    await fresh.setInputFiles('#import-file', file);
    await fresh.waitForFunction(() => document.querySelector('#saved-status .import-done')?.textContent.includes('0 added, 2 already saved'));
    assert.equal((await names(fresh)).length, 3);

    // Files that are not scenario files are refused, in words.
    const refusals = [
      ['not-json.json', 'hello', /^This file is not JSON text, so nothing was imported\./],
      ['shape.json', '{"a":1}', /^This file is JSON but not a scenarios file of this calculator/],
      ['newer.json', '{"v":2,"scenarios":[]}', /^This file was exported by a newer version of this calculator \(format version 2\)/],
    ];
    for (const [name, text, want] of refusals) {
      const path = join(scratch, name);
      await writeFile(path, text);
      await fresh.setInputFiles('#import-file', path);
      await fresh.waitForFunction(
        (source) => new RegExp(source).test(document.querySelector('#saved-status .import-refused')?.textContent ?? ''),
        want.source,
      );
    }
    await fresh.click('#lang-switch');
    await fresh.waitForSelector('html[lang="zh-CN"]');
    assert.match(await fresh.textContent('#saved-status .import-refused'), /^这个文件是新版本的计算器导出的（格式第 2 版）/);
    assert.equal((await names(fresh)).length, 3, 'refused files add nothing');
    assert.deepEqual([...a.errors, ...b.errors], []);
    assert.deepEqual(foreignRequests([...a.requests, ...b.requests]), []);
  } finally {
    await a.context.close();
    await b.context.close();
  }
});

test('a file of 5,000 scenarios, all saved in the same millisecond, imports whole and lists them', async () => {
  const { context, errors } = await isolatedContext(browser);
  try {
    const page = await context.newPage();
    await open(page, '?lang=en');
    await openSaved(page);
    const scenarios = Array.from({ length: 5000 }, (_, i) => ({ v: 1, name: `Plan ${i + 1}`, query: `land=${1 + i / 100}`, saved: 1764400000000 + i }));
    const dir = await mkdtemp(join(tmpdir(), 'hezuo-import-'));
    const path = join(dir, 'many.json');
    await writeFile(path, JSON.stringify({ app: 'hezuo', kind: 'scenarios', v: 1, exported: 1764400000000, scenarios }));
    const t0 = Date.now();
    await page.setInputFiles('#import-file', path);
    await page.waitForSelector('#saved-status .import-done', { timeout: 60_000 });
    console.log(`imported 5,000 scenarios (${JSON.stringify(scenarios).length} bytes) in ${Date.now() - t0} ms`);
    assert.equal(await page.textContent('#saved-status .import-done'), 'Import done: 5000 added, 0 already saved, 0 not imported.');
    assert.equal((await names(page)).length, 5000);
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hezuo.scenario.')).length);
    assert.equal(keys, 5000, 'one entry each, none overwritten');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
