// Shared by the build scripts: every file under a directory, recursively.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

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
