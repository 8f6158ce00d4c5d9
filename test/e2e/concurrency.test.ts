/**
 * `--concurrency`: worker threads lint the files, and the report is the same bytes whatever
 * the number of threads (SPEC §4), failures included: a rule that throws in a worker is the
 * file's `internal` finding (exit 1), as on the main thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
// @ts-expect-error -- plain JavaScript module without types
import { generateCorpus } from '../../bench/generate.js';
import { removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { expectRunFailure } from '../helpers/cli-assert.js';

let dir: string;

beforeAll(() => {
  dir = tempDir('itstrat-concurrency-');
  (generateCorpus as (dir: string, count: number) => void)(join(dir, 'proposals'), 120);
  writeTree(dir, {
    'proposals/zz-broken.yaml': 'title: X\nejer: Anna og Bo\n',
    'throwing/.itstratrc.yaml': 'plugins: ["./boom.js"]\nrules: { local/boom: error }\n',
    'throwing/boom.js':
      "export const rules = [{ meta: { id: 'local/boom', description: 'd', clauses: [], severity: 'error', messages: { en: { m: 'm' } } }, check(proposal) { if (proposal.filePath.endsWith('b.yaml')) throw new Error('kaboom'); } }];\n",
    'throwing/a.yaml': 'title: A\n',
    'throwing/b.yaml': 'title: B\n',
  });
});

afterAll(() => removeDir(dir));

describe('--concurrency', () => {
  it('gives byte-identical reports with 1, 2 and auto threads', { timeout: 180_000 }, () => {
    const runs = ['1', '2', 'auto'].map((threads) => runCli(['lint', 'proposals', '--no-ignore', '--format', 'json', '--concurrency', threads], { cwd: dir }));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
    }
    expect(JSON.parse(runs[0]!.stdout)).toHaveLength(121);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
  });

  it('reports a rule that throws on a worker thread as an internal finding of the file (exit 1), the same bytes as on one thread', () => {
    const [one, two] = ['1', '2'].map((threads) => runCli(['lint', '.', '--format', 'json', '--concurrency', threads], { cwd: join(dir, 'throwing') }));
    expect(two!.code).toBe(1);
    expect(two!.stderr).toBe('');
    expect(two!.stdout).toBe(one!.stdout);
    const results = JSON.parse(two!.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    expect(results).toHaveLength(2);
    expect(results[1]!.filePath).toMatch(/b\.yaml$/);
    expect(results[1]!.messages.filter((message) => message.ruleId === 'internal').map((message) => message.message)).toEqual([
      'The rule local/boom failed on this file, so its findings are missing: kaboom',
    ]);
  });

  it('rejects a value that is not a whole number or auto', () => {
    expectRunFailure(runCli(['lint', 'proposals', '--concurrency', 'many'], { cwd: dir }), /--concurrency/);
    expectRunFailure(runCli(['lint', 'proposals', '--concurrency', '0'], { cwd: dir }), /--concurrency/);
  });
});
