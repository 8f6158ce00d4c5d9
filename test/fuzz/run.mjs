#!/usr/bin/env node
// @ts-check
/**
 * `npm run fuzz`: the long fuzz run. Every generated input is linted in-process (a worker
 * thread, with a timeout and a heap limit) and, in batches, through the built CLI
 * (`itstrat lint --format json`, with a timeout per batch so that a hang is seen). Every
 * failure is shrunk by fast-check and written to test/fuzz/found/<class>-<hash>.<ext> (with a
 * .txt beside it saying what it violated and how to replay it); test/fuzz/found.test.ts turns
 * each into a permanent regression test.
 *
 *   npm run fuzz -- [--seed N] [--count N] [--batch N] [--no-cli] [--max-minutes N]
 *                   [--shrink-seconds N (per class)] [--shrink-minutes N (in all; then unshrunk)]
 *
 * --max-minutes stops generating inputs after that long (then shrinks what it found and
 * prints the closing line for the inputs it ran).
 *
 * Ends with one line: `N inputs, C crashes, H hangs, slowest file T ms, peak RSS M MiB`
 * (crashes: inputs that broke any property other than hanging; hangs: inputs that hung).
 * Exit code 1 when anything failed.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { build, caseArb, describeCase, loadSeeds, warmUpSeeds } from './lib/inputs.mjs';
import { batchFailed, FOUND_DIR, InProcess, runCliBatch, writeFound } from './lib/harness.mjs';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    count: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '1000' },
    'no-cli': { type: 'boolean', default: false },
    'shrink-seconds': { type: 'string', default: '120' },
    'shrink-minutes': { type: 'string', default: '30' },
    scale: { type: 'string', default: '1' },
    'max-minutes': { type: 'string' },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const count = Number(values.count);
const batchSize = Number(values.batch);
const shrinkMs = Number(values['shrink-seconds']) * 1000;
const shrinkTotalMs = Number(values['shrink-minutes']) * 60_000;
const log = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);
log(
  `itstrat fuzz: seed ${seed}, ${count} inputs, CLI batches of ${values['no-cli'] ? 0 : batchSize} (replay: npm run fuzz -- --seed ${seed} --count ${count})`,
);

const seeds = await loadSeeds();
const arbitrary = caseArb(seeds, Number(values.scale));
const inProcess = new InProcess();
// Interrupted: take the lint process along (it may be busy in a hang and not see the pipe close).
process.on('exit', () => inProcess.worker?.kill('SIGKILL'));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => process.exit(130));
await inProcess.warm(warmUpSeeds(seeds));

let inputs = 0;
let crashes = 0;
let hangs = 0;
let slowest = 0;
let peakRssMb = 0;
const started = Date.now();
/** Signatures seen, with the first run index (for shrinking) and how often. */
const classes = new Map();
/** @type {{ index: number; name: string; bytes: Uint8Array; ext: 'md' | 'yaml'; kase: any; ms: number }[]} */
let pending = [];

/**
 * Count a failing input and keep the first of each class. A hang, a slow file or a memory blow-up
 * has no message to tell its causes apart: for those the class also names the kinds of mutation
 * the input went through (so `year: .inf` and 2 MB of brackets are two classes).
 */
function record(
  /** @type {import('./lib/harness.mjs').Violation[]} */ violations,
  /** @type {number} */ index,
  /** @type {'inproc' | 'cli'} */ via,
  /** @type {any} */ kase,
) {
  if (!violations.length) return;
  if (violations.some((v) => v.klass === 'hang')) hangs++;
  else crashes++;
  const ops = [...new Set(kase.mutations.map((/** @type {{ op: string }} */ m) => m.op))].sort().join('+');
  for (const violation of violations) {
    const key = `${via}:${violation.signature}${['hang', 'slow', 'memory'].includes(violation.klass) ? `:${ops}` : ''}`;
    const known = classes.get(key);
    if (known) known.count++;
    else {
      classes.set(key, { via, violation, index, count: 1, kase });
      log(`  new failure class [${via}] ${violation.signature} at input ${index}: ${violation.detail.split('\n')[0]}`);
    }
  }
}

/** Find the files of a failed batch that fail alone (bisection). */
async function culprits(/** @type {typeof pending} */ files, /** @type {number} */ depth = 0) {
  if (files.length === 1) return [files[0]];
  const half = Math.ceil(files.length / 2);
  /** @type {typeof pending} */
  const found = [];
  for (const part of [files.slice(0, half), files.slice(half)]) {
    const batch = await runCliBatch(
      part.map(({ name, bytes }) => ({ name, bytes })),
      { timeoutMs: timeoutFor(part) },
    );
    if (batchFailed(batch)) {
      if (batch.violations.length === 0) found.push(...part.filter((file) => batch.blamed.has(file.name)));
      else found.push(...(await culprits(part, depth + 1)));
    }
  }
  return found;
}

/** A batch's timeout: 30 s plus three times what its files took in-process. */
const timeoutFor = (/** @type {typeof pending} */ files) => 30_000 + 3 * files.reduce((sum, file) => sum + file.ms, 0);

