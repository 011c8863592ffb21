// Writes the results table's numbers in one call from WebAssembly: a keystroke changes about
// 150 texts and `data-yuan` attributes, and one call per node costs a slow phone several
// milliseconds. Yew renders the rows and their empty cells (src/ui/result_row.rs); this fills
// them. Every node is read before any is written, and the texts are written before the
// attributes: the browser is slowest when reads and writes alternate.
//
// `codes`: the feasible rows' patterns, space-separated, in table order. `texts`: each of
// their cells' text in order, separated by U+001F. `nums`: each cell's unrounded amount for
// `data-yuan`, NaN for a cell without one. Only what differs is written.
export function fillCells(table, codes, texts, nums) {
  // A mismatch is a bug: no number is left on screen that might be stale.
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
  const t = texts.split('\u001f');
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
