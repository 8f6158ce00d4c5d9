/**
 * The worker pool survives a worker that exits or fails mid-file: the worker is replaced, the
 * file it had in hand gets the `lost` output, the rest of its batch goes to the other workers,
 * and every other file is linted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchSize, lintInWorkers, threadCount } from '../../src/cli/worker-pool.js';
import type { LintInput, LintOutput } from '../../src/cli/lint-file.js';
import { removeDir, tempDir } from '../helpers/ci-run.js';

// A stand-in for dist/bundle/lint-worker.js: exits on "exit.yaml", throws on "throw.yaml" (and
// lints nothing after it, as a thread that died).
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.kind === 'settle') return parentPort.postMessage({ kind: 'settled' });
  for (const { index, input: { filePath } } of job.jobs) {
    if (filePath === 'exit.yaml') process.exit(3);
    if (filePath === 'throw.yaml') throw new Error('worker broke');
    parentPort.postMessage({ kind: 'result', index, output: { result: { filePath, findings: [], suppressed: [] } } });
  }
});
`;

let dir: string;
beforeAll(() => {
  dir = tempDir('pool');
  writeFileSync(join(dir, 'worker.mjs'), WORKER);
});
afterAll(() => removeDir(dir));

describe('lintInWorkers', () => {
  it('replaces a worker that exits or throws, and gives the file in hand the lost output', async () => {
    const names = ['a.yaml', 'exit.yaml', 'b.yaml', 'throw.yaml', 'c.yaml', 'd.yaml'];
    const inputs: LintInput[] = names.map((filePath) => ({ filePath }));
    const lost = (input: LintInput, detail: string): LintOutput => ({
      result: { filePath: `lost:${input.filePath}:${detail}` } as LintOutput['result'],
      failed: true,
    });
    const { outputs } = await lintInWorkers(inputs, { cwd: dir, strategy: [], rule: [] }, 2, join(dir, 'worker.mjs'), lost);
    expect(outputs.map((output) => output.result.filePath)).toEqual([
      'a.yaml',
      'lost:exit.yaml:it exited with code 3',
      'b.yaml',
      'lost:throw.yaml:Error: worker broke',
      'c.yaml',
      'd.yaml',
    ]);
  });

  it('hands out batches, and the rest of a lost batch is linted by the others', async () => {
    const names = Array.from({ length: 200 }, (_, index) => (index === 37 ? 'exit.yaml' : index === 150 ? 'throw.yaml' : `f${index}.yaml`));
    const lost = (input: LintInput, detail: string): LintOutput => ({
      result: { filePath: `lost:${input.filePath}:${detail}` } as LintOutput['result'],
      failed: true,
    });
    expect(batchSize(names.length, 2)).toBeGreaterThan(1);
    const { outputs } = await lintInWorkers(
      names.map((filePath) => ({ filePath })),
      { cwd: dir, strategy: [], rule: [] },
      2,
      join(dir, 'worker.mjs'),
      lost,
    );
    expect(outputs.map((output) => output.result.filePath)).toEqual(
      names.map((name) =>
        name === 'exit.yaml' ? 'lost:exit.yaml:it exited with code 3' : name === 'throw.yaml' ? 'lost:throw.yaml:Error: worker broke' : name,
      ),
    );
  });
});

describe('threadCount', () => {
  it('gives --concurrency n as asked, at most one thread per file', () => {
    expect(threadCount(4, { files: 10, bytes: 0 })).toBe(4);
    expect(threadCount(4, { files: 2, bytes: 0 })).toBe(2);
  });

  it('auto: one thread when the files cannot pay for a worker, or no core is idle', () => {
    expect(threadCount('auto', { files: 50, bytes: 200_000, cores: 8, load: 0 })).toBe(1);
    expect(threadCount('auto', { files: 10_000, bytes: 40_000_000, cores: 2, load: 0 })).toBe(2);
    expect(threadCount('auto', { files: 10_000, bytes: 40_000_000, cores: 2, load: 5 })).toBe(1);
    expect(threadCount('auto', { files: 10_000, bytes: 40_000_000, cores: 8, load: 3 })).toBe(5);
    expect(threadCount('auto', { files: 1000, bytes: 4_000_000, cores: 8, load: 0 })).toBe(1);
  });
});
