// End-to-end tests of the household calculator against the release build in dist/:
// the results table must hold what the native engine computes (core/examples/report.rs --json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  artifactPath,
  foreignRequests,
  engineReport,
  isolatedContext,
  patternCodes,
  useSiteAndBrowser,
} from './helpers.mjs';

const PHONE = { width: 360, height: 640 };
const PATTERNS = patternCodes();

const env = useSiteAndBrowser();

const engine = engineReport;

/** The results table as data: {CODE: {col: number} | {infeasible: reason}}. */
function readTable(page) {
  return page.evaluate(() => {
    const out = {};
    for (const tr of document.querySelectorAll('#results tr[data-pattern]')) {
      const code = tr.dataset.pattern;
      if (tr.dataset.infeasible) {
        out[code] = { infeasible: tr.dataset.infeasible };
        continue;
      }
      const row = {};
      for (const td of tr.querySelectorAll('td[data-yuan]')) row[td.dataset.col] = Number(td.dataset.yuan);
      out[code] = row;
    }
    return out;
  });
}

function assertSameTable(got, want) {
  assert.deepEqual(Object.keys(got).sort(), PATTERNS.slice().sort());
  for (const code of PATTERNS) {
    const w = want[code];
    const g = got[code];
    if (w.infeasible) {
      assert.deepEqual(g, w, code);
      continue;
    }
    for (const [col, value] of Object.entries(w)) {
      assert.ok(col in g, `${code} lacks ${col}`);
      const tol = 1e-9 * Math.max(1, Math.abs(value));
      assert.ok(Math.abs(g[col] - value) <= tol, `${code}.${col}: page ${g[col]} vs engine ${value}`);
    }
  }
}

/** Types `text` into a field as a user would (select all, type). */
async function type(page, key, text) {
  const input = page.locator(`#f-${key}`);
  await input.fill('');
  if (text !== '') await input.pressSequentially(text);
}

const SCENARIO = { land: '6', adults: '3', away: '2', wage: '4000', months: '9', cash: '5000' };

for (const lang of ['zh', 'en']) {
  test(`filling the form in ${lang} gives the engine's table, and the link reproduces it`, async () => {
    const { context, requests, errors } = await isolatedContext(env.browser, { viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}?lang=${lang}`);
      await page.waitForSelector('#results tr[data-pattern] td[data-yuan]');
      for (const [key, value] of Object.entries(SCENARIO)) await type(page, key, value);
      const want = engine(SCENARIO);
      await page.waitForFunction(
        (total) => Number(document.querySelector('#results tr[data-pattern="S"] td[data-col="total"]')?.dataset.yuan) === total,
        want.S.total,
      );
      assertSameTable(await readTable(page), want);
      // The link is rewritten once typing pauses.
      await page.waitForFunction(
        (pairs) => pairs.every(([k, v]) => new URLSearchParams(location.search).get(k) === v),
        Object.entries(SCENARIO),
      );
      const link = page.url();
      for (const [key, value] of Object.entries(SCENARIO)) assert.match(link, new RegExp(`[?&]${key}=${value}(&|$)`));
      assert.match(link, new RegExp(lang === 'en' ? '[?&]lang=en' : '^(?!.*lang=)'));
      await page.screenshot({ path: await artifactPath(`calculator-${lang}-360x640.png`) });

      // Opening the link in a fresh page reproduces the same table.
      const fresh = await context.newPage();
      await fresh.goto(link);
      await fresh.waitForSelector('#results tr[data-pattern] td[data-yuan]');
      assertSameTable(await readTable(fresh), want);
      assert.equal(await fresh.inputValue('#f-land'), '6');
      assert.ok(await fresh.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scroll');
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests), []);
    } finally {
      await context.close();
    }
  });
}

const BAD_LAND = [
  ['negative', '-2', { zh: '不能是负数', en: 'cannot be negative' }],
  ['empty', '', { zh: '请填写土地', en: 'Enter land' }],
  ['not a number', 'abc', { zh: '要填数字', en: 'must be a number' }],
  ['absurd', '1e12', { zh: '最多 10,000 亩', en: 'at most 10,000 mu' }],
];

for (const lang of ['zh', 'en']) {
  test(`bad land shows a message in ${lang} and no number passed off as current`, async () => {
    const { context, requests, errors } = await isolatedContext(env.browser, { viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}?lang=${lang}`);
      await page.waitForSelector('#results td[data-yuan]');
      for (const [name, text, message] of BAD_LAND) {
        await type(page, 'land', text);
        await page.waitForSelector('#f-land-err');
        const shown = await page.textContent('#f-land-err');
        assert.ok(shown.includes(message[lang]), `${name}: "${shown}" should say "${message[lang]}"`);
        assert.equal(await page.locator('#results td[data-yuan]').count(), 0, `${name}: no result shown`);
        assert.equal(await page.getAttribute('#results', 'data-invalid'), 'true');
        const body = await page.textContent('body');
        assert.ok(!/NaN|Infinity|undefined/.test(body), `${name}: no NaN on screen`);
        // The bad text stays in the field and in the link: nothing typed is lost.
        assert.equal(await page.inputValue('#f-land'), text);
        if (name === 'negative') await page.screenshot({ path: await artifactPath(`bad-land-${lang}-360x640.png`) });
      }
      // A link with a bad value shows it in its field with its error.
      await page.goto(`${env.server.url}?lang=${lang}&land=-5&adults=2`);
      await page.waitForSelector('#f-land-err');
      assert.equal(await page.inputValue('#f-land'), '-5');
      assert.equal(await page.locator('#results td[data-yuan]').count(), 0);
      // Fixing it brings results back.
      await type(page, 'land', '4');
      await page.waitForSelector('#results td[data-yuan]');
      assert.equal(await page.locator('#f-land-err').count(), 0);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests), []);
    } finally {
      await context.close();
    }
  });
}

