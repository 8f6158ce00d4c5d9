/**
 * The worker pool survives a worker that exits or fails mid-file: the worker is replaced, the
 * file it had in hand gets the `lost` output, and every other file is linted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintInWorkers } from '../../src/cli/worker-pool.js';
import type { LintInput, LintOutput } from '../../src/cli/lint-file.js';
import { removeDir, tempDir } from '../helpers/ci-run.js';

// A stand-in for dist/bundle/lint-worker.js: exits on "exit.yaml", throws on "throw.yaml".
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (job) => {
  if (job.kind === 'settle') return parentPort.postMessage({ kind: 'settled' });
  const { filePath } = job.input;
  if (filePath === 'exit.yaml') process.exit(3);
  if (filePath === 'throw.yaml') setImmediate(() => { throw new Error('worker broke'); });
  else parentPort.postMessage({ kind: 'result', index: job.index, output: { result: { filePath, findings: [], suppressed: [] } } });
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
});
