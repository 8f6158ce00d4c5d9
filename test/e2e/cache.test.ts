/**
 * `--cache` end to end (built CLI) on 2,000 generated proposals: a second run with nothing
 * changed is fast and prints the same; one changed file is the only one relinted; a corrupt
 * cache is ignored; a change of settings relints what it applies to.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedProposal, proposalYaml, removeDir, runBuilt, SCHEMA_ONLY_CONFIG, tempDir, writeTree } from '../helpers/ci-run.js';

const COUNT = 2000;
const DEBUG = { ITSTRAT_DEBUG_CACHE: '1' };

function counts(stderr: string): { linted: number; reused: number } {
  const match = /cache: (\d+) linted, (\d+) reused/.exec(stderr);
  if (!match) throw new Error(`no cache line on stderr: ${stderr}`);
  return { linted: Number(match[1]), reused: Number(match[2]) };
}

describe(`--cache on ${COUNT} proposals`, () => {
  let dir: string;
  let first: ReturnType<typeof runBuilt>;

  beforeAll(() => {
    dir = tempDir('cache');
    const files: Record<string, string> = {};
    for (let index = 0; index < COUNT; index++) {
      const { name, text } = generatedProposal(index);
      files[`proposals/${name}`] = text;
    }
    writeTree(dir, files);
    first = runBuilt(['lint', '--cache', 'proposals'], { cwd: dir, env: DEBUG });
  }, 600_000);
  afterAll(() => removeDir(dir));

  it('the first run lints every file and writes .itstratcache', () => {
    expect([0, 1]).toContain(first.code);
    expect(counts(first.stderr)).toEqual({ linted: COUNT, reused: 0 });
    expect(existsSync(join(dir, '.itstratcache'))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a second run with nothing changed reuses every result, prints the same bytes, in < 25 % of the time', () => {
    const second = runBuilt(['lint', '--cache', 'proposals'], { cwd: dir, env: DEBUG });
    expect(counts(second.stderr)).toEqual({ linted: 0, reused: COUNT });
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
    console.log(`cache timing: first ${first.ms.toFixed(0)} ms, second ${second.ms.toFixed(0)} ms (${((100 * second.ms) / first.ms).toFixed(1)} %)`);
    expect(second.ms).toBeLessThan(first.ms * 0.25);
  }, 120_000);

  it('changing one file relints only that file', () => {
    appendFileSync(join(dir, 'proposals/p00002.yaml'), 'budgett: 1\n');
    const run = runBuilt(['lint', '--cache', '--format', 'json', 'proposals'], { cwd: dir, env: DEBUG });
    expect(counts(run.stderr)).toEqual({ linted: 1, reused: COUNT - 1 });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
    const changed = results.find((result) => result.filePath.endsWith('p00002.yaml'))!;
    expect(changed.messages.map((message) => message.message).join('\n')).toContain('budgett');
    // And the next run reuses the new result.
    expect(counts(runBuilt(['lint', '--cache', 'proposals'], { cwd: dir, env: DEBUG }).stderr)).toEqual({ linted: 0, reused: COUNT });
  }, 120_000);
});

describe('--cache: what invalidates an entry', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('cache-keys');
    writeTree(dir, {
      '.itstratrc.yaml': SCHEMA_ONLY_CONFIG,
      'a/one.yaml': proposalYaml('One', true),
      'a/two.yaml': proposalYaml('Two'),
      'b/three.yaml': proposalYaml('Three', true),
    });
  });
  afterAll(() => removeDir(dir));

  it('reuses results only while the settings that apply to a file are the same', () => {
    const lint = (...extra: string[]) => runBuilt(['lint', '--cache', '--cache-location', 'cache/', ...extra], { cwd: dir, env: DEBUG });
    expect(counts(lint().stderr)).toEqual({ linted: 3, reused: 0 });
    expect(existsSync(join(dir, 'cache', '.itstratcache'))).toBe(true);
    expect(counts(lint().stderr)).toEqual({ linted: 0, reused: 3 });
    // --rule changes the settings of every file.
    const warned = lint('--rule', 'schema:warn');
    expect(counts(warned.stderr)).toEqual({ linted: 3, reused: 0 });
    expect(warned.code).toBe(0);
    // An override changes the settings of the files it matches only.
    writeFileSync(join(dir, '.itstratrc.yaml'), `${SCHEMA_ONLY_CONFIG}overrides:\n  - files: ["b/**"]\n    rules: { schema: warn }\n`);
    lint();
    writeFileSync(join(dir, '.itstratrc.yaml'), `${SCHEMA_ONLY_CONFIG}overrides:\n  - files: ["b/**"]\n    rules: { schema: off }\n`);
    const overridden = lint();
    expect(counts(overridden.stderr)).toEqual({ linted: 1, reused: 2 });
    expect(overridden.stdout).toContain('one.yaml');
    expect(overridden.stdout).not.toContain('three.yaml');
    // --lang changes every message.
    const danish = lint('--lang', 'da');
    expect(counts(danish.stderr)).toEqual({ linted: 3, reused: 0 });
    expect(danish.stdout).toContain('fejl');
  });

  it('a corrupt or foreign cache file is ignored, never a crash', () => {
    const cache = join(dir, 'corrupt.cache');
    const lint = () => runBuilt(['lint', '--cache', '--cache-location', 'corrupt.cache'], { cwd: dir, env: DEBUG });
    expect(counts(lint().stderr)).toEqual({ linted: 3, reused: 0 });
    for (const junk of ['{"itstratCache": 1, "run": "x", "files": {"a/one.yaml": 7', '[]', 'null', '\u0000\u0001binary', '{"itstratCache": 1, "run": "x", "files": {"a/one.yaml": {"hash": 1}}}']) {
      writeFileSync(cache, junk);
      const run = lint();
      expect(run.code).toBe(1);
      expect(counts(run.stderr)).toEqual({ linted: 3, reused: 0 });
      expect(run.stderr).not.toMatch(/internal error|TypeError/);
      expect(JSON.parse(readFileSync(cache, 'utf8')).itstratCache).toBe(1);
    }
    // An entry that is damaged inside a valid cache file is relinted, the others reused.
    const data = JSON.parse(readFileSync(cache, 'utf8')) as { files: Record<string, { result: unknown }> };
    data.files['a/one.yaml']!.result = { findings: 'nope' };
    writeFileSync(cache, JSON.stringify(data));
    expect(counts(lint().stderr)).toEqual({ linted: 1, reused: 2 });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--cache-location names the cache file', () => {
    const run = runBuilt(['lint', '--cache', '--cache-location', 'tmp/lint.cache'], { cwd: dir, env: DEBUG });
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'tmp', 'lint.cache'))).toBe(true);
  });
});
