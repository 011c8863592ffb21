// End-to-end test of the one-page handout (明白纸): printed to PDF by headless Chromium, it
// is exactly one A4 page, in the current language, with the household, the summary, every
// pattern, a chart, the assumptions, the date and the link as a QR code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { artifactPath, foreignRequests, isolatedContext, patternCodes, useSiteAndBrowser } from './helpers.mjs';

const env = useSiteAndBrowser();

const TITLE = { zh: '合作收益明白纸', en: 'Cooperation returns handout' };

for (const lang of ['zh', 'en']) {
  test(`the handout prints on one A4 page in ${lang}`, async () => {
    const { context, requests, errors } = await isolatedContext(env.browser, { viewport: { width: 360, height: 640 } });
    try {
      const page = await context.newPage();
      // Count print requests instead of opening the print dialog.
      await page.addInitScript(() => {
        window.__prints = 0;
        window.print = () => {
          window.__prints += 1;
        };
      });
      await page.goto(`${env.server.url}?lang=${lang}&land=6&adults=3&away=2`);
      await page.waitForSelector('#results td[data-yuan]');
      assert.equal(await page.locator('.handout').count(), 0, 'not rendered until printing');
      await page.click('#print');
      await page.waitForSelector('.handout svg.qr path', { state: 'attached' });
      await page.waitForFunction(() => window.__prints === 1);
      const text = await page.textContent('.handout');
      assert.ok(text.includes(TITLE[lang]), 'title in the current language');
      assert.ok(text.includes(await page.textContent('#summary-text')), 'the summary sentence');
      assert.match(text, /\d{4}-\d{2}-\d{2}/, 'the date');
      for (const code of patternCodes()) {
        assert.ok(text.includes(`${code} `), `pattern ${code} listed`);
      }
      assert.equal(await page.locator('.handout .expected-chart').count(), 1, 'one chart');
      assert.ok(text.includes('land=6'), 'the link');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      await writeFile(await artifactPath(`handout-${lang}.pdf`), pdf);
      const doc = await PDFDocument.load(pdf);
      assert.equal(doc.getPageCount(), 1, 'exactly one page');
      const { width, height } = doc.getPage(0).getSize();
      assert.ok(Math.abs(width - 595.28) < 2 && Math.abs(height - 841.89) < 2, `A4, got ${width}×${height}`);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests), []);
    } finally {
      await context.close();
    }
  });
}