async function flushCli() {
  const files = pending;
  pending = [];
  if (!files.length || values['no-cli']) return;
  const batch = await runCliBatch(
    files.map(({ name, bytes }) => ({ name, bytes })),
    { timeoutMs: timeoutFor(files) },
  );
  peakRssMb = Math.max(peakRssMb, batch.peakRssMb);
  if (!batchFailed(batch)) return;
  log(`  CLI batch of ${files.length} failed (exit ${batch.code ?? batch.signal}${batch.timedOut ? ', timed out' : ''}); bisecting`);
  const guilty = batch.violations.length ? await culprits(files) : files.filter((file) => batch.blamed.has(file.name));
  for (const file of guilty) {
    const alone = await runCliBatch([{ name: file.name, bytes: file.bytes }], { timeoutMs: timeoutFor([file]) });
    const violations = [...alone.violations, ...(alone.blamed.get(file.name) ?? [])];
    record(
      violations.length
        ? violations
        : [
            {
              klass: 'batch-only',
              signature: 'cli-batch-only',
              detail: `fails in its batch only: ${batch.violations
                .map((v) => v.detail)
                .join('; ')
                .slice(0, 300)}`,
            },
          ],
      file.index,
      'cli',
      file.kase,
    );
  }
}

// The run: every input in-process; those that pass go on to a CLI batch (an input that already
// failed in-process would only fail its whole batch again).
await fc.check(
  fc.asyncProperty(arbitrary, async (kase) => {
    const index = inputs++;
    const { bytes, ext } = build(kase);
    const name = `c${String(index).padStart(6, '0')}.${ext}`;
    const { outcome, violations } = await inProcess.check(name, bytes);
    if (outcome.kind === 'ok') slowest = Math.max(slowest, outcome.ms);
    record(violations, index, 'inproc', kase);
    if (!violations.length) pending.push({ index, name, bytes, ext, kase, ms: outcome.ms });
    if (pending.length >= batchSize) await flushCli();
    if (index % 250 === 249) {
      log(`  ${index + 1} inputs, ${crashes} crashes, ${hangs} hangs, ${classes.size} classes, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    return true;
  }),
  {
    seed,
    numRuns: count,
    ...(values['max-minutes'] ? { interruptAfterTimeLimit: Number(values['max-minutes']) * 60_000, markInterruptAsFailure: false } : {}),
  },
);
if (inputs < count) log(`stopped after ${inputs} inputs (--max-minutes ${values['max-minutes']})`);
await flushCli();
peakRssMb = Math.max(peakRssMb, inProcess.peakRss / 1024 / 1024, process.resourceUsage().maxRSS / 1024);

// Shrink the first input of each class and write it to found/.
log(`shrinking ${classes.size} failure classes (at most ${shrinkMs / 1000} s each, ${shrinkTotalMs / 60_000} min in all)`);
const shrinkStarted = Date.now();
for (const [key, entry] of classes) {
  if (Date.now() - shrinkStarted > shrinkTotalMs) {
    const { bytes, ext } = build(entry.kase);
    const path = writeFound(entry.violation, bytes, ext, {
      via: entry.via,
      seed,
      path: String(entry.index),
      shrinks: 0,
      note: 'not shrunk (out of shrinking time)',
      case: describeCase(entry.kase),
    });
    log(`  ${key} ×${entry.count}: ${path ? path.slice(FOUND_DIR.length + 1) : 'already in found/'} (${bytes.length} bytes, not shrunk)`);
    continue;
  }
  const { via, violation, index } = entry;
  const same = (/** @type {import('./lib/harness.mjs').Violation[]} */ found) =>
    found.some((v) => v.klass === violation.klass && v.signature.split(':').slice(0, 2).join(':') === violation.signature.split(':').slice(0, 2).join(':'));
  const property = fc.asyncProperty(arbitrary, async (kase) => {
    const { bytes, ext } = build(kase);
    if (via === 'inproc') return !same((await inProcess.check(`shrink.${ext}`, bytes)).violations);
    const alone = await runCliBatch([{ name: `shrink.${ext}`, bytes }], { timeoutMs: 60_000 });
    return !same([...alone.violations, ...(alone.blamed.get(`shrink.${ext}`) ?? [])]);
  });
  const result = await fc.check(property, { seed, path: String(index), numRuns: 1, interruptAfterTimeLimit: shrinkMs, markInterruptAsFailure: false });
  const kase = result.counterexample?.[0];
  if (!kase) {
    log(`  ${key}: did not fail again on replay (flaky?)`);
    continue;
  }
  const { bytes, ext } = build(kase);
  const path = writeFound(violation, bytes, ext, {
    via,
    seed,
    path: String(index),
    shrinks: result.numShrinks,
    case: describeCase(kase),
    replay: `npm run fuzz -- --seed ${seed} --count ${index + 1}`,
  });
  log(
    `  ${key} ×${entry.count}: ${path ? path.slice(FOUND_DIR.length + 1) : 'already in found/'} (${bytes.length} bytes, ${result.numShrinks} shrinks) ${JSON.stringify(describeCase(kase).mutations).slice(0, 300)}`,
  );
}
await inProcess.close();

log(`${inputs} inputs, ${crashes} crashes, ${hangs} hangs, slowest file ${Math.round(slowest)} ms, peak RSS ${Math.round(peakRssMb)} MiB`);
process.exitCode = crashes || hangs ? 1 : 0;
