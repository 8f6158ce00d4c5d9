/**
 * The package root, found from this module whether it runs compiled (dist/src) or as
 * TypeScript source under the test runner (src), so data files resolve the same way.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}

const here = fileURLToPath(import.meta.url);
export const PACKAGE_ROOT = findRoot(dirname(here));
/** Where rule modules of the running build are. */
export const RULES_DIR = join(dirname(dirname(here)), 'rules');

export function rootUrl(relativePath: string): URL {
  return pathToFileURL(join(PACKAGE_ROOT, relativePath));
}
