// Shared by the build scripts: every file under a directory, recursively.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The staff page's own files (its bundle staff.js/staff_bg.wasm, staff.html, staff-boot.js and
 * the roster's worker), as a regular expression's source over a file name: the household
 * page's download leaves them out (scripts/size-report.mjs), the service worker caches them
 * only once staff use them (scripts/postbuild.mjs writes it into sw.js's STAFF).
 */
export const STAFF_FILES_SOURCE = 'staff[^/]*|roster-worker\\.js';

/** Whether `name` (a file name in dist/) is one of the staff page's own files. */
export function isStaffFile(name) {
  return new RegExp(`^(${STAFF_FILES_SOURCE})$`).test(name);
}

/** Paths of every file under `dir` (directories walked, links and others skipped). */
export async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
