// Phone-first accessibility of the built page at 360 × 640, in both languages and with every
// section open: touch targets of at least 44 px (60 px in care mode), text contrast of at least
// WCAG AA (4.5:1, or 3:1 for large text), text of at least 18 px in care mode, no horizontal
// scroll, and no serious or critical violation found by axe-core (pinned in package.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, artifactPath, isolatedContext, useSiteAndBrowser } from './helpers.mjs';

const AXE = readFile(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's serious and critical violations of the page as it is (WCAG 2 A and AA rules). */
async function axeViolations(page) {
  // Through the DevTools protocol: the page's Content-Security-Policy forbids inline scripts.
  await page.evaluate(await AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}


const env = useSiteAndBrowser();

/** Opens every collapsible section so that its controls are measured too (break-even and
 * share are on tools.html only). */
async function openEverything(page) {
  for (const id of ['settings', 'detail', 'breakeven', 'share']) {
    if ((await page.locator(`#${id} > summary`).count()) === 0) continue;
    if (await page.evaluate((id) => document.getElementById(id).open, id)) continue;
    await page.click(`#${id} > summary`);
    await page.waitForFunction((id) => document.getElementById(id)?.open, id);
  }
  await page.waitForSelector('#restore');
  await page.waitForSelector('#detail-pick');
}

/** Touch targets under `min` × `min` px that are shown. */
function smallTargets(page, min = 44) {
  return page.evaluate((min) => {
    const targets = document.querySelectorAll(
      'button, select, input[type="text"], input[type="range"], input[type="file"], textarea, a.tab, a.button, .more-links a, details > summary, .switch label',
    );
    return [...targets]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el: el.id || el.className || el.tagName, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height < min - 0.5 || rect.width < min - 0.5)
      .map(({ el, rect }) => `${el} ${Math.round(rect.width)}×${Math.round(rect.height)}`);
  }, min);
}

/** Every text shown on the page (not in SVG, noscript or the print-only handout), with its
 * element's font size and weight, colour and background (the first opaque one up the tree). */
function shownTexts(page) {
  return page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.99)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || !el || el.closest('svg, noscript, .handout')) continue;
      if (el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      out.push({
        text: node.textContent.trim(),
        size: parseFloat(style.fontSize),
        weight: Number(style.fontWeight),
        fg: rgb(style.color).slice(0, 3),
        bg: background(el),
      });
    }
    return out;
  });
}

/** Shown text smaller than `px`. */
async function smallText(page, px) {
  return (await shownTexts(page))
    .filter(({ size }) => size < px - 0.01)
    .map(({ text, size }) => `${text.slice(0, 20)} ${size}px`);
}

/** Shown text below WCAG AA contrast against its background (4.5:1 for every size when `strict`,
 * as care mode asks; else 3:1 for large text). */
async function lowContrast(page, strict = false) {
  const lum = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const out = [];
  for (const { text, size, weight, fg, bg } of await shownTexts(page)) {
    const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const large = size >= 24 || (size >= 18.66 && weight >= 700);
    if (ratio < (large && !strict ? 3 : 4.5)) out.push(`${text.slice(0, 30)} ${ratio.toFixed(2)}`);
  }
  return out;
}

/** Headings that skip a level on the way down (an h2 followed by an h4). */
function skippedHeadings(page) {
  return page.evaluate(() => {
    const out = [];
    let last = 0;
    for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      if (h.getClientRects().length === 0) continue;
      const level = Number(h.tagName[1]);
      if (level > last + 1) out.push(`${h.tagName} after h${last}: ${h.textContent.trim().slice(0, 30)}`);
      last = level;
    }
    return out;
  });
}

async function assertAccessible(page, errors, { care = false } = {}) {
  const min = care ? 60 : 44;
  assert.deepEqual(await smallTargets(page, min), [], `every touch target is at least ${min} × ${min} px`);
  assert.deepEqual(await lowContrast(page, care), [], care ? 'care mode: all text at 4.5:1 or more' : 'all text meets WCAG AA contrast');
  assert.deepEqual(await skippedHeadings(page), [], 'headings in order');
  if (care) assert.deepEqual(await smallText(page, 18), [], 'care mode: no text under 18 px');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scroll');
  assert.deepEqual(await axeViolations(page), [], 'axe-core: no serious or critical violation');
  assert.deepEqual(errors, []);
}

for (const lang of ['zh', 'en']) {
  test(`care mode (大字): one switch, kept on the device, large text and targets at 360 px in ${lang}`, async () => {
    const { context, errors } = await isolatedContext(env.browser, { viewport: { width: 360, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}?lang=${lang}`);
      await page.waitForSelector('#results td[data-yuan]');
      await page.click('#care-mode');
      await page.waitForFunction(() => document.documentElement.classList.contains('care'));
      assert.equal(await page.getAttribute('#care-mode', 'aria-pressed'), 'true');
      await page.screenshot({ path: await artifactPath(`care-${lang}-first-screen.png`) });
      // Kept: the next visit opens in care mode before the app has started.
      await page.reload();
      await page.waitForSelector('#results td[data-yuan]');
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('care')), 'care mode is remembered');
      await openEverything(page);
      await assertAccessible(page, errors, { care: true });
      await page.screenshot({ path: await artifactPath(`care-${lang}-full.png`), fullPage: true });
      // The page with sharing, saving and break-even, in care mode too.
      await page.click('#more-share');
      await page.waitForSelector('#share[open] svg.qr');
      await openEverything(page);
      await assertAccessible(page, errors, { care: true });
      await page.goBack();
      // And off again, remembered too.
      await page.click('#care-mode');
      await page.reload();
      await page.waitForSelector('#results td[data-yuan]');
      assert.ok(await page.evaluate(() => !document.documentElement.classList.contains('care')));
    } finally {
      await context.close();
    }
  });

  test(`touch targets, contrast and width at 360 px in ${lang}`, async () => {
    const { context, errors } = await isolatedContext(env.browser, { viewport: { width: 360, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}?lang=${lang}`);
      await page.waitForSelector('#results td[data-yuan]');
      await openEverything(page);
      await assertAccessible(page, errors);
      await page.goto(`${env.server.url}tools.html?lang=${lang}`);
      await page.waitForSelector('#results td[data-yuan]');
      await openEverything(page);
      await assertAccessible(page, errors);
    } finally {
      await context.close();
    }
  });

  test(`the staff page's cooperative and roster screens at 360 px in ${lang}`, async () => {
    const { context, errors } = await isolatedContext(env.browser, { viewport: { width: 360, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}staff.html?view=coop&lang=${lang}`);
      await page.waitForSelector('#coop [data-yuan]');
      await page.$$eval('#coop details', (ds) => ds.forEach((d) => (d.open = true)));
      await assertAccessible(page, errors);
      await page.click('#tab-roster');
      await page.waitForSelector('#roster-file:not([disabled])');
      await page.setInputFiles('#roster-file', join(REPO_ROOT, 'core', 'tests', 'fixtures', 'roster', 'bad-rows.csv'));
      await page.waitForSelector('#roster-results');
      await assertAccessible(page, errors);
    } finally {
      await context.close();
    }
  });
}
