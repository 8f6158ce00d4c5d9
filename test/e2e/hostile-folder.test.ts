/**
 * Issue 13's closing check, end to end on the built CLI: a folder with one input of each class
 * the fuzzer and the probes found — numbers without a domain, prototype keys, work out of
 * proportion to the input, symlinks (a loop and a link out of the tree), a file name that is
 * not UTF-8, an empty file, a blanket disable — and 100 good proposals. At `--concurrency 1`
 * and `2` the run prints one result per regular file (nothing through the symlinks, no file
 * twice), exits 1, stays within a generous time limit, and the two outputs are byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, ROOT, removeDir, tempDir } from '../helpers/ci-run.js';

/** Generous: the target is a few seconds; a hang or a quadratic blow-up takes minutes. */
const TIME_LIMIT_MS = 60_000;

/** A valid YAML proposal to put one bad value into (fixtures/core/business-case/en/valid.yaml). */
const BASE_YAML = readFileSync(join(ROOT, 'fixtures/core/business-case/en/valid.yaml'), 'utf8');
/** A valid Markdown proposal (fixtures/core/shared-solution/en/valid.md). */
const BASE_MD = readFileSync(join(ROOT, 'fixtures/core/shared-solution/en/valid.md'), 'utf8');

/** The base YAML with the first `key: value` of `key` given `value`, or the line added to the business case. */
function withValue(key: string, value: string): string {
  const pattern = new RegExp(`(\\b${key}:\\s*)[^\\n,}]+`);
  if (pattern.test(BASE_YAML)) return BASE_YAML.replace(pattern, `$1${value}`);
  return BASE_YAML.replace(/^businessCase:\n/m, `businessCase:\n  ${key}: ${value}\n`);
}

/** One input of each class in issue 13, by file name. */
/** Hostile only in the work they used to cost: a good proposal with text appended that is not wrong. */
const HARMLESS_ONCE_LINEAR = new Set(['stars-20kb.md']);

function hostileFiles(): Record<string, string> {
  const headings1M = '# a\n'.repeat(1_000_000); // 4,000,000 bytes: just under the 4 MiB limit
  const table100k = `${BASE_MD}\n| Item | Amount |\n|---|---|\n${'| x | 1 |\n'.repeat(100_000)}`;
  const headings40k = `${BASE_MD}\n${Array.from({ length: 40_000 }, (_, i) => `## Section ${i}\n\nText ${i}.\n`).join('\n')}`;
  return {
    'year-nan.yaml': withValue('year', '.nan'),
    'year-fraction.yaml': withValue('year', '2026.5'),
    'year-absurd.yaml': withValue('year', '99999'),
    'year-minus-1e308.yaml': withValue('year', '-1e308'),
    'year-inf.yaml': withValue('year', '.inf'),
    'year-minus-inf.yaml': withValue('year', '-.inf'),
    'horizon-1e8.yaml': withValue('horizonYears', '1e8'),
    'language-constructor.yaml': withValue('language', 'constructor'),
    'language-proto.yaml': withValue('language', '__proto__'),
    'headings-1m.md': headings1M,
    'table-100k-rows.md': table100k,
    'stars-20kb.md': `${BASE_MD}\n${'*'.repeat(20_000)}\n`,
    'brackets-2mb.md': `${BASE_MD}\n${'['.repeat(2_000_000)}\n`,
    'headings-40k.md': headings40k,
    'empty.md': '',
    'blanket-disable.md': `<!-- itstrat-disable -- reason -->\n${BASE_MD}`,
  };
}

/** Proposals that lint clean: the fixtures named valid.* and clean.* (checked below). */
function goodSources(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^(valid|clean)\.(md|ya?ml)$/.test(name)) found.push(path);
    }
  };
  walk(join(ROOT, 'fixtures'));
  return found;
}

interface JsonResult {
  filePath: string;
  errorCount: number;
  messages: { ruleId: string | null; severity: number; message: string }[];
}

