// End-to-end tests of the staff page's cooperative view (issues #5, #11) against the release
// build: the cash table holds what the native model computes (core/examples/coop.rs), it follows
// typing, a bad value shows its message and no number, the presets are one cooperative each
// with its own sect. 4.3 incentive, and "use on the household page" carries the cooperative's
// failure chance to the household page, which computes with it and says where it came from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, artifactPath, engineReport, foreignRequests, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

const env = useSiteAndBrowser();

function model(args = []) {
  return JSON.parse(execFileSync('cargo', ['run', '-q', '--example', 'coop', '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8' }));
}

function readCash(page) {
  return page.evaluate(() => ({
    need: Number(document.querySelector('#coop-need')?.dataset.yuan),
    years: [...document.querySelectorAll('#coop-cash tr[data-year]')].map((tr) => {
      const row = { year: Number(tr.dataset.year) };
      for (const td of tr.querySelectorAll('td[data-col]')) row[td.dataset.col] = Number(td.dataset.yuan);
      return row;
    }),
    met: document.querySelector('#coop-incentive')?.dataset.met,
    holders: Number(document.querySelector('#coop-incentive')?.dataset.holders),
  }));
}

function assertSame(got, want) {
  const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b)), `${what}: page ${a} vs model ${b}`);
  close(got.need, want.need, 'need');
  assert.equal(got.years.length, want.years.length);
  for (const [g, w] of got.years.map((g, i) => [g, want.years[i]])) {
    for (const key of ['open', 'start_in', 'start_out', 'low', 'sales', 'end_out', 'close', 'wc']) close(g[key], w[key], `year ${w.year} ${key}`);
  }
  assert.equal(got.met, String(want.met));
  assert.equal(got.holders, want.holders);
}

for (const lang of ['zh', 'en']) {
  test(`the cooperative's cash follows the model and the typing (${lang})`, async () => {
    const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 360, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}staff.html?lang=${lang}`);
      await page.waitForSelector('#coop-cash td[data-yuan]');
      assertSame(await readCash(page), model());
      await page.screenshot({ path: await artifactPath(`coop-${lang}-360x640.png`), fullPage: true });

      await page.fill('#coop-rent', '12000');
      const want = model(['rent=12000']);
      await page.waitForFunction((low) => Number(document.querySelector('#coop-cash tr[data-year="1"] td[data-col="low"]')?.dataset.yuan) === low, want.years[0].low);
      assertSame(await readCash(page), want);

      await page.fill('#coop-rent', '-5');
      await page.waitForSelector('#coop-rent-err');
      assert.match(await page.textContent('#coop-rent-err'), lang === 'zh' ? /负数/ : /negative/i);
      assert.equal(await page.locator('#coop [data-yuan]').count(), 0, 'no number while an input is wrong');
      assert.doesNotMatch(await page.textContent('#coop'), /NaN/);

      // Lanya, one cooperative with its own cash: 121 registered households hold shares, more
      // than 50 (sect. 4.3); Wandanping's 41 (the default) do not.
      await page.click('[data-preset="1"]');
      await page.waitForSelector('#coop-incentive[data-met="true"]');
      assertSame(await readCash(page), model(['preset=lanya']));
      await page.click('[data-preset="0"]');
      await page.waitForSelector('#coop-incentive[data-met="false"]');
      assert.equal(await page.getAttribute('#coop-incentive', 'data-holders'), '41');
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests), []);
    } finally {
      await context.close();
    }
  });
}

/** What the native engine computes for the household page. */
const engine = engineReport;

for (const lang of ['zh', 'en']) {
  test(`"use on the household page" carries the cooperative's failure chance (${lang})`, async () => {
    const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      // A household scenario comes in with the link and must go back with it.
      await page.goto(`${env.server.url}staff.html?lang=${lang}&land=6`);
      await page.click('[data-preset="1"]');
      await page.fill('#coop-hen_price', '130');
      await page.waitForSelector('#coop-use[data-field="fail_lanya"]');
      const want = model(['preset=lanya', 'hen_price=130']);
      await page.waitForFunction((x) => Math.abs(Number(document.querySelector('#coop-use')?.dataset.chance) - x) < 0.006, want.yearly_fail * 100);
      const chance = await page.getAttribute('#coop-use', 'data-chance');
      assert.ok(want.yearly_fail > 0, 'a cooperative with a risk to carry');
      await page.screenshot({ path: await artifactPath(`coop-use-${lang}-1280x720.png`), fullPage: true });

      await page.click('#coop-use');
      await page.waitForSelector('#results td[data-yuan]');
      const url = new URL(page.url());
      assert.equal(url.pathname, '/');
      assert.equal(url.searchParams.get('fail_lanya'), chance);
      assert.equal(url.searchParams.get('from_coop'), 'fail_lanya');
      assert.equal(url.searchParams.get('land'), '6');
      const sources = await page.textContent('#fail-sources');
      assert.match(sources, lang === 'zh' ? /兰亚合作社 [\d.]+%（合作社页算出）/ : /Lanya [\d.]+% \(from the cooperative page\)/);
      assert.match(sources, lang === 'zh' ? /万担坪合作社 3%（假设）/ : /Wandanping 3% \(assumption\)/);

      // The household page computes with that chance: B1's row is the engine's.
      const b1 = await page.evaluate(() => {
        const row = {};
        for (const td of document.querySelectorAll('#results tr[data-pattern="B1"] td[data-yuan]')) row[td.dataset.col] = Number(td.dataset.yuan);
        return row;
      });
      const expected = engine({ land: 6, fail_lanya: chance }).B1;
      for (const col of ['total', 'p10', 'npv']) {
        assert.ok(Math.abs(b1[col] - expected[col]) <= 1e-9 * Math.max(1, Math.abs(expected[col])), `B1.${col}: page ${b1[col]} vs engine ${expected[col]}`);
      }
      await page.screenshot({ path: await artifactPath(`coop-used-${lang}-1280x720.png`), fullPage: true });

      // Typing another chance makes it the user's own.
      await page.click('#settings > summary');
      await page.fill('#f-fail_lanya', '5');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('from_coop'));
      assert.match(await page.textContent('#fail-sources'), lang === 'zh' ? /兰亚合作社 5%（自己填的）/ : /Lanya 5% \(your value\)/);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests), []);
    } finally {
      await context.close();
    }
  });
}

