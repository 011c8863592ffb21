// The household page's own scripts, imported by its WebAssembly's glue: the results table's
// numbers in one call (fillCells), and the settings' bases (loadBases, basisLine).

// The results table's numbers in one call: see fill_cells in src/household/results_table.rs.
export function fillCells(table, codes, texts, nums) {
  const fail = (why) => {
    for (const td of table.querySelectorAll('td[data-col]')) {
      td.textContent = '';
      td.removeAttribute('data-yuan');
    }
    throw new Error(`fillCells: ${why}`);
  };
  const cells = [];
  for (const code of codes.split(' ')) {
    if (!code) continue;
    const tr = table.querySelector(`tr[data-pattern="${code}"]`);
    if (!tr) fail(`no row ${code}`);
    for (const td of tr.cells) if (td.tagName === 'TD') cells.push(td);
  }
  // No feasible row: no cell, and no text (splitting '' would give one empty text).
  const t = nums.length === 0 ? [] : texts.split('\u001f');
  if (cells.length !== t.length || cells.length !== nums.length) {
    fail(`${cells.length} cells, ${t.length} texts, ${nums.length} numbers`);
  }
  const nodes = cells.map((td) => td.firstChild);
  const yuan = cells.map((td) => td.getAttribute('data-yuan'));
  for (let i = 0; i < cells.length; i++) {
    if (!nodes[i]) cells[i].textContent = t[i];
    else if (nodes[i].nodeValue !== t[i]) nodes[i].nodeValue = t[i];
  }
  for (let i = 0; i < cells.length; i++) {
    const x = nums[i];
    if (x !== x) continue;
    const exact = String(x);
    if (yuan[i] !== exact) cells[i].setAttribute('data-yuan', exact);
  }
}

// The bases of the settings' defaults in words (basis.txt beside the page, written by
// scripts/postbuild.mjs): fetched the first time the settings are opened, and kept here, one
// line a field in table order in Chinese, then in English (see src/household/bases.rs). Here
// rather than in a file of their own: one script less for the page to fetch.
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
