// End-to-end tests of the member roster (issue #5) against the release build in dist/:
// files in GBK, UTF-8 with BOM and with bad rows give, per household, what the native engine
// computes (core/examples/roster.rs: the full evaluate() per household, 1,000 draws); a run can be
// cancelled mid-way; the export is UTF-8 with BOM and reads back to the same results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, artifactPath, foreignRequests, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

const FIXTURES = join(REPO_ROOT, 'core', 'tests', 'fixtures', 'roster');
const env = useSiteAndBrowser();

/** What the native engine gives for a roster's text (UTF-8). */
function engine(text, criterion = 'expected') {
  const out = execFileSync('cargo', ['run', '-q', '--example', 'roster', '--', '--criterion', criterion], {
    cwd: REPO_ROOT,
    input: text,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out);
}

/** The per-household table as data: {id: {row, best, total, increase, p10} | {row, infeasible}}. */
function readResults(page) {
  return page.evaluate(() => {
    const out = {};
    for (const tr of document.querySelectorAll('#roster-results tr[data-id]')) {
      const cell = (col) => {
        const td = tr.querySelector(`td[data-col="${col}"]`);
        return td ? Number(td.dataset.yuan) : null;
      };
      out[tr.dataset.id] = tr.dataset.infeasible
        ? { row: Number(tr.dataset.row), infeasible: tr.dataset.infeasible }
        : { row: Number(tr.dataset.row), best: tr.dataset.best, total: cell('total'), increase: cell('increase'), p10: cell('p10') };
    }
    return out;
  });
}

function assertSameAsEngine(got, want) {
  assert.deepEqual(Object.keys(got).sort(), want.households.map((h) => h.id).sort());
  for (const w of want.households) {
    const g = got[w.id];
    assert.equal(g.row, w.row, `${w.id} row`);
    if (w.infeasible) {
      assert.equal(g.infeasible, w.infeasible, w.id);
      continue;
    }
    assert.equal(g.best, w.best, `${w.id} best`);
    for (const key of ['total', 'increase', 'p10']) {
      const tol = 1e-9 * Math.max(1, Math.abs(w[key] ?? 0));
      assert.ok(Math.abs((g[key] ?? 0) - (w[key] ?? 0)) <= tol, `${w.id}.${key}: page ${g[key]} vs engine ${w[key]}`);
    }
  }
}

async function openRoster(lang, viewport = { width: 360, height: 640 }) {
  const isolated = await isolatedContext(env.browser, { viewport, acceptDownloads: true });
  const page = await isolated.context.newPage();
  await page.goto(`${env.server.url}staff.html?view=roster&lang=${lang}`);
  await page.waitForSelector('#roster-file:not([disabled])');
  return { ...isolated, page };
}

async function finish(isolated) {
  assert.deepEqual(isolated.errors, []);
  assert.deepEqual(foreignRequests(isolated.requests), []);
  await isolated.context.close();
}

/** Waits for a run to end: its status with its time, or a file error. */
const done = (page) => page.waitForSelector('#roster-status[data-ms], #roster-error');

/** Waits for a run started after a finished one (whose status showed `old` ms) to end. */
const doneAgain = (page, old) =>
  page.waitForFunction((old) => {
    const s = document.querySelector('#roster-status');
    return (s && s.dataset.ms !== undefined && s.dataset.ms !== old) || document.querySelector('#roster-error');
  }, old);

test('a GBK file from Chinese Excel gives the engine\'s results (zh)', async () => {
  const r = await openRoster('zh');
  await r.page.setInputFiles('#roster-file', join(FIXTURES, 'gbk.csv'));
  await done(r.page);
  assert.match(await r.page.textContent('#roster-file-read'), /GBK/);
  const text = new TextDecoder('gbk').decode(readFileSync(join(FIXTURES, 'gbk.csv')));
  assertSameAsEngine(await readResults(r.page), engine(text));
  assert.match(await r.page.textContent('#roster-summary'), /读入 5 户，没有问题/);
  await r.page.screenshot({ path: await artifactPath('roster-zh-360x640.png'), fullPage: true });
  await finish(r);
});

test('a UTF-8 file with BOM and semicolons gives the engine\'s results, ranked by P10 (en)', async () => {
  const r = await openRoster('en');
  await r.page.selectOption('#roster-criterion', '1');
  await r.page.setInputFiles('#roster-file', join(FIXTURES, 'utf8-bom.csv'));
  await done(r.page);
  assert.match(await r.page.textContent('#roster-file-read'), /UTF-8 BOM/);
  const text = readFileSync(join(FIXTURES, 'utf8-bom.csv'), 'utf8');
  assertSameAsEngine(await readResults(r.page), engine(text, 'safest'));
  await r.page.screenshot({ path: await artifactPath('roster-en-360x640.png'), fullPage: true });
  // Another criterion runs the same roster again.
  const ms = await r.page.getAttribute('#roster-status', 'data-ms');
  await r.page.selectOption('#roster-criterion', '2');
  await doneAgain(r.page, ms);
  assertSameAsEngine(await readResults(r.page), engine(text, 'cash'));
  await finish(r);
});

test('bad rows are each reported with row and reason; the good rows are computed', async () => {
  for (const lang of ['zh', 'en']) {
    const r = await openRoster(lang);
    await r.page.setInputFiles('#roster-file', join(FIXTURES, 'bad-rows.csv'));
    await done(r.page);
    const text = readFileSync(join(FIXTURES, 'bad-rows.csv'), 'utf8');
    const want = engine(text);
    assertSameAsEngine(await readResults(r.page), want);
    const problems = await r.page.$$eval('#roster-problems li', (lis) => lis.map((li) => ({ row: Number(li.dataset.row), text: li.textContent })));
    assert.deepEqual([...new Set(problems.map((p) => p.row))], [...new Set(want.problems)]);
    assert.deepEqual([...new Set(problems.map((p) => p.row))], [5, 6, 7, 8, 10, 11]);
    for (const p of problems) {
      assert.match(p.text, lang === 'zh' ? new RegExp(`第 ${p.row} 行`) : new RegExp(`Row ${p.row}`));
      assert.doesNotMatch(p.text, /NaN|undefined/);
    }
    await finish(r);
  }
});

test('pasted spreadsheet cells are read like a file', async () => {
  const r = await openRoster('en');
  const text = readFileSync(join(FIXTURES, 'pasted.tsv'), 'utf8');
  await r.page.fill('#roster-paste', text);
  await r.page.click('#roster-paste-run');
  await done(r.page);
  assertSameAsEngine(await readResults(r.page), engine(text));
  await finish(r);
});

test('whole-file problems get a clear message: empty file, missing column', async () => {
  const cases = [
    ['empty.csv', '', { zh: /空|没有/, en: /empty|no text/i }],
    ['missing.csv', 'id,adults\nH1,2\n', { zh: /土地/, en: /land/i }],
  ];
  for (const [name, body, want] of cases) {
    for (const lang of ['zh', 'en']) {
      const r = await openRoster(lang);
      await r.page.setInputFiles('#roster-file', { name, mimeType: 'text/csv', buffer: Buffer.from(body) });
      await r.page.waitForSelector('#roster-error');
      assert.match(await r.page.textContent('#roster-error'), want[lang], `${name} ${lang}`);
      assert.equal(await r.page.locator('#roster-results').count(), 0);
      await finish(r);
    }
  }
});

test('a UTF-16 file and a file mixing UTF-8 and GBK are named as such; Excel\'s sep= line is read', async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('户号,土地,劳动力\r\nH1,4,2\r\n', 'utf16le')]);
  // 户号,土地,劳动力 in UTF-8, then a household named 张三 in GBK.
  const mixed = Buffer.concat([Buffer.from('户号,土地,劳动力\nH1,4,2\n'), Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), Buffer.from(',3,2\n')]);
  const cases = [
    ['unicode.txt', utf16, { zh: /UTF-16/, en: /UTF-16/ }],
    ['mixed.csv', mixed, { zh: /混了两种编码.*第 3 行/, en: /mixes two encodings.*row 3/ }],
  ];
  for (const [name, buffer, want] of cases) {
    for (const lang of ['zh', 'en']) {
      const r = await openRoster(lang);
      await r.page.setInputFiles('#roster-file', { name, mimeType: 'text/csv', buffer });
      await r.page.waitForSelector('#roster-error');
      assert.match(await r.page.textContent('#roster-error'), want[lang], `${name} ${lang}`);
      await finish(r);
    }
  }
  const r = await openRoster('en');
  await r.page.setInputFiles('#roster-file', { name: 'excel.csv', mimeType: 'text/csv', buffer: Buffer.from('sep=;\r\nid;land;adults\r\nH1;4;2\r\nH2;5;3\r\n') });
  await done(r.page);
  assert.equal(await r.page.locator('#roster-error').count(), 0, 'read, not refused');
  await r.page.waitForSelector('#roster-results');
  await finish(r);
});

