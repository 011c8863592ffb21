// Service worker of 合作收益计算器. scripts/postbuild.mjs writes it to dist/sw.js after every
// `trunk build` / `trunk serve` build, filling in BUILD (a hash of every file's name and content)
// and ASSETS (every file of the build). This template is not served itself.
//
// - install: every file of the build goes into the cache "hezuo-<BUILD>"; the new worker then
//   waits until the page asks it to take over (the page's "new version" button posts
//   "skipWaiting"), so a running page never mixes two builds.
// - activate: caches of other builds are deleted; open pages are taken over.
// - page (navigation): this build's own copy of the page when it has one, so that a page never
//   runs with another build's files (a newer index.html from the network with this build's
//   boot.js did); a newer build comes through install and the page's "new version" button.
//   A page it does not have yet (a first visit to staff.html, workshop.html or tools.html): the network
//   first; offline, or when the network has not answered within NAVIGATION_TIMEOUT_MS, this
//   build's index.html (or, for a page of its own, why it cannot open).
// - a page that loaded before the worker was there hands it its page's and files' addresses
//   to keep (the staff, trainer's and tools pages' own, which install does not fetch).
// - everything else of this origin: from this build's cache first (hashed names never change
//   content), the network for anything not in it. Other origins are never touched.
'use strict';

const BUILD = '__BUILD__';
const ASSETS = ['__ASSETS__'];
const PREFIX = 'hezuo-';
const CACHE = PREFIX + BUILD;
const INDEX = new URL('./', self.location).href;
const NAVIGATION_TIMEOUT_MS = 4000;
// Trunk's content-hashed names (style-0123456789abcdef.css; the hash is 64 bits in hex,
// without leading zeros): safe to take from the HTTP cache.
// The staff page's own files and the household page's parts (scripts/files.mjs,
// LATER_FILES_SOURCE, written in by postbuild).
const LATER = /\/(__LATER__)$/;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

// A redirected response cannot answer a navigation; keep only its body and headers.
function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        ASSETS.map((path) => {
          const url = new URL(path, self.location).href;
          // Unhashed files (index.html, boot.js, the manifest) are revalidated with the server.
          return fetch(new Request(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' })).then((response) => {
            if (!response.ok) throw new Error(`sw: ${url} answered ${response.status}`);
            return cache.put(url, unredirected(response));
          });
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
  else if (event.data && Array.isArray(event.data.keep)) event.waitUntil(keepLoaded(event.data.keep));
});

// A page that loaded before this worker was there (a first visit straight to staff.html,
// workshop.html or tools.html) sends the addresses of its page and files (static/boot.js):
// those not kept at install (LATER) are kept now, revalidated with the server unless their
// name carries their hash, so that the page opens offline next time.
function keepLoaded(urls) {
  return caches.open(CACHE).then((cache) =>
    Promise.all(
      urls.map((address) => {
        const url = new URL(address, self.location);
        if (url.origin !== self.location.origin || !LATER.test(url.pathname)) return null;
        const key = url.origin + url.pathname;
        return cache.match(key).then(
          (have) =>
            have ||
            fetchFresh(new Request(key))
              .then((response) => response.ok && store(key, response))
              .catch(() => null),
        );
      }),
    ),
  );
}

// Offline, a page falls back to its own cached copy (the staff or trainer's page, once
// visited) or else to the household page. A page of its own never opened online has no copy:
// nothing here (the household page in its place would drop its link).
function cachedPage(request) {
  return caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true }).then((page) => {
      if (page || LATER.test(new URL(request.url).pathname)) return page;
      return cache.match(INDEX);
    }),
  );
}

// What a page of its own (staff.html, workshop.html, tools.html) shows offline before it was ever opened
// online: why, in both languages, with the address kept, and a link to the household page.
const STYLE = ASSETS.find((name) => /^style-[0-9a-f]+\.css$/.test(name));
function notYetVisited() {
  const html =
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">` +
    (STYLE ? `<link rel="stylesheet" href="${STYLE}">` : '') +
    '<title>合作收益计算器</title></head><body><main class="boot" id="not-yet">' +
    '<p lang="zh-CN" class="boot-msg boot-error">这一页还没有在联网时打开过，所以现在打不开。请联网后打开一次，以后不联网也能用。</p>' +
    '<p lang="en" class="boot-msg boot-error">This page has not been opened online yet, so it cannot open now. Open it once with the network; after that it works offline.</p>' +
    '<p><a href="./">合作收益计算器 · Cooperation Returns Calculator</a></p></main></body></html>';
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

// The staff page's files and the household page's parts are not in ASSETS (a first visit
// does not download them): they are kept the first time they are used, in this build's cache.
function keep(request, response) {
  if (response.ok && LATER.test(new URL(request.url).pathname)) store(request.url, response.clone());
  return response;
}

// Puts `response` in this build's cache as the copy of `url` without its query.
function store(url, response) {
  return caches.open(CACHE).then((cache) => cache.put(url.split('?')[0], unredirected(response)));
}

function networkFirst(request) {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (response) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(response);
    };
    const timer = setTimeout(() => {
      cachedPage(request).then((cached) => cached && finish(cached));
    }, NAVIGATION_TIMEOUT_MS);
    fetch(request).then(
      (response) => finish(keep(request, response)),
      (error) => {
        cachedPage(request).then((cached) => {
          if (cached) finish(cached);
          else if (LATER.test(new URL(request.url).pathname)) finish(notYetVisited());
          else reject(error);
        });
      },
    );
  });
}

function ownPage(request) {
  return caches
    .open(CACHE)
    .then((cache) => cache.match(request, { ignoreSearch: true }))
    .then((page) => page || networkFirst(request));
}

// A file not in this build's cache (a staff or trainer's page's file, a part, the first time)
// is fetched past the HTTP cache unless its name carries its content's hash: a file without one
// (staff-boot.js, staff.js, saved.js…) may be an older build's copy there.
function cacheFirst(request) {
  return caches
    .open(CACHE)
    .then((cache) => cache.match(request))
    .then((cached) => cached || fetchFresh(request).then((response) => keep(request, response)));
}

// The network's copy of a file: past the HTTP cache unless its name carries its content's hash.
function fetchFresh(request) {
  return fetch(HASHED.test(new URL(request.url).pathname) ? request : new Request(request, { cache: 'no-cache' }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? ownPage(request) : cacheFirst(request));
});