test('hectares: the unit switch converts the land and the link says unit=ha', async () => {
  const { context, errors } = await isolatedContext(env.browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}?land=15`);
    await page.waitForSelector('#results td[data-yuan]');
    await page.click('#unit-ha');
    await page.waitForFunction(() => document.querySelector('#f-land').value === '1');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('unit') === 'ha');
    assert.match(page.url(), /land=1(&|$)/);
    assertSameTable(await readTable(page), engine({ land: '15' }));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('English screens use English punctuation: no full-width colon or brackets in the form, results, details, settings and handout', async () => {
  const { context, errors } = await isolatedContext(env.browser, { viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.print = () => {};
    });
    const fullWidth = async (where) => {
      const text = await page.evaluate(() => document.body.innerText);
      const found = text.split('\n').filter((line) => /[：（）]/.test(line));
      assert.deepEqual(found, [], `${where}: lines with full-width punctuation`);
    };
    // Patterns out of reach (60 mu for one adult): each such row gives its reason after "Cannot".
    await page.goto(`${env.server.url}?lang=en&land=60&adults=1&away=1&years=4&renew=0`);
    await page.waitForSelector('#results tr.infeasible td.reason');
    await fullWidth('reasons');

    await page.goto(`${env.server.url}?lang=en`);
    await page.waitForSelector('#results td[data-yuan]');
    await page.click('#settings > summary');
    await page.waitForSelector('#settings .basis-text');
    await page.locator('#results .details-btn').first().click();
    await page.waitForSelector('#detail[open] details.year');
    await page.locator('#detail details.year > summary').first().click();
    await fullWidth('settings and details');
    // The print button opens tools.html, which prints the handout.
    await page.click('#print');
    await page.waitForSelector('.handout', { state: 'attached' });
    await fullWidth('handout');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('numbers as people write them, units switched and back, and the working in her unit (issue #15, in part)', async () => {
  const { context, errors } = await isolatedContext(env.browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${env.server.url}?land=4&cash=2000`);
    await page.waitForSelector('#results td[data-yuan]');
    const want = await readTable(page);

    // 0.2万, 2千 and 2000元 are all 2,000 yuan: the same table.
    for (const cash of ['0.2万', '2千', '2000元', '２０００ 元']) {
      await page.fill('#f-cash', cash);
      await page.waitForFunction((c) => new URLSearchParams(location.search).get('cash') === c, cash);
      await page.waitForSelector('#results td[data-yuan]');
      assert.deepEqual(await readTable(page), want, cash);
    }
    // A comma that may be a decimal point is asked about, not read as 45.
    await page.fill('#f-land', '4，5');
    await page.waitForSelector('#f-land-err');
    assert.equal(await page.textContent('#f-land-err'), '土地是 4.5 还是 45？小数请用点（4.5），千位不用写逗号。');
    assert.equal(await page.locator('#results td[data-yuan]').count(), 0, 'no number while the land is unclear');
    await page.fill('#f-land', '4亩');
    await page.waitForSelector('#results td[data-yuan]');

    // 亩 → 公顷 → 亩 gives back what she typed.
    await page.fill('#f-land', '4');
    await page.click('#unit-ha');
    await page.waitForFunction(() => document.querySelector('#f-land').value === '0.2667');
    await page.click('#unit-mu');
    await page.waitForFunction(() => document.querySelector('#f-land').value === '4');

    // The settings follow her unit: the land rent per 亩, per 公顷 with land in 公顷.
    await page.click('#settings > summary');
    await page.waitForSelector('#f-rent');
    const rent = () => page.evaluate(() => {
      const input = document.querySelector('#f-rent');
      return [input.value, input.closest('.field').querySelector('.unit').textContent];
    });
    const potatoYield = () => page.evaluate(() => {
      const input = document.querySelector('#f-p_yield');
      return [input.value, input.closest('.field').querySelector('.unit').textContent];
    });
    assert.deepEqual(await rent(), ['1000', '元/亩']);
    const yieldPerMu = await potatoYield();
    assert.equal(yieldPerMu[1], '公斤/亩');
    await page.click('#unit-ha');
    await page.waitForFunction(() => document.querySelector('#f-rent').value === '15000');
    assert.deepEqual(await rent(), ['15000', '元/公顷']);
    // And the other way: the potato yield per 亩 is per 公顷 with land in 公顷 (15 亩 a 公顷).
    assert.deepEqual(await potatoYield(), [String(Number(yieldPerMu[0]) * 15), '公斤/公顷']);
    await page.waitForFunction(() => /unit=ha/.test(location.search));
    await page.click('#unit-mu');
    await page.waitForFunction(() => document.querySelector('#f-rent').value === '1000');
    assert.deepEqual(await potatoYield(), yieldPerMu);
    await page.click('#settings > summary');

    // The working of the land rent is in 亩.
    await page.locator('#results tr[data-pattern="A1"] .details-btn').click();
    await page.waitForSelector('#detail[open] details.year');
    if (!(await page.locator('#detail details.year').first().evaluate((d) => d.open))) {
      await page.locator('#detail details.year > summary').first().click();
    }
    await page.waitForSelector('#detail details.year[open] .working');
    assert.match(await page.textContent('#detail'), /4 亩 × 1,000 元\/亩 = 4,000 元/);
    assert.equal(await page.getAttribute('#results tr[data-pattern="A1"] .details-btn', 'aria-label'), await page.evaluate(() => `看明细：A1 ${document.querySelector('#results tr[data-pattern="A1"] .name').textContent.replace(/^A1 /, '')}`));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the paper\'s numbers are called an example; her last scenario opens from the home-screen icon, a link\'s does not replace it (issue #15, in part)', async () => {
  const { context, errors } = await isolatedContext(env.browser, { viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.waitForSelector('#results td[data-yuan]');
    assert.match(await page.textContent('#example-note'), /例子/);
    await page.fill('#f-land', '5');
    await page.fill('#f-cash', '2000');
    await page.waitForFunction(() => location.search === '?land=5&cash=2000');
    assert.equal(await page.locator('#example-note').count(), 0, 'her numbers are not an example');

    // A shared link opens its own scenario and, untouched, does not become hers.
    const shared = await context.newPage();
    await shared.goto(`${env.server.url}?land=9`);
    await shared.waitForSelector('#results td[data-yuan]');
    await shared.close();

    // The home-screen icon opens the bare page: her last scenario, on the first screen too.
    const icon = await context.newPage();
    await icon.goto(env.server.url);
    assert.equal(await icon.inputValue('#f-land'), '5', 'the first screen shows her land');
    await icon.waitForSelector('#results td[data-yuan]');
    assert.equal(await icon.inputValue('#f-land'), '5');
    assert.equal(await icon.inputValue('#f-cash'), '2000');
    assert.equal(new URL(icon.url()).search, '?land=5&cash=2000');
    assert.equal(await icon.locator('#example-note').count(), 0);

    // Back to the paper's example: the next visit opens it.
    await icon.click('#settings > summary');
    await icon.click('#restore');
    await icon.waitForFunction(() => location.search === '');
    const again = await context.newPage();
    await again.goto(env.server.url);
    await again.waitForSelector('#results td[data-yuan]');
    assert.equal(await again.inputValue('#f-land'), '3.9');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
