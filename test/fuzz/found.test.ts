/**
 * Every input the fuzzer found (test/fuzz/found/<class>-<hash>.<ext>, what it violated in the
 * .txt beside it) is a permanent regression test: through the built CLI, alone and all together,
 * it must meet the fuzz properties — exit 0 or 1, one result per file, every location inside the
 * file, no hang, time within the budget plus the CLI's start-up.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/ci-run.js';
// @ts-expect-error plain JavaScript, shared with `npm run fuzz`
import { budgetMs, FOUND_DIR, hangMs, runCliBatch } from './lib/harness.mjs';

interface Violation {
  klass: string;
  signature: string;
  detail: string;
}

const PROPOSAL = /\.(md|markdown|ya?ml)$/i;
const found = existsSync(FOUND_DIR)
  ? readdirSync(FOUND_DIR)
      .filter((name) => PROPOSAL.test(name))
      .sort()
  : [];
/** Node's start-up and itstrat's loading, on top of the file's own budget. */
const STARTUP_MS = 5_000;

function problemsOf(batch: { violations: Violation[]; blamed: Map<string, Violation[]> }): string[] {
  return [
    ...batch.violations.map((v) => `run: ${v.klass}: ${v.detail.split('\n')[0]}`),
    ...[...batch.blamed].map(([name, list]) => `${name}: ${list.map((v) => `${v.klass}: ${v.detail.split('\n')[0]}`).join('; ')}`),
  ];
}

describe('inputs the fuzzer found (test/fuzz/found/)', () => {
  it('are proposals with a note on what each violated', () => {
    for (const name of found) expect(existsSync(join(FOUND_DIR, `${name}.txt`)), `${name}.txt`).toBe(true);
  });

  for (const name of found) {
    const bytes = new Uint8Array(readFileSync(join(FOUND_DIR, name)));
    const note = existsSync(join(FOUND_DIR, `${name}.txt`)) ? (JSON.parse(readFileSync(join(FOUND_DIR, `${name}.txt`), 'utf8')) as { violated?: string }) : {};
    it(`${name} (found: ${note.violated ?? '?'}) lints alone within its budget`, async () => {
      const batch = await runCliBatch([{ name, bytes }], { bin: builtCli(), timeoutMs: hangMs(bytes.length) + STARTUP_MS });
      expect(problemsOf(batch)).toEqual([]);
      expect(batch.ms).toBeLessThan(budgetMs(bytes.length) + STARTUP_MS);
    }, 120_000);
  }

  it.skipIf(found.length < 2)(
    'all together: one result each, exit 0 or 1, at --concurrency 1 and 2',
    async () => {
      const files = found.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FOUND_DIR, name))) }));
      const timeoutMs = files.reduce((sum, file) => sum + hangMs(file.bytes.length), STARTUP_MS);
      for (const concurrency of ['1', '2']) {
        const batch = await runCliBatch(files, { bin: builtCli(), timeoutMs, concurrency });
        expect(problemsOf(batch), `--concurrency ${concurrency}`).toEqual([]);
      }
    },
    600_000,
  );
});