test('Back and Forward walk between the staff tabs, and Back from the first leaves for the page before (issue #16)', async () => {
  const isolated = await isolatedContext(env.browser, { viewport: { width: 1280, height: 800 } });
  const page = await isolated.context.newPage();
  await page.goto(`${env.server.url}?lang=en&land=5`);
  await page.waitForSelector('#results td[data-yuan]');
  await page.click('#tab-coop');
  await page.waitForSelector('#coop-need');
  await page.click('#tab-roster');
  await page.waitForSelector('#roster-file');
  assert.equal(new URL(page.url()).searchParams.get('view'), 'roster');
  const pressed = (id) => page.getAttribute(id, 'aria-pressed');
  await page.goBack();
  await page.waitForSelector('#coop-need');
  assert.equal(await pressed('#tab-coop'), 'true');
  assert.equal(new URL(page.url()).searchParams.get('view'), 'coop');
  assert.equal(new URL(page.url()).searchParams.get('land'), '5', 'the scenario stays in the link');
  await page.goForward();
  await page.waitForSelector('#roster-file');
  assert.equal(await pressed('#tab-roster'), 'true');
  await page.goBack();
  await page.waitForSelector('#coop-need');
  await page.goBack();
  await page.waitForSelector('#results td[data-yuan]');
  assert.equal(await page.inputValue('#f-land'), '5', 'back on the household page with its scenario');
  assert.deepEqual(isolated.errors, []);
  assert.deepEqual(foreignRequests(isolated.requests), []);
  await isolated.context.close();
});