test('a file over 100,000 rows is refused with its row count', async () => {
  const csv = execFileSync('cargo', ['run', '-q', '--example', 'roster_gen', '--', '--households', '100001', '--seed', '5'], {
    cwd: REPO_ROOT,
    maxBuffer: 1 << 28,
  });
  for (const [lang, want] of [['zh', /100,001/], ['en', /100,001/]]) {
    const r = await openRoster(lang);
    await r.page.setInputFiles('#roster-file', { name: 'county-x3.csv', mimeType: 'text/csv', buffer: csv });
    await r.page.waitForSelector('#roster-error');
    assert.match(await r.page.textContent('#roster-error'), want);
    assert.match(await r.page.textContent('#roster-error'), /100,000/);
    await finish(r);
  }
});

test('a long run can be cancelled mid-way, and run again', async () => {
  const r = await openRoster('en');
  const csv = execFileSync('cargo', ['run', '-q', '--example', 'roster_gen', '--', '--households', '4000', '--seed', '3'], { cwd: REPO_ROOT });
  await r.page.setInputFiles('#roster-file', { name: 'big.csv', mimeType: 'text/csv', buffer: csv });
  await r.page.waitForFunction(() => Number(document.querySelector('#roster-progress')?.value) > 0);
  await r.page.click('#roster-cancel');
  await r.page.waitForSelector('#roster-status');
  assert.match(await r.page.textContent('#roster-status'), /Cancelled/);
  assert.equal(await r.page.locator('#roster-results').count(), 0);
  // The page still answers, and a new run completes.
  await r.page.setInputFiles('#roster-file', join(FIXTURES, 'gbk.csv'));
  await done(r.page);
  assert.equal(await r.page.locator('#roster-results tr[data-id]').count(), 5);
  await finish(r);
});

