// End-to-end test of the wide layouts (issue #16): at a tablet's, a laptop's or projector's and
// a wide monitor's size, in both languages, the household page's comparison is a real table
// whose pattern names each stay on one line and which fits its container (the columns left
// out are one tap away), and the staff page's tables use the width there is. Screenshots of
// each go to e2e/artifacts/ (the workshop's are taken by workshop.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, artifactPath, foreignRequests, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

const env = useSiteAndBrowser();
const SCREENS = [
  { width: 768, height: 1024 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const PASTED = readFileSync(join(REPO_ROOT, 'core', 'tests', 'fixtures', 'roster', 'pasted.tsv'), 'utf8');

/** How the results table sits in its box: names on one line, the table within its wrap. */
const tableFit = (page) =>
  page.evaluate(() => {
    const wrap = document.querySelector('.results .table-wrap');
    const table = document.querySelector('#results');
    const names = [...table.querySelectorAll('th[scope="row"] .name')];
    return {
      rows: names.length,
      wrapped: names.filter((n) => n.getClientRects().length !== 1).map((n) => n.textContent),
      tableWidth: table.scrollWidth,
      wrapWidth: wrap.clientWidth,
      wrapRight: wrap.getBoundingClientRect().right,
      pageWidth: document.documentElement.scrollWidth,
      shown: [...table.querySelectorAll('thead th[data-col]')].filter((th) => th.getClientRects().length > 0).map((th) => th.dataset.col),
    };
  });

for (const lang of ['zh', 'en']) {
  test(`the comparison fits its box with each name on one line at 768, 1280 and 1920 px (${lang})`, async () => {
    const { context, requests, errors } = await isolatedContext(env.browser, { viewport: SCREENS[0] });
    try {
      const page = await context.newPage();
      for (const screen of SCREENS) {
        await page.setViewportSize(screen);
        await page.goto(`${env.server.url}?land=4&cash=2000${lang === 'en' ? '&lang=en' : ''}`);
        await page.waitForSelector('#results td[data-yuan]');
        const fit = await tableFit(page);
        const where = `${screen.width}×${screen.height}`;
        assert.equal(fit.rows, 8, where);
        assert.deepEqual(fit.wrapped, [], `${where}: every pattern's name on one line`);
        assert.ok(fit.tableWidth <= fit.wrapWidth + 1, `${where}: the table (${fit.tableWidth}px) fits its box (${fit.wrapWidth}px)`);
        assert.ok(fit.wrapRight <= screen.width && fit.pageWidth <= screen.width, `${where}: nothing beyond the screen`);
        const main = screen.width < 1024 ? ['per_year', 'gain', 'p10', 'below'] : ['per_year', 'gain', 'guaranteed', 'p10', 'cash', 'below', 'labor'];
        for (const col of main) {
          assert.ok(fit.shown.includes(col), `${where}: ${col} shown`);
        }
        if (screen.width >= 1760) {
          assert.ok(fit.shown.includes('y1') && fit.shown.includes('total'), `${where}: every column on a wide screen`);
        } else {
          assert.ok(!fit.shown.includes('y1'), `${where}: the year columns are one tap away`);
          await page.click('#more-cols');
          await page.waitForFunction(() => document.querySelector('#results th[data-col="y1"]')?.getClientRects().length > 0);
          assert.equal(await page.getAttribute('#more-cols', 'aria-pressed'), 'true');
          const all = await tableFit(page);
          assert.ok(all.shown.includes('total') && all.shown.includes('p90'), `${where}: every column after one tap`);
          assert.ok(all.pageWidth <= screen.width, `${where}: a wider table scrolls in its box, not the page`);
          await page.click('#more-cols');
        }
        await page.screenshot({ path: await artifactPath(`household-${lang}-${screen.width}x${screen.height}.png`) });
      }
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests), []);
    } finally {
      await context.close();
    }
  });

  test(`the staff page's tables use the width there is (${lang})`, async () => {
    const { context, requests, errors } = await isolatedContext(env.browser, { viewport: SCREENS[0] });
    try {
      const page = await context.newPage();
      for (const screen of SCREENS) {
        await page.setViewportSize(screen);
        await page.goto(`${env.server.url}staff.html?lang=${lang}`);
        await page.waitForSelector('#coop-cash td[data-yuan]');
        const coop = await page.evaluate(() => ({
          cash: document.querySelector('#coop-cash').scrollWidth,
          box: document.querySelector('#coop-cash').parentElement.clientWidth,
          page: document.documentElement.scrollWidth,
        }));
        const where = `${screen.width}×${screen.height}`;
        assert.ok(coop.cash <= coop.box + 1, `${where}: the cash table fits its box`);
        assert.ok(coop.page <= screen.width, `${where}: nothing beyond the screen`);
        await page.screenshot({ path: await artifactPath(`staff-coop-${lang}-${screen.width}x${screen.height}.png`) });

        await page.click('#tab-roster');
        await page.fill('#roster-paste', PASTED);
        await page.click('#roster-paste-run');
        await page.waitForSelector('#roster-status[data-ms]');
        const roster = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          wide: document.querySelector('.roster').clientWidth,
        }));
        assert.ok(roster.page <= screen.width, `${where}: the roster stays within the screen`);
        if (screen.width >= 1280) assert.ok(roster.wide >= 1100, `${where}: the roster uses a laptop's width (${roster.wide}px)`);
        await page.screenshot({ path: await artifactPath(`staff-roster-${lang}-${screen.width}x${screen.height}.png`) });
      }
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests), []);
    } finally {
      await context.close();
    }
  });
}
