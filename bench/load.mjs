// First-visit benchmark (issue #13): the household page against the framework floor (the
// smallest Yew 0.23 app, bench/floor/, built with the same release profile), loaded in the same
// run with Lighthouse's throttling constants applied through the DevTools protocol: 4× CPU,
// 360×640, cache disabled, service workers blocked (a first visit), every file served with
// brotli (quality 11) from 127.0.0.1. For each network profile it reports the bytes
// transferred (every request until the results are on screen, headers included), the first
// contentful paint, the time the form's land field is on screen, the time the results table
// is filled (the floor: its one output) and the cumulative layout shift, as medians of RUNS
// loads each (3 by default), app and floor alternating.
//
//   node bench/load.mjs            # builds what is missing: dist/ (trunk) and the floor
//   DIST=… LINK='?land=4&lang=en' RUNS=5 PROFILES=regular3g node bench/load.mjs
//
// Prints a Markdown table and writes it to target/bench/load.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, DIST, REPO_ROOT, serveDist } from '../e2e/helpers.mjs';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.RUNS || 3);
const LINK = process.env.LINK || '';
const APP_DIST = process.env.DIST || DIST;
const FLOOR_SRC = join(REPO_ROOT, 'bench', 'floor');
const FLOOR_DIST = join(REPO_ROOT, 'target', 'floor-dist');

// Lighthouse's throttling constants (core/config/constants.js): DevTools throttling uses the
// request latency rtt × 3.75 and 0.9 of the throughput.
const PROFILES = {
  slow4g: { name: 'Slow 4G', latency: 150 * 3.75, downKbps: 1.6 * 1024 * 0.9, upKbps: 750 * 0.9 },
  regular3g: { name: 'Regular 3G', latency: 300 * 3.75, downKbps: 700 * 0.9, upKbps: 700 * 0.9 },
};
const CPU_SLOWDOWN = 4;
const chosen = (process.env.PROFILES || 'slow4g,regular3g').split(',').map((p) => {
  if (!PROFILES[p]) throw new Error(`unknown profile ${p}: one of ${Object.keys(PROFILES).join(', ')}`);
  return PROFILES[p];
});

const SITES = {
  app: { dir: APP_DIST, form: '#f-land', results: '#results td[data-yuan]', path: `/${LINK}` },
  floor: { dir: FLOOR_DIST, form: '#n', results: '#out:not(:empty)', path: '/' },
};

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function build() {
  const env = `source "${join(REPO_ROOT, 'scripts', 'env.sh')}"`;
  if (!existsSync(join(APP_DIST, 'index.html'))) {
    console.log('building the app (trunk build --release)…');
    execFileSync('bash', ['-c', `${env} && trunk build --release`], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  const stale = !existsSync(join(FLOOR_DIST, 'index.html')) ||
    Math.max(newest(join(FLOOR_SRC, 'src')), statSync(join(FLOOR_SRC, 'Cargo.toml')).mtimeMs, statSync(join(FLOOR_SRC, 'index.html')).mtimeMs) >
      statSync(join(FLOOR_DIST, 'index.html')).mtimeMs;
  if (stale) {
    console.log('building the framework floor (bench/floor, trunk build --release)…');
    execFileSync(
      'bash',
      ['-c', `${env} && CARGO_TARGET_DIR="${join(REPO_ROOT, 'target', 'floor')}" trunk build --release --dist "${FLOOR_DIST}"`],
      { cwd: FLOOR_SRC, stdio: 'inherit' },
    );
  }
}

// Runs in the page before its first byte is parsed: notes when the form and the results first
// exist, and collects paints and layout shifts.
function probe({ form, results }) {
  const t = { form: null, results: null, fcp: null, cls: 0, formTop: null, jump: null };
  window.__load = t;
  const check = () => {
    if (t.form === null && document.querySelector(form)) t.form = performance.now();
    if (t.results === null && document.querySelector(results)) t.results = performance.now();
    // The layout-shift API does not see a first screen replaced by new nodes: how far the
    // form's field moved between its first layout and the results is measured here.
    const field = document.querySelector(form);
    if (field && t.formTop === null && document.readyState !== 'loading') t.formTop = field.getBoundingClientRect().top;
    if (field && t.results !== null && t.jump === null && t.formTop !== null) t.jump = Math.abs(field.getBoundingClientRect().top - t.formTop);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') t.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) t.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

async function load(browser, server, site, profile) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: (profile.downKbps * 1024) / 8,
      uploadThroughput: (profile.upKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let bytes = 0;
    const foreign = [];
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.request.url.startsWith(server.url) && !e.request.url.startsWith('data:')) foreign.push(e.request.url);
    });
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
    });
    await page.addInitScript(probe, { form: site.form, results: site.results });
    await page.goto(server.url.replace(/\/$/, '') + site.path, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__load && window.__load.results !== null && window.__load.fcp !== null, null, {
      timeout: 120_000,
      polling: 50,
    });
    // Two frames after the results, so that a shift they cause is counted.
    const t = await page.evaluate(
      () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(window.__load)))),
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (foreign.length) throw new Error(`requests leaving 127.0.0.1: ${foreign.join(', ')}`);
    return { bytes, fcp: t.fcp, form: Math.max(t.form, t.fcp), results: Math.max(t.results, t.fcp), cls: t.cls, jump: t.jump ?? 0 };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

build();
const servers = {
  app: await serveDist(SITES.app.dir, { brotli: true }),
  floor: await serveDist(SITES.floor.dir, { brotli: true }),
};
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const profile of chosen) {
    const runs = { app: [], floor: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const name of ['app', 'floor']) runs[name].push(await load(browser, servers[name], SITES[name], profile));
    }
    const m = {};
    for (const name of ['app', 'floor']) {
      m[name] = {};
      for (const key of ['bytes', 'fcp', 'form', 'results', 'cls', 'jump']) m[name][key] = median(runs[name].map((r) => r[key]));
    }
    rows.push({ profile, m });
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}
for (const [name, s] of Object.entries(servers)) {
  if (s.notBrotli.length) console.log(`warning: ${name} sent without brotli (not accepted): ${s.notBrotli.join(', ')}`);
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const lines = [
  `First visit, medians of ${RUNS} loads each (app: \`${SITES.app.path}\`), ${CPU_SLOWDOWN}× CPU, 360×640, cache disabled, brotli:`,
  '',
  '| profile | measure | household page | framework floor | ratio |',
  '|---|---|---:|---:|---:|',
];
for (const { profile, m } of rows) {
  const row = (label, key, fmt) =>
    lines.push(`| ${profile.name} | ${label} | ${fmt(m.app[key])} | ${fmt(m.floor[key])} | ${(m.app[key] / m.floor[key]).toFixed(2)}× |`);
  row('bytes transferred', 'bytes', kb);
  row('first contentful paint', 'fcp', sec);
  row('form on screen', 'form', sec);
  row('results on screen', 'results', sec);
  lines.push(`| ${profile.name} | layout shift (CLS) | ${m.app.cls.toFixed(3)} | ${m.floor.cls.toFixed(3)} | |`);
  lines.push(`| ${profile.name} | form field moved when the app took over | ${m.app.jump.toFixed(0)} px | ${m.floor.jump.toFixed(0)} px | |`);
}
const text = lines.join('\n');
console.log(text);
mkdirSync(join(REPO_ROOT, 'target', 'bench'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'target', 'bench', 'load.md'), `${text}\n`);
