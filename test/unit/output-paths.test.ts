/**
 * Writing the run's files (issue 13): a write that fails leaves no temporary file, whether
 * the temporary file or the rename fails; directories are made one level at a time and a
 * path under /proc fails at once instead of spinning.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutputs, ensureDir, realTarget, writeAtomically } from '../../src/cli/output-paths.js';
import { writeBaseline } from '../../src/cli/baseline.js';
import { UsageError } from '../../src/engine/errors.js';
import { removeDir, tempDir } from '../helpers/ci-run.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('output-paths');
});
afterAll(() => removeDir(dir));

const leftovers = (): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));

describe('writeAtomically', () => {
  it('writes through missing directories, and through a symbolic link to the file it points at', () => {
    writeAtomically(join(dir, 'a/b/c.json'), '{}');
    expect(readFileSync(join(dir, 'a/b/c.json'), 'utf8')).toBe('{}');
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync(join(dir, 'target.json'), join(dir, 'alias.json'));
    writeAtomically(join(dir, 'alias.json'), 'new');
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('new');
  });

  it('a device (/dev/null) is written to, never replaced by a rename', () => {
    writeAtomically('/dev/null', 'report');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(() =>
      checkOutputs([
        { what: 'the json report', display: '/dev/null', path: '/dev/null' },
        { what: 'the sarif report', display: '/dev/./null', path: '/dev/null' },
      ]),
    ).not.toThrow();
  });

  it('a failed rename (the target is a directory) leaves no temporary file', () => {
    mkdirSync(join(dir, 'is-a-dir'));
    expect(() => writeAtomically(join(dir, 'is-a-dir'), 'x')).toThrow();
    expect(leftovers()).toEqual([]);
  });

  it('a failed --baseline-write is a usage error and leaves no temporary file', () => {
    mkdirSync(join(dir, 'baseline-dir'));
    expect(() => writeBaseline(join(dir, 'baseline-dir'), 'baseline-dir', [], dir)).toThrow(UsageError);
    expect(leftovers()).toEqual([]);
  });
});

describe('ensureDir and checkOutputs', () => {
  it('a directory under /proc fails at once (no recursive mkdir loop)', () => {
    const started = performance.now();
    expect(() => ensureDir('/proc/nope/deeper')).toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('realTarget resolves symbolic links of existing parents', () => {
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'via'));
    expect(realTarget(join(dir, 'via/not-yet/r.json'))).toBe(join(realTarget(dir), 'real/not-yet/r.json'));
  });

  it('checkOutputs leaves nothing behind and refuses one real file twice', () => {
    checkOutputs([{ what: 'the json report', display: 'x/y/r.json', path: join(dir, 'x/y/r.json') }]);
    expect(readdirSync(dir)).not.toContain('x');
    expect(() =>
      checkOutputs([
        { what: 'the json report', display: 'via/r.json', path: join(dir, 'via/r.json') },
        { what: 'the sarif report', display: 'real/r.json', path: join(dir, 'real/r.json') },
      ]),
    ).toThrow(/the json report and the sarif report would be the same file/);
  });
});
