/**
 * The project's own code is linted and formatted (Biome, biome.jsonc): a lint error or a file
 * that is not formatted fails the test suite, and so CI.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/ci-run.js';

describe('the code style', () => {
  it('biome check finds no lint error and no unformatted file', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'), 'check', '--colors=off', '.'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`.slice(0, 4000)).toBe(0);
  });
});
