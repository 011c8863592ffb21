#!/usr/bin/env node
// Trunk post-build hook (Trunk.toml `[[hooks]] stage = "post_build"`), run after every
// `trunk build` and every rebuild of `trunk serve`, in the staging directory Trunk is about to
// publish ($TRUNK_STAGING_DIR). Also runs by hand on a built directory:
//   node scripts/postbuild.mjs [DIR]        (DIR defaults to $TRUNK_STAGING_DIR, then dist/)
// It is idempotent: running it again on its own output gives the same files.
//
// 1. Content-Security-Policy: index.html carries
//      <meta http-equiv="Content-Security-Policy" content="...; script-src 'self' 'wasm-unsafe-eval'; ...">
//    Trunk injects one inline <script type="module"> that loads the wasm; its sha256 is added to
//    script-src, so no 'unsafe-inline' is needed. `trunk serve` also injects its live-reload
//    script, whose text the server rewrites on every request (so no hash could match it): it is
//    moved to trunk-autoreload.js. Inline <style> elements, style="" and on*="" attributes
//    would be blocked by the policy, so the build fails if index.html has any.
// 2. Service worker: static/sw.template.js becomes sw.js, with ASSETS = every file of the build
//    and BUILD = a hash of every file's name and content (so any change gives a new cache and
//    the page's "new version" offer).
// 3. Pages of their own: dist/staff.html, dist/workshop.html and dist/tools.html are
//    index.html's head and body (their CSP worked out again, with no inline script) without the
//    household page's scripts, with static/NAME.html's title and scripts: one head for every
//    page.
// 4. First screen: boot.js (not deferred) moves to the end of the head, after Trunk's
//    preloads. Then index.html's `<!-- first screen -->` becomes the household page's first
//    screen in Chinese and in English (examples/prerender.rs, Yew's server renderer, run here
//    with cargo), so that the title, tabs and labelled form are on screen before the
//    WebAssembly arrives; static/boot.js shows the link's language and values in it. The other
//    pages leave the marker out.
// Every script is minified with terser (Trunk's and wasm-bindgen's output, the snippets, the
// copied ones, sw.js: about 3.5 KB brotli less than with only their comment lines dropped), and
// the stylesheet loses its comments and indentation (about 1.3 KB): links' integrity worked
// out again.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { LATER_FILES_SOURCE, filesUnder, isLaterFile } from './files.mjs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SW_TEMPLATE = join(REPO_ROOT, 'static', 'sw.template.js');
// Pages of their own, written from index.html (static/NAME.html gives the title and scripts).
const OWN_PAGES = ['staff.html', 'workshop.html', 'tools.html'];
const SW_NAME = 'sw.js';
const BASES_NAME = 'basis.txt';
const AUTORELOAD_NAME = 'trunk-autoreload.js';
const SCRIPT_SRC_BASE = ["'self'", "'wasm-unsafe-eval'"];

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

const sha256 = (data) => createHash('sha256').update(data).digest();
const FIRST_SCREEN = '<!-- first screen -->';
const FIRST_SCREEN_END = '<!-- /first screen -->';
// The marker, or the first screen a run before put there (so that a second run gives the same).
const FIRST_SCREEN_BLOCK = /<!-- first screen -->(?:[\s\S]*?<!-- \/first screen -->)?/;

/**
 * index.html with the first screen, in both languages, in place of its marker; and `dir`'s
 * basis.txt, the bases of the settings' defaults, which the household page reads when its
 * settings are first opened (src/household/bases.rs; a later file, not in a first visit).
 */
