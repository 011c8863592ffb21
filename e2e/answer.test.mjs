// End-to-end tests of the villager's first minute (issue #15) on a 360 × 640 phone, in both
// languages: the question (land, adults, adults away) and the one-sentence answer fill the first
// screen, typing updates the answer, the answer's figures are the table's (a year each), and
// the Back button walks back through the details she opened without leaving the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifactPath, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

const PHONE = { width: 360, height: 640 };
const env = useSiteAndBrowser();

/** Where each element sits in the viewport, before any scrolling. */
function boxes(page, selectors) {
  return page.evaluate((selectors) => {
    const out = { scrollY: window.scrollY, height: window.innerHeight };
    for (const s of selectors) {
      const r = document.querySelector(s)?.getBoundingClientRect();
      out[s] = r ? { top: r.top, bottom: r.bottom } : null;
    }
    return out;
  }, selectors);
}

/** The best pattern's row as she reads it: its name and the texts of its first cells. */
function bestRow(page) {
  return page.evaluate(() => {
    const tr = document.querySelector('#results tr[data-pattern]:has(.badge.best)');
    const cell = (col) => tr.querySelector(`td[data-col="${col}"]`).textContent.trim();
    const name = tr.querySelector('.name').textContent.replace(/^\S+\s/, '').trim();
    return { code: tr.dataset.pattern, name, per_year: cell('per_year'), gain: cell('gain'), p10: cell('p10') };
  });
}

for (const lang of ['zh', 'en']) {
  test(`the first screen holds the question and the answer, which follows her typing and agrees with the table (${lang})`, async () => {
    const { context, errors } = await isolatedContext(env.browser, { viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}?lang=${lang}`);
      await page.waitForSelector('#results td[data-yuan]');
      const fields = ['#f-land', '#f-adults', '#f-away', '#summary-text'];
      const at = await boxes(page, [...fields, '#tab-coop']);
      assert.equal(at.scrollY, 0);
      for (const s of fields) {
        assert.ok(at[s], `${s} is on the page`);
        assert.ok(at[s].top >= 0 && at[s].bottom <= at.height, `${s} is in the first screen: ${JSON.stringify(at[s])}`);
      }
      assert.ok(at['#tab-coop'].top > at.height, 'the staff links are out of her way, at the foot');
      await page.screenshot({ path: await artifactPath(`answer-first-${lang}.png`) });

      // The answer's figures are the best row's, a year each, in whole yuan; no code.
      const check = async () => {
        const row = await bestRow(page);
        const text = await page.textContent('#summary-text');
        const luck = await page.textContent('#summary-luck');
        assert.ok(text.includes(row.name), `the answer names ${row.name}: ${text}`);
        assert.ok(!new RegExp(`\\b${row.code}\\b`).test(text + luck), `no code in the answer: ${text}`);
        assert.ok(text.includes(row.per_year), `per_year ${row.per_year} in: ${text}`);
        if (row.gain !== '—') assert.ok(text.includes(row.gain), `gain ${row.gain} in: ${text}`);
        assert.ok(luck.includes(row.p10), `the bad-luck case ${row.p10} in: ${luck}`);
        // Both sentences are announced when they change.
        assert.ok(await page.evaluate(() => !!document.querySelector('[aria-live="polite"] #summary-text') && !!document.querySelector('[aria-live="polite"] #summary-luck')));
        return text;
      };
      const before = await check();

      // Typing the land updates the answer at once, and it still agrees with the table.
      await page.fill('#f-land', '6');
      await page.waitForFunction((old) => document.querySelector('#summary-text')?.textContent !== old, before);
      await page.waitForFunction(() => new URLSearchParams(location.search).get('land') === '6');
      const after = await check();
      assert.match(after, lang === 'zh' ? /^6 亩地/ : /^6 mu, /);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('Back walks back through the details she opened and stays in the app (issue #15)', async () => {
  const { context, errors } = await isolatedContext(env.browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}?land=4&cash=2000`);
    await page.waitForSelector('#results td[data-yuan]');
    const home = page.url();
    const open = (code) => page.locator(`#results tr[data-pattern="${code}"] .details-btn`).click();
    const shown = () => page.evaluate(() => (document.getElementById('detail')?.open ? document.getElementById('detail-pick')?.value : null));

    await open('A1');
    await page.waitForFunction(() => document.getElementById('detail-pick')?.value === 'A1');
    await open('B1');
    await page.waitForFunction(() => document.getElementById('detail-pick')?.value === 'B1');
    assert.equal(await shown(), 'B1');

    await page.goBack();
    await page.waitForFunction(() => document.getElementById('detail-pick')?.value === 'A1');
    assert.equal(await shown(), 'A1', 'Back shows the details opened before');
    await page.goBack();
    await page.waitForFunction(() => !document.getElementById('detail')?.open);
    assert.equal(page.url(), home, 'Back from the first details: the same page and scenario');
    assert.ok(await page.isVisible('#results'));
    assert.equal(await page.inputValue('#f-land'), '4');

    // Closing the details by hand leaves nothing for Back to undo: Back then leaves as before.
    await open('C');
    await page.waitForFunction(() => document.getElementById('detail-pick')?.value === 'C');
    await page.click('#detail > summary');
    await page.waitForFunction(() => !document.getElementById('detail')?.open);
    await page.waitForFunction((home) => location.href === home, home);
    // Typing replaces the link: no entry per keystroke.
    const length = await page.evaluate(() => history.length);
    await page.fill('#f-land', '5');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('land') === '5');
    assert.equal(await page.evaluate(() => history.length), length);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
