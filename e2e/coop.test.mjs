// End-to-end tests of the staff page's cooperative view (issue #5) against the release build:
// the cash table holds what the native model computes (examples/coop.rs), it follows typing,
// a bad value shows its message and no number, and the presets set the sect. 4.3 incentive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, artifactPath, foreignRequests, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

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

      // Wandanping alone: 41 registered households hold shares, not more than 50 (sect. 4.3).
      await page.click('[data-preset="1"]');
      await page.waitForSelector('#coop-incentive[data-met="false"]');
      assert.equal(await page.getAttribute('#coop-incentive', 'data-holders'), '41');
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests), []);
    } finally {
      await context.close();
    }
  });
}
