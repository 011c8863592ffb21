// The bases of the settings' defaults in words (basis.txt beside the page, written by
// scripts/postbuild.mjs): fetched the first time the settings are opened, and kept here, one
// line a field in table order in Chinese, then in English (see src/household/bases.rs).
let lines = null;

// Fetches them; `done` is called once they are here (not when they cannot be had: offline
// before they were ever fetched).
export function loadBases(done) {
  fetch(new URL('basis.txt', document.baseURI), { cache: 'no-cache' })
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
    .then((text) => {
      lines = text.split('\n');
      done();
    })
    .catch(() => {});
}

// Line `i` (a field's basis in one language), or undefined before they are here.
export function basisLine(i) {
  return lines === null ? undefined : lines[i];
}