test('the export keeps bad rows as written with the reason: fixed there, they are computed when read again', async () => {
  const r = await openRoster('zh');
  await r.page.setInputFiles('#roster-file', join(FIXTURES, 'bad-rows.csv'));
  await done(r.page);
  const [download] = await Promise.all([r.page.waitForEvent('download'), r.page.click('#roster-export')]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.match(text, /\r\nH004,abc,2,3000,,,,1,,,,,,土地「abc」不是数字/);
  assert.match(text, /\r\nH005,-2,2,3000,,,,1,/);
  // Fixed in the file as a clerk would, and read again.
  const fixed = text.replace('H004,abc,', 'H004,4,').replace('H005,-2,', 'H005,2,');
  const path = await artifactPath('roster-export-fixed.csv');
  writeFileSync(path, fixed);
  const old = await r.page.getAttribute('#roster-status', 'data-ms');
  await r.page.setInputFiles('#roster-file', path);
  await doneAgain(r.page, old);
  const again = await readResults(r.page);
  for (const id of ['H001', 'H002', 'H003', 'H004', 'H005', 'H009']) assert.ok(again[id]?.best, `${id} computed`);
  await finish(r);
});

test('the export is UTF-8 with BOM, and importing it gives the same results', async () => {
  const r = await openRoster('zh');
  await r.page.setInputFiles('#roster-file', join(FIXTURES, 'bad-rows.csv'));
  await done(r.page);
  const first = await readResults(r.page);
  const [download] = await Promise.all([r.page.waitForEvent('download'), r.page.click('#roster-export')]);
  const path = await artifactPath('roster-export.csv');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = bytes.toString('utf8');
  assert.match(text, /\r\n/);
  // Every data row of the file is in the export: 4 households and 6 rows with problems.
  assert.equal(text.trim().split('\r\n').length, 1 + 4 + 6);
  const old = await r.page.getAttribute('#roster-status', 'data-ms');
  await r.page.setInputFiles('#roster-file', path);
  await doneAgain(r.page, old);
  const again = await readResults(r.page);
  const byId = (o) => Object.fromEntries(Object.entries(o).map(([id, v]) => [id, { ...v, row: undefined }]));
  // The exported file has the households and the bad rows' ids; the good ones compute the same.
  for (const [id, v] of Object.entries(byId(first))) assert.deepEqual(byId(again)[id], v, id);
  writeFileSync(await artifactPath('roster-reimport.json'), JSON.stringify(again, null, 1));
  await finish(r);
});