async function withFirstScreen(html, dir) {
  const out = await mkdtemp(join(tmpdir(), 'hezuo-first-'));
  try {
    execFileSync('cargo', ['run', '-q', '--example', 'prerender', '--', out], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    const zh = await readFile(join(out, 'first-screen.zh.html'), 'utf8');
    const en = await readFile(join(out, 'first-screen.en.html'), 'utf8');
    await writeFile(join(dir, BASES_NAME), await readFile(join(out, BASES_NAME)));
    const first =
      `${FIRST_SCREEN}<div id="first"><div class="first-zh" lang="zh-CN">${zh}</div>` +
      `<div class="first-en" lang="en">${en}</div></div>${FIRST_SCREEN_END}`;
    return html.replace(FIRST_SCREEN_BLOCK, () => first);
  } catch (error) {
    fail(`cannot render the first screen (cargo run --example prerender): ${error.message}`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}


/** Moves Trunk's live-reload script (trunk serve only) out of the page; returns the new html. */
async function externalizeAutoreload(dir, html, publicUrl) {
  return replaceAsync(html, /<script([^>]*)>([\s\S]*?)<\/script>/gi, async (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || !body.includes('{{__TRUNK_ADDRESS__}}')) return whole;
    // What `trunk serve` would write into the page: the page's own host and the public URL.
    const js = body
      .replace(/(['"`])\{\{__TRUNK_ADDRESS__\}\}\1/g, 'window.location.host')
      .replace(/\{\{__TRUNK_WS_BASE__\}\}/g, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
    await writeFile(join(dir, AUTORELOAD_NAME), js);
    return `<script src="${publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`}${AUTORELOAD_NAME}"></script>`;
  });
}

async function replaceAsync(text, regex, fn) {
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(regex)) {
    parts.push(text.slice(last, m.index), await fn(...m));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** The file of dist/ a link's `href` names (under the public URL, or relative). */
function linkedFile(href, publicUrl) {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  return href.startsWith(base) ? href.slice(base.length) : href.replace(/^\.?\//, '');
}

/**
 * `html` without Trunk's preloads of files a first visit does not use (isLaterFile: a part's
 * loader, src/household/part.js, which only the bigger bundles import): the household page
 * does not fetch them. Idempotent.
 */
function withoutLaterPreloads(html, publicUrl) {
  return html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/gi, (tag) => {
    const href = tag.match(/\shref="([^"]+)"/);
    return href && isLaterFile(linkedFile(href[1], publicUrl)) ? '' : tag;
  });
}

/**
 * `html` without its comments (the sources explain; the wire need not) and blank lines, the
 * first screen's markers kept (a second run finds the first screen by them). Idempotent.
 */
function withoutComments(html) {
  return html.replace(/<!--(?! \/?first screen -->)[\s\S]*?-->/g, '').replace(/\n\s*(?=\n)/g, '');
}

/** Writes the sha256 of every inline script into the CSP meta; returns the new html. */
function applyCsp(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    if (m[2].trim() === '') continue;
    hashes.push(`'sha256-${sha256(m[2]).toString('base64')}'`);
  }
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  if (/<style[\s>]/i.test(withoutScripts)) fail('index.html has a <style> element, which the CSP blocks');
  const badAttr = withoutScripts.match(/<[a-z][^>]*\s(style|on[a-z]+)\s*=/i);
  if (badAttr) fail(`index.html has an inline ${badAttr[1]}="" attribute, which the CSP blocks`);

  const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;
  const found = html.match(meta);
  if (!found) fail('index.html has no <meta http-equiv="Content-Security-Policy" content="...">');
  const directives = found[2]
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const at = directives.findIndex((d) => d.split(/\s+/)[0] === 'script-src');
  const scriptSrc = ['script-src', ...SCRIPT_SRC_BASE, ...new Set(hashes)].join(' ');
  if (at < 0) directives.push(scriptSrc);
  else directives[at] = scriptSrc;
  return { html: html.replace(meta, (_, a, __, c) => `${a}${directives.join('; ')}${c}`), hashes };
}

/** `js` without the lines that are only a // comment (the sources explain; the wire need not). */
function withoutCommentLines(js) {
  return js
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
}

// The roster's worker (the staff page's, 1 KB) keeps its code as written, only its comment
// lines go: the tests put faults into it by its text (e2e/robustness.test.mjs).
const KEPT_AS_WRITTEN = new Set(['roster-worker.js']);

// Scripts that are not modules (a classic <script> and the service worker): their top-level
// names are globals, which minifying leaves as they are.
const CLASSIC_SCRIPTS = new Set(['boot.js', SW_NAME]);

/**
 * `js` minified by terser (package.json pins it): comments, whitespace and local names go,
 * the code does not change meaning. A module keeps its exports' names. Deterministic, and
 * minifying the result again gives working code.
 */
async function minified(name, js) {
  const out = await minify(js, {
    module: !CLASSIC_SCRIPTS.has(name),
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  }).catch((error) => fail(`terser cannot minify ${name}: ${error.message}`));
  return out.code;
}

/** A stylesheet without its comments and indentation. */
function withoutCssComments(css) {
  // Strings are matched first and kept, so that a "/*" inside one is not taken for a comment.
  return css
    .replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\//g, (_, string) => string ?? '')
    .replace(/^[ \t]+/gm, '')
    .replace(/\n{2,}/g, '\n')
    .replace(/^\n/, '');
}

/**
 * Every stylesheet without its comments and indentation, every script (Trunk's and
 * wasm-bindgen's output, the snippets, the copied ones) minified. Then the `integrity` of every link in `html` worked out
 * again for the file as it now is. Returns the new html. Idempotent.
 */
async function withShrunkAssets(dir, html, publicUrl) {
  for (const path of await filesUnder(dir)) {
    const name = relative(dir, path).split(sep).join('/');
    if (name === SW_NAME || !/\.(css|js)$/.test(name)) continue;
    const text = await readFile(path, 'utf8');
    let shrunk;
    if (name.endsWith('.css')) shrunk = withoutCssComments(text);
    else if (KEPT_AS_WRITTEN.has(name)) shrunk = withoutCommentLines(text);
    else shrunk = await minified(name, text);
    if (shrunk !== text) await writeFile(path, shrunk);
  }
  return replaceAsync(html, /<link\b[^>]*>/gi, async (tag) => {
    const href = tag.match(/\shref="([^"]+)"/);
    const integrity = tag.match(/\sintegrity="sha384-[^"]*"/);
    if (!href || !integrity) return tag;
    const name = linkedFile(href[1], publicUrl);
    const data = await readFile(join(dir, name)).catch(() => null);
    if (data === null) fail(`a link's integrity names ${href[1]}, which is not in the build`);
    const digest = createHash('sha384').update(data).digest('base64');
    return tag.replace(integrity[0], ` integrity="sha384-${digest}"`);
  });
}

/**
 * Writes page `name` (staff.html, workshop.html, tools.html) from the built index.html (`html`,
 * its CSP already applied): the same head and body, without the household page's scripts
 * (Trunk's inline loader and its preloads), with static/`name`'s stylesheets (pages.css, the
 * rules the household page does not need), title and scripts. Its CSP is worked
 * out again: it has no inline script, so no hash.
 */
async function writeOwnPage(dir, html, name) {
  const template = join(REPO_ROOT, 'static', name);
  const own = await readFile(template, 'utf8');
  const title = own.match(/<title>[^<]*<\/title>/);
  const scripts = own.match(/<script\b[^>]*><\/script>/g);
  const sheets = own.match(/<link rel="stylesheet" href="[^"]+">/g) || [];
  if (!title || !scripts) fail(`${template} needs a <title> and its <script src> tags`);
  const [head, body] = html.split('</head>');
  if (body === undefined || !/<title>[^<]*<\/title>/.test(head)) fail('index.html has no </head> or no <title>');
  const staffHead = head
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<title>[^<]*<\/title>/, title[0])
    .replace(/\n\s*(?=\n)/g, '')
    .trimEnd();
  const tags = [...sheets, '<script src="boot.js" defer></script>', ...scripts];
  const page = `${staffHead}\n  ${tags.join('\n  ')}\n</head>${body}`;
  await writeFile(join(dir, name), applyCsp(page).html);
}

/** Writes sw.js for the files now in `dir`; returns { build, assets }. */
async function writeServiceWorker(dir) {
  const files = (await filesUnder(dir))
    .map((path) => relative(dir, path).split(sep).join('/'))
    .filter((name) => name !== SW_NAME)
    .sort();
  // The staff page's files and the household page's parts are cached when first used, not at
  // install: a first visit does not download them (static/sw.template.js, LATER).
  const precached = files.filter((name) => !isLaterFile(name));
  const digest = createHash('sha256');
  for (const name of files) {
    digest.update(`${name}\0`);
    digest.update(sha256(await readFile(join(dir, name))));
  }
  const build = digest.digest('hex').slice(0, 16);
  // index.html is the page at the scope's root, "./".
  const assets = precached.map((name) => (name === 'index.html' ? './' : name));
  const template = await readFile(SW_TEMPLATE, 'utf8');
  const laterPlaceholder = '/\\/(__LATER__)$/';
  if (!template.includes("'__BUILD__'") || !template.includes("['__ASSETS__']") || !template.includes(laterPlaceholder)) {
    fail(`${SW_TEMPLATE} lacks the '__BUILD__', ['__ASSETS__'] or ${laterPlaceholder} placeholder`);
  }
  const sw = await minified(
    SW_NAME,
    template
      .replace("'__BUILD__'", JSON.stringify(build))
      .replace("['__ASSETS__']", JSON.stringify(assets))
      .replace(laterPlaceholder, `/\\/(${LATER_FILES_SOURCE})$/`),
  );
  await writeFile(join(dir, SW_NAME), sw);
  return { build, assets };
}

const dir = resolve(process.argv[2] || process.env.TRUNK_STAGING_DIR || join(REPO_ROOT, 'dist'));
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const indexPath = join(dir, 'index.html');
let html;
try {
  html = await readFile(indexPath, 'utf8');
} catch (error) {
  fail(`cannot read ${indexPath} (${error.code}): run \`trunk build --release\` first`);
}
html = await externalizeAutoreload(dir, html, publicUrl);
html = await withShrunkAssets(dir, html, publicUrl);
// boot.js blocks the parser (it picks the first screen's language before the first paint):
// after Trunk's preloads, so that the wasm's download is not held back behind it (measured
// with bench/load.mjs: about 1 s later results on Regular 3G when it came first).
const BOOT_TAG = '<script src="boot.js"></script>';
if (html.includes(BOOT_TAG)) html = html.replace(BOOT_TAG, '').replace('</head>', `${BOOT_TAG}\n</head>`);
html = withoutLaterPreloads(html, publicUrl);
html = withoutComments(html);
const csp = applyCsp(html);
if (!FIRST_SCREEN_BLOCK.test(csp.html)) fail(`index.html has no ${FIRST_SCREEN} marker`);
for (const name of OWN_PAGES) await writeOwnPage(dir, csp.html.replace(FIRST_SCREEN_BLOCK, ''), name);
await writeFile(indexPath, await withFirstScreen(csp.html, dir));
const { build, assets } = await writeServiceWorker(dir);
console.log(
  `postbuild: ${relative(REPO_ROOT, dir).startsWith('..') ? dir : relative(REPO_ROOT, dir) || '.'}: CSP script-src with ${csp.hashes.length} inline-script hash(es); ` +
    `sw.js build ${build}, ${assets.length} files cached`,
);
