/**
 * The package root, found from this module whether it runs compiled (dist/src) or as
 * TypeScript source under the test runner (src), so data files resolve the same way.
 */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
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
/**
 * The folders whose modules make up the running build: the bundle (which inlines the built-in
 * rules), or the sources and rules when running as TypeScript under the test runner.
 */
export const BUILD_DIRS: readonly string[] = here.includes(`${sep}dist${sep}`)
  ? [join(PACKAGE_ROOT, 'dist', 'bundle')]
  : [join(PACKAGE_ROOT, 'src'), join(PACKAGE_ROOT, 'rules')];

export function rootUrl(relativePath: string): URL {
  return pathToFileURL(join(PACKAGE_ROOT, relativePath));
}
