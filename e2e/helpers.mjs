// Test helpers: a static file server for dist/ and a Chromium launch that never leaves this
// machine. No sleeps: everything waits on events or selectors.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DIST = join(REPO_ROOT, 'dist');
export const ARTIFACTS = join(REPO_ROOT, 'e2e', 'artifacts');
export const HOST = '127.0.0.1';

export const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type a file is served with. */
/**
 * What the native engine computes for these link keys (land in mu): every registered pattern,
 * in registry order, with its `data-yuan` cells or why it cannot run
 * (core/examples/report.rs --json).
 */
export function engineReport(keys = {}) {
  const args = ['run', '-q', '--example', 'report', '--', '--json', ...Object.entries(keys).map(([k, v]) => `${k}=${v}`)];
  return JSON.parse(execFileSync('cargo', args, { cwd: REPO_ROOT, encoding: 'utf8' }));
}

let codes;
/** The registered pattern codes, in registry order, as the engine reports them. */
export function patternCodes() {
  codes ??= Object.keys(engineReport());
  return codes;
}

export function mimeType(path) {
  return MIME[extname(path).toLowerCase()] || 'application/octet-stream';
}

/**
 * Serves `root` (dist/ by default) on 127.0.0.1 at a free port.
 * Returns { url, requests, close }: `requests` lists every path asked for.
 * With `{ brotli: true }` every file goes out brotli-compressed (quality 11, as a static host
 * would store it) to a browser that accepts it; `notBrotli` then lists the paths sent plain.
 */
export async function serveDist(root = DIST, { brotli = false } = {}) {
  const rootDir = resolve(root);
  const indexStat = await stat(join(rootDir, 'index.html')).catch(() => null);
  if (!indexStat) throw new Error(`${rootDir}/index.html is missing: run \`trunk build --release\` first`);

  const requests = [];
  const notBrotli = [];
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, `http://${HOST}`).pathname);
    requests.push(path);
    let file = normalize(join(rootDir, path));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info && info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info || !info.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    if (brotli) {
      if (/\bbr\b/.test(req.headers['accept-encoding'] || '')) {
        if (!compressed.has(file)) {
          const bytes = await readFile(file);
          compressed.set(file, brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        const body = compressed.get(file);
        res.writeHead(200, {
          'content-type': mimeType(file),
          'content-encoding': 'br',
          'content-length': body.length,
          'cache-control': 'no-store',
          vary: 'accept-encoding',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      notBrotli.push(path);
    }
    res.writeHead(200, {
      'content-type': mimeType(file),
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, HOST, ok);
  });
  const { port } = server.address();
  return {
    url: `http://${HOST}:${port}/`,
    requests,
    notBrotli,
    close: () =>
      new Promise((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}

/** Headless Debian Chromium, with the flags that keep it off the network. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A new browser context that can only reach 127.0.0.1. Everything else is aborted, and every
 * request the pages make is recorded in `requests` (URLs) for the test to check.
 * Console errors and page errors are collected in `errors`.
 */
export async function isolatedContext(browser, options = {}) {
  const context = await browser.newContext(options);
  return { context, ...(await isolate(context)) };
}

/**
 * Keeps any context (also a persistent one) on 127.0.0.1 as isolatedContext does, and records
 * every Content-Security-Policy violation of its pages in `window.__cspViolations`
 * ("directive blocked-uri" strings; Chromium also logs each one as a console error).
 * Returns { requests, errors }.
 */
export async function isolate(context) {
  const requests = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === HOST) return route.continue();
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  context.on('weberror', (error) => errors.push(`page error: ${error.error().message}`));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      true,
    );
  });
  return { requests, errors };
}

/** Every URL that does not go to 127.0.0.1. */
export function foreignRequests(urls) {
  return urls.filter((u) => {
    try {
      return new URL(u).hostname !== HOST;
    } catch {
      return true;
    }
  });
}

/** Where screenshots go (e2e/artifacts/, gitignored). */
export async function artifactPath(name) {
  await mkdir(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/**
 * Registers before/after hooks that serve `root` (dist/ by default) and launch Chromium for the
 * tests of one file; the returned object's `server` and `browser` are set while they run.
 */
export function useSiteAndBrowser(root) {
  const env = {};
  before(async () => {
    env.server = await serveDist(root);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