test('cooperative inputs live in the link: they survive a tab switch and a reload, and a saved cooperative scenario reopens (issue #16)', async () => {
  const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}staff.html`);
    await page.waitForSelector('#coop-cash td[data-yuan]');
    await page.click('[data-preset="1"]');
    await page.waitForSelector('#coop-incentive[data-met="true"]');
    await page.fill('#coop-birds', '2500');
    await page.fill('#coop-hen_price', '140');
    await page.waitForFunction(() => /coop=lanya/.test(location.search) && /c_birds=2500/.test(location.search) && /c_hen_price=140/.test(location.search));
    assert.doesNotMatch(page.url(), /c_rent|c_land_hh/, 'only what differs from the preset');
    const want = await readCash(page);
    assertSame(want, model(['preset=lanya', 'birds=2500', 'hen_price=140']));

    // A tab switch and back.
    await page.click('#tab-roster');
    await page.waitForSelector('#roster');
    await page.click('#tab-coop');
    await page.waitForSelector('#coop-cash td[data-yuan]');
    assert.equal(await page.inputValue('#coop-birds'), '2500');
    assert.deepEqual(await readCash(page), want, 'the same cooperative after a tab switch');

    // A reload.
    await page.reload();
    await page.waitForSelector('#coop-cash td[data-yuan]');
    assert.equal(await page.inputValue('#coop-hen_price'), '140');
    assert.equal(await page.getAttribute('[data-preset="1"]', 'aria-pressed'), 'true');
    assert.deepEqual(await readCash(page), want, 'the same cooperative after a reload');

    // Saved under a name, then opened from the defaults.
    await page.click('#saved > summary');
    await page.waitForSelector('#saved .saved-empty');
    await page.fill('#save-name', 'Lanya 2500');
    await page.click('#save-scenario');
    await page.waitForSelector('#saved-list .saved-name:text-is("Lanya 2500")');
    await page.goto(`${env.server.url}staff.html`);
    await page.waitForSelector('#coop-cash td[data-yuan]');
    assert.notEqual(await page.inputValue('#coop-birds'), '2500');
    await page.click('#saved > summary');
    await page.waitForSelector('#saved-list .saved-item');
    await page.locator('#saved-list .saved-item', { hasText: 'Lanya 2500' }).locator('button.open').click();
    await page.waitForFunction(() => document.querySelector('#coop-birds')?.value === '2500');
    assert.equal(await page.inputValue('#coop-hen_price'), '140');
    assert.equal(new URL(page.url()).pathname, '/staff.html');
    await page.waitForSelector('#coop-cash td[data-yuan]');
    assert.deepEqual(await readCash(page), want, 'the saved cooperative reopens with the same cash');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests), []);
  } finally {
    await context.close();
  }
});

test('one verdict per cooperative: its colour agrees with the expected case and the chances beside it (issue #16)', async () => {
  const { context, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cases = [
      ['', 'red', /第1年年初起钱不够/],
      ['c_capital=10000000', 'green', /每笔钱都能按时付/],
      ['c_loan=404000&c_p_price=3.3', 'red', /贷款/],
      ['coop=lanya&lang=en', 'red', /short from the start of year 1/],
    ];
    for (const [query, level, words] of cases) {
      await page.goto(`${env.server.url}staff.html?${query}`);
      await page.waitForSelector('#coop-verdict');
      const v = await page.evaluate(() => ({
        level: document.querySelector('#coop-verdict').dataset.level,
        risk: Number(document.querySelector('#coop-verdict').dataset.risk),
        why: document.querySelector('#coop-verdict .verdict-why').textContent,
        kept: [...document.querySelectorAll('#coop-promises td[data-kept]')].map((td) => td.dataset.kept === 'true'),
        chances: [...document.querySelectorAll('#coop-promises td[data-chance]')].map((td) => Number(td.dataset.chance)),
      }));
      assert.equal(v.level, level, `${query}: ${v.why}`);
      assert.match(v.why, words, query);
      if (v.level === 'green') {
        assert.ok(v.kept.every(Boolean), `${query}: green beside a promise not kept`);
        assert.ok(v.chances.every((c) => c < 0.05) && v.risk < 0.05, `${query}: green beside a chance of 5% or more`);
      }
      if (v.kept.some((k) => !k) || v.chances.some((c) => c >= 0.2)) assert.equal(v.level, 'red', query);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
