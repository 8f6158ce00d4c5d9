/** itstrat's own version, from package.json (read once). */
import { readFileSync } from 'node:fs';
import { rootUrl } from '../lexicon/package-root.js';

let cached: string | undefined;

export function itstratVersion(): string {
  cached ??= (JSON.parse(readFileSync(rootUrl('package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
