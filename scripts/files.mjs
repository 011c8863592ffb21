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

/**
 * The trainer's page's own files (its bundle workshop.js/workshop_bg.wasm, workshop.html,
 * workshop-boot.js) and the page with sharing, saving, printing and break-even, which runs the
 * same bundle (tools.html, tools-boot.js): a first visit to the household page does not
 * download them.
 */
export const WORKSHOP_FILES_SOURCE = 'workshop[^/]*|tools[^/]*';

/**
 * The other pages' stylesheet (pages.css: break-even, share, the handout, the workshop, the
 * saved scenarios, the roster, the cooperative view), linked from their heads only.
 */
export const PAGES_CSS_SOURCE = 'pages\\.css';

/**
 * The household page's parts in their own bundles, loaded the first time they are opened
 * (src/household/part.js): the saved scenarios (saved.js, saved_bg.wasm); and their loader,
 * part.js, which only the bigger bundles import (postbuild drops Trunk's preload of it from
 * the household page).
 */
export const PART_FILES_SOURCE = 'saved(_bg)?\\.(js|wasm)|snippets\\/[^/]+\\/src\\/household\\/part\\.js';

/**
 * The bases of the settings' defaults in words (basis.txt, written by postbuild), read the
 * first time the household page's settings are opened (src/household/bases.rs).
 */
export const BASES_FILE_SOURCE = 'basis\\.txt';

/**
 * Files a first visit to the household page does not download: the staff, trainer's and
 * tools pages' own, their stylesheet, the household page's parts and the settings' bases. The service worker caches them once they are used (sw.js's LATER).
 */
export const LATER_FILES_SOURCE = `${STAFF_FILES_SOURCE}|${WORKSHOP_FILES_SOURCE}|${PART_FILES_SOURCE}|${BASES_FILE_SOURCE}|${PAGES_CSS_SOURCE}`;

/** Whether `name` (a file name in dist/) is one of the staff page's own files. */
export function isStaffFile(name) {
  return new RegExp(`^(${STAFF_FILES_SOURCE})$`).test(name);
}

/** Whether `name` (a file name in dist/) is one of the trainer's page's own files. */
export function isWorkshopFile(name) {
  return new RegExp(`^(${WORKSHOP_FILES_SOURCE})$`).test(name);
}

/** Whether `name` (a file name in dist/) belongs to a part of the household page. */
export function isPartFile(name) {
  return new RegExp(`^(${PART_FILES_SOURCE})$`).test(name);
}

/** Whether `name` (a file name in dist/) is left out of a first visit to the household page. */
export function isLaterFile(name) {
  return new RegExp(`^(${LATER_FILES_SOURCE})$`).test(name);
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
