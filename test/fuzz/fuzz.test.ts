/**
 * The short fuzz run inside `npm test` (issue 13): a fixed seed, a few hundred mutated proposals
 * linted in-process (lintFile in a child process that can be killed on a hang) and one batch
 * through the built CLI. The long run is `npm run fuzz` (test/fuzz/run.mjs); what it finds is
 * replayed by found.test.ts.
 *
 * Properties: never throws (no exception, no rule crash, exit 0 or 1), one result per file,
 * every location inside the file, time per file under the linear budget of lib/harness.mjs,
 * memory bounded. ITSTRAT_FUZZ_RUNS and ITSTRAT_FUZZ_SEED change the run.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/ci-run.js';
// @ts-expect-error plain JavaScript, shared with `npm run fuzz`
import { build, caseArb, describeCase, loadSeeds } from './lib/inputs.mjs';
// @ts-expect-error plain JavaScript, shared with `npm run fuzz`
import { BUDGET, InProcess, runCliBatch } from './lib/harness.mjs';

const SEED = Number(process.env.ITSTRAT_FUZZ_SEED ?? 13);
const RUNS = Number(process.env.ITSTRAT_FUZZ_RUNS ?? 200);
const CLI_FILES = 30;
/**
 * The short run shares the machine with the rest of `npm test` (and, on a laptop, everything
 * else), so its fixed part is 2 s instead of the long run's 500 ms: its inputs are small, and
 * the time classes are the long run's to find; the per-KiB part is the same.
 */
const SHORT_BUDGET = { baseMs: Number(process.env.ITSTRAT_FUZZ_BUDGET_BASE_MS ?? 2000), msPerKiB: BUDGET.msPerKiB as number };
/** The short run keeps the pathological sizes small (the long run goes up to the 4 MiB limit). */
const SCALE = 0.05;

interface Violation {
  klass: string;
  signature: string;
  detail: string;
}
type Seed = { name: string; format: 'md' | 'yaml' | 'docx'; text: string };

describe(`fuzz, short run (seed ${SEED}; the long run is \`npm run fuzz\`)`, () => {
  let seeds: Seed[];
  let inProcess: InstanceType<typeof InProcess>;
  beforeAll(async () => {
    seeds = await loadSeeds();
    inProcess = new InProcess();
    // No warm-up: a file over its budget is linted again (InProcess.check), which absorbs the
    // first file's lazy loading of rules and patterns.
    await inProcess.start();
  }, 120_000);
  afterAll(async () => {
    await inProcess?.close();
  });

  it(`${RUNS} mutated proposals in-process: no throw, no rule crash, locations inside the file, time and memory within budget`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb(seeds, SCALE), async (kase: { seed: string; format: 'md' | 'yaml' | 'docx'; mutations: unknown[]; text: string }) => {
        const { bytes, ext } = build(kase) as { bytes: Uint8Array; ext: string };
        const { violations } = (await inProcess.check(`fuzz.${ext}`, bytes, SHORT_BUDGET)) as { violations: Violation[] };
        expect(
          violations.map((v) => `${v.klass}: ${v.detail.split('\n').slice(0, 3).join(' | ')}`),
          JSON.stringify(describeCase(kase)),
        ).toEqual([]);
      }),
      // A hang costs a timeout per shrink step: report the first failure as generated (its
      // mutations say what it is); `npm run fuzz -- --seed … ` shrinks and saves it.
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 180_000);

  it(`one batch of ${CLI_FILES} mutated proposals through the CLI: exit 0 or 1, one result per file, locations inside the file`, async () => {
    const cases = fc.sample(caseArb(seeds, SCALE), { seed: SEED + 1, numRuns: CLI_FILES }) as {
      seed: string;
      format: 'md' | 'yaml' | 'docx';
      mutations: unknown[];
      text: string;
    }[];
    const files = cases.map((kase, index) => {
      const { bytes, ext } = build(kase) as { bytes: Uint8Array; ext: string };
      return { name: `f${String(index).padStart(3, '0')}.${ext}`, bytes, kase };
    });
    const batch = await runCliBatch(
      files.map(({ name, bytes }) => ({ name, bytes })),
      { bin: builtCli(), timeoutMs: 60_000 },
    );
    const problems = [
      ...(batch.violations as Violation[]).map((v) => `run: ${v.klass}: ${v.detail.split('\n')[0]}`),
      ...[...(batch.blamed as Map<string, Violation[]>)].map(
        ([name, list]) =>
          `${name} ${JSON.stringify(describeCase(files.find((file) => file.name === name)!.kase))}: ${list.map((v) => `${v.klass}: ${v.detail.split('\n')[0]}`).join('; ')}`,
      ),
    ];
    expect(problems).toEqual([]);
  }, 180_000);
});
