/**
 * `--format json` on standard output is written file by file as the files are done (issue 9: flat
 * memory); written to a file, the formatter prints the whole array at once. Both must be the same
 * bytes, on one thread and on two, with and without findings, and for no files at all.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module without types
import { generateCorpus } from '../../bench/generate.js';
import { removeDir, runBuilt, tempDir } from '../helpers/ci-run.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('json-stream');
  (generateCorpus as (dir: string, count: number) => void)(join(dir, 'proposals'), 12);
  // A file that cannot be parsed sits among the others: its result is streamed in its place too.
  writeFileSync(join(dir, 'proposals', 'p00005b.yaml'), 'title: [unclosed\n');
  mkdirSync(join(dir, 'none'));
});
afterAll(() => removeDir(dir));

function both(target: string, extra: string[] = []): { streamed: string; whole: string; code: number } {
  const file = join(dir, `report-${extra.join('')}-${target}.json`);
  const streamed = runBuilt(['lint', target, '--no-ignore', '--format', 'json', ...extra], { cwd: dir });
  const whole = runBuilt(['lint', target, '--no-ignore', '--format', 'json', '--output-file', file, ...extra], { cwd: dir });
  expect(whole.code).toBe(streamed.code);
  return { streamed: streamed.stdout, whole: readFileSync(file, 'utf8'), code: streamed.code };
}

describe('json on stdout, written file by file', () => {
  it('is the same bytes as the formatter writes to a file', () => {
    const { streamed, whole, code } = both('proposals');
    expect(code).toBe(1);
    expect(JSON.parse(streamed)).toHaveLength(13);
    expect(streamed).toBe(whole);
  });

  it('is the same bytes on two threads', () => {
    const { streamed, whole } = both('proposals', ['--concurrency', '2']);
    expect(streamed).toBe(whole);
  });

  it('is an empty array for no files', () => {
    const { streamed, whole } = both('none');
    expect(streamed).toBe('[]\n');
    expect(streamed).toBe(whole);
  });
});