describe('a hostile folder: one input of each class of issue 13 and 100 good proposals', () => {
  let dir: string;
  let outside: string;
  /** Paths (relative to dir) of the regular files that must each get exactly one result. */
  const regular: string[] = [];
  const good: string[] = [];
  const hostile: string[] = [];
  /** The file name that is not UTF-8, as bytes. */
  const rawName = Buffer.from([0x6e, 0x6f, 0x74, 0x2d, 0x75, 0x74, 0x66, 0x38, 0x2d, 0xff, 0xfe, 0x2e, 0x6d, 0x64]); // "not-utf8-\xff\xfe.md"
  const runs = new Map<string, { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }>();

  beforeAll(() => {
    dir = tempDir('hostile');
    outside = tempDir('hostile-outside');
    writeFileSync(join(outside, 'foreign.yaml'), BASE_YAML);
    for (const [name, text] of Object.entries(hostileFiles())) {
      writeFileSync(join(dir, name), text);
      regular.push(name);
      hostile.push(name);
    }
    mkdirSync(join(dir, 'good'));
    const sources = goodSources();
    for (let index = 0; index < 100; index++) {
      const source = sources[index % sources.length]!;
      const name = `good/${String(index).padStart(3, '0')}-${source.split('/').slice(-3).join('-')}`;
      writeFileSync(join(dir, name), readFileSync(source));
      regular.push(name);
      good.push(name);
    }
    // A file whose name is not UTF-8: written through a Buffer path.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), rawName]), BASE_MD);
    symlinkSync('.', join(dir, 'self'));
    symlinkSync(outside, join(dir, 'outside'));

    const cli = builtCli();
    for (const concurrency of ['1', '2']) {
      const started = performance.now();
      const child = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--concurrency', concurrency, '.'], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        timeout: TIME_LIMIT_MS,
        killSignal: 'SIGKILL',
      });
      runs.set(concurrency, {
        code: child.status,
        signal: child.signal,
        stdout: child.stdout ?? '',
        stderr: child.stderr ?? '',
        ms: performance.now() - started,
      });
      // Timing is the benchmark's business; printed so a slow run is visible, never asserted beyond the limit.
      console.log(`hostile folder, --concurrency ${concurrency}: ${Math.round(runs.get(concurrency)!.ms)} ms`);
    }
  }, 4 * TIME_LIMIT_MS);
  afterAll(() => {
    if (dir) removeDir(dir);
    if (outside) removeDir(outside);
  });

  for (const concurrency of ['1', '2']) {
    describe(`--concurrency ${concurrency}`, () => {
      it(`finishes within ${TIME_LIMIT_MS / 1000} s and exits 1`, () => {
        const run = runs.get(concurrency)!;
        expect(run.signal, `killed after ${Math.round(run.ms)} ms; stderr: ${run.stderr.slice(0, 500)}`).toBeNull();
        expect(run.ms).toBeLessThan(TIME_LIMIT_MS);
        expect(run.code, run.stderr.slice(0, 1000)).toBe(1);
      });

      it('prints one result per regular file: nothing through the loop or the link out of the tree, no file twice', () => {
        const run = runs.get(concurrency)!;
        const results = JSON.parse(run.stdout) as JsonResult[];
        const paths = results.map((result) => relative(dir, result.filePath));
        expect(new Set(paths).size, 'a file reported twice').toBe(paths.length);
        expect(paths.filter((path) => path.startsWith('self/') || path.startsWith('outside/') || path.startsWith('..'))).toEqual([]);
        for (const name of regular)
          expect(
            paths.filter((path) => path === name),
            name,
          ).toHaveLength(1);
        // The file whose name is not UTF-8: linted (not ENOENT), whatever way its name is printed.
        const others = results.filter((result) => !regular.includes(relative(dir, result.filePath)));
        expect(others, 'the file whose name is not UTF-8').toHaveLength(1);
        expect(others[0]!.messages.map((message) => message.message).join('\n')).not.toMatch(/ENOENT/);
        expect(results).toHaveLength(regular.length + 1);
      });

      it('finds nothing wrong in the 100 good proposals, and something in each hostile input', () => {
        const results = JSON.parse(runs.get(concurrency)!.stdout) as JsonResult[];
        const byPath = new Map(results.map((result) => [relative(dir, result.filePath), result]));
        for (const name of good) expect(byPath.get(name)?.messages, name).toEqual([]);
        // A run of 20 KB of `*` is harmless text once read in linear time: it only has to finish.
        for (const name of hostile.filter((name) => !HARMLESS_ONCE_LINEAR.has(name))) expect(byPath.get(name)?.errorCount, name).toBeGreaterThan(0);
        expect(byPath.get('stars-20kb.md')?.messages).toEqual([]);
        // An empty file is one finding; a disable that names no rule is a `directive` error.
        expect(byPath.get('empty.md')?.messages).toHaveLength(1);
        expect(byPath.get('blanket-disable.md')?.messages.map((message) => message.ruleId)).toContain('directive');
      });
    });
  }

  it('prints byte-identical output at --concurrency 1 and 2', () => {
    // Two empty outputs (both runs lost) are not the same output.
    expect(() => JSON.parse(runs.get('1')!.stdout), 'output at --concurrency 1').not.toThrow();
    expect(runs.get('2')!.stdout).toBe(runs.get('1')!.stdout);
  });
});
