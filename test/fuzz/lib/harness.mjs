// @ts-check
/**
 * The fuzzer's properties and its two ways of running a file:
 *
 * - in-process: `lintFile` on a worker thread (see worker.mjs), one file at a time, with a
 *   timeout (a hang is stopped by terminating the thread) and a heap limit;
 * - through the built CLI: `itstrat lint --format json <folder>` on a folder of files, with a
 *   timeout for the whole batch; its peak RSS is read by a preload (peak-rss.cjs).
 *
 * Properties: never throws (no exception, no rule crash, no exit 2, no signal); exactly one
 * result per file; every finding's line/column/endLine/endColumn inside the file; exit 0 or 1;
 * time per file under a linear budget; memory bounded.
 */
import { fork, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './inputs.mjs';

export const FOUND_DIR = join(ROOT, 'test/fuzz/found');
export const DEFAULT_BIN = join(ROOT, 'bin/itstrat.js');
const PEAK_RSS = join(ROOT, 'test/fuzz/lib/peak-rss.cjs');

/**
 * Time budget per file: a fixed part plus a part per KiB. Measured in-process on the shared
 * 2-core development machine, after a warm-up: every scaffold and fixture under 50 ms; 256 KiB
 * of prose 0.3–0.7 ms/KiB; 2,000 sections 3.6 ms/KiB; 2,000 YAML cost lines 3.2 ms/KiB (a
 * 2,000-row Markdown table, 10 ms/KiB, is one of the classes of issue 13). Budget: 10× the
 * fixed part and about 5× the linear part of ordinary input, for slow CI machines: 500 ms +
 * 4 ms/KiB (a 4 MiB file: 16.9 s). Override with ITSTRAT_FUZZ_BUDGET_BASE_MS and
 * ITSTRAT_FUZZ_BUDGET_MS_PER_KIB.
 */
export const BUDGET = {
  baseMs: Number(process.env.ITSTRAT_FUZZ_BUDGET_BASE_MS ?? 500),
  msPerKiB: Number(process.env.ITSTRAT_FUZZ_BUDGET_MS_PER_KIB ?? 4),
};
/** After how long a file counts as hung (not just slow): 3× its budget, at least 10 s. */
export const hangMs = (/** @type {number} */ bytes) => Math.max(10_000, 3 * budgetMs(bytes));
export const budgetMs = (/** @type {number} */ bytes, budget = BUDGET) => budget.baseMs + (budget.msPerKiB * bytes) / 1024;
/** Heap a worker may use for one file (MiB): files are at most 4 MiB. */
export const HEAP_LIMIT_MB = Number(process.env.ITSTRAT_FUZZ_HEAP_MB ?? 1024);
/** Peak RSS a CLI batch may reach (MiB). */
export const CLI_RSS_LIMIT_MB = Number(process.env.ITSTRAT_FUZZ_CLI_RSS_MB ?? 2048);

const { loadDocx } = await import(join(ROOT, 'dist/src/model/loaders/docx.js'));

/**
 * Lines of a file the way the loaders count them: UTF-8 (lossy), byte-order mark dropped, any
 * line ending; a Word file that reads has one line per paragraph (its findings' `line`).
 */
export function linesOf(/** @type {Uint8Array} */ bytes) {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { document } = loadDocx(bytes);
    if (document) return document.source.split('\n');
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.split(/\r\n|\r|\n/);
}

/**
 * Locations outside the file, as messages (empty when all are inside).
 * @param {Uint8Array} bytes
 * @param {{ ruleId?: string; line: number; column: number; endLine?: number; endColumn?: number }[]} findings
 */
export function locationProblems(bytes, findings) {
  const lines = linesOf(bytes);
  const problems = [];
  const inside = (/** @type {unknown} */ line, /** @type {unknown} */ column) =>
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    /** @type {number} */ (line) >= 1 &&
    /** @type {number} */ (line) <= lines.length &&
    /** @type {number} */ (column) >= 1 &&
    /** @type {number} */ (column) <= /** @type {string} */ (lines[/** @type {number} */ (line) - 1]).length + 1;
  for (const finding of findings) {
    const { line, column } = finding;
    const endLine = finding.endLine ?? line;
    const endColumn = finding.endColumn ?? column;
    const where = `${finding.ruleId}: ${line}:${column}-${endLine}:${endColumn} (file has ${lines.length} lines)`;
    if (!inside(line, column)) problems.push(`start outside the file: ${where}`);
    else if (!inside(endLine, endColumn)) problems.push(`end outside the file: ${where}`);
    else if (endLine < line || (endLine === line && endColumn < column)) problems.push(`end before start: ${where}`);
  }
  return problems;
}

/**
 * A violation: `klass` names the property and is part of the file name in found/;
 * `signature` groups violations that are the same bug.
 * @typedef {{ klass: string; signature: string; detail: string }} Violation
 */

/** The first frame in src/ or rules/ of a stack, for grouping and for the report. */
export function srcFrame(/** @type {string | undefined} */ stack) {
  const frame = (stack ?? '').split('\n').find((line) => /\/(src|rules)\/[^)]*\.(js|ts):\d+/.test(line));
  return frame
    ? frame
        .trim()
        .replace(/^at /, '')
        .replace(/\(?\S*\/(dist\/)?((src|rules)\/[^:)]+):(\d+):\d+\)?/, '$2:$4')
    : '';
}

const normalise = (/** @type {string} */ message) =>
  message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 80);

/**
 * Check one in-process outcome.
 * @param {Uint8Array} bytes
 * @param {any} outcome what InProcess.lint returned
 * @param {{ baseMs: number; msPerKiB: number }} [budget] the time budget (default BUDGET)
 * @returns {Violation[]}
 */
export function checkInProcess(bytes, outcome, budget = BUDGET) {
  /** @type {Violation[]} */
  const violations = [];
  if (outcome.kind === 'hang') violations.push({ klass: 'hang', signature: 'hang', detail: `no result after ${outcome.ms} ms` });
  else if (outcome.kind === 'oom')
    violations.push({ klass: 'memory', signature: 'memory', detail: `worker ran out of its ${HEAP_LIMIT_MB} MiB heap: ${outcome.message}` });
  else if (outcome.kind === 'died') violations.push({ klass: 'crash', signature: `died:${normalise(outcome.message)}`, detail: outcome.message });
  else if (outcome.kind === 'throw') {
    violations.push({
      klass: 'throw',
      signature: `throw:${normalise(outcome.message)}@${srcFrame(outcome.stack)}`,
      detail: `${outcome.message}\n${outcome.stack}`,
    });
  } else {
    if (outcome.crash)
      violations.push({
        klass: 'rule-crash',
        signature: `rule-crash:${outcome.crash.ruleId}:${normalise(outcome.crash.message)}`,
        detail: `rule ${outcome.crash.ruleId} threw: ${outcome.crash.message}`,
      });
    if (outcome.filePath !== outcome.expectedPath)
      violations.push({ klass: 'result', signature: 'result:path', detail: `result for ${outcome.filePath}, expected ${outcome.expectedPath}` });
    const places = locationProblems(bytes, outcome.findings);
    if (places.length) {
      const rule = /^[^:]*: (\S+):/.exec(places[0] ?? '')?.[1] ?? '';
      violations.push({ klass: 'location', signature: `location:${rule}:${(places[0] ?? '').split(':')[0]}`, detail: places.slice(0, 5).join('\n') });
    }
    const limit = budgetMs(bytes.length, budget);
    if (outcome.ms > limit)
      violations.push({ klass: 'slow', signature: 'slow', detail: `${outcome.ms.toFixed(0)} ms for ${bytes.length} bytes (budget ${limit.toFixed(0)} ms)` });
  }
  return violations;
}

/** One worker thread that lints files in-process; restarted after a hang or a death. */
export class InProcess {
  /** @param {{ timeoutMs?: number; heapMb?: number }} [options] */
  constructor(options = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.heapMb = options.heapMb ?? HEAP_LIMIT_MB;
    this.cwd = mkdtempSync(join(tmpdir(), 'itstrat-fuzz-inproc-'));
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.worker = undefined;
    this.stderr = '';
    /** @type {Promise<void> | undefined} */
    this.ready = undefined;
    this.next = 0;
    /** @type {{ name: string; bytes: Uint8Array }[] | undefined} */
    this.warmWith = undefined;
    /** Peak RSS seen by the worker (bytes; the process's, which the thread shares). */
    this.peakRss = 0;
  }

  /** Lint each of `files` once, so that lazily loaded rules and patterns do not count as a file's time. */
  async warm(/** @type {{ name: string; bytes: Uint8Array }[]} */ files) {
    this.warmWith = files;
    await this.start();
  }

  start() {
    if (this.ready) return this.ready;
    const worker = fork(fileURLToPath(new URL('./worker.mjs', import.meta.url)), [], {
      env: { ...process.env, ITSTRAT_FUZZ_WORKER: JSON.stringify({ root: ROOT, cwd: this.cwd }) },
      execArgv: [`--max-old-space-size=${this.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    worker.stderr?.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (/** @type {any} */ message) => {
        if (message.kind === 'ready') {
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          resolve(undefined);
        }
      };
      const onExit = (/** @type {number} */ code) => reject(new Error(`the fuzz worker exited (${code}) before it was ready: ${this.stderr}`));
      worker.on('message', onMessage);
      worker.once('exit', onExit);
    }).then(async () => {
      for (const [index, file] of (this.warmWith ?? []).entries()) {
        await new Promise((resolve) => {
          const onMessage = (/** @type {any} */ message) => {
            if (message.id !== -1 - index) return;
            worker.off('message', onMessage);
            resolve(undefined);
          };
          worker.on('message', onMessage);
          worker.send({ id: -1 - index, name: file.name, bytes: file.bytes });
        });
      }
    });
    return this.ready;
  }

  async stop() {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGKILL');
      await exited;
    }
  }

  async close() {
    await this.stop();
    rmSync(this.cwd, { recursive: true, force: true });
  }

  /**
   * Lint one file and check it (checkInProcess). A file over its time budget is linted once more
   * and counts as slow only if it is slow again: the first file of a strategy or language pays
   * for lazily loaded rules, and a shared machine has hiccups.
   * @param {string} name
   * @param {Uint8Array} bytes
   * @param {{ baseMs: number; msPerKiB: number }} [budget]
   */
  async check(name, bytes, budget = BUDGET) {
    let outcome = await this.lint(name, bytes);
    let violations = checkInProcess(bytes, outcome, budget);
    if (violations.some((v) => v.klass === 'slow')) {
      const again = await this.lint(name, bytes);
      if (again.kind === 'ok' && again.ms < outcome.ms) {
        outcome = again;
        violations = checkInProcess(bytes, outcome, budget);
      }
    }
    return { outcome, violations };
  }

  /**
   * Lint one file in the child process.
   * @param {string} name file name (its extension picks the format)
   * @param {Uint8Array} bytes
   * @param {number} [timeoutMs]
   */
  async lint(name, bytes, timeoutMs = Math.max(this.timeoutMs, hangMs(bytes.length))) {
    await this.start();
    const worker = /** @type {import('node:child_process').ChildProcess} */ (this.worker);
    this.stderr = '';
    const id = ++this.next;
    const started = performance.now();
    const outcome = await new Promise((resolve) => {
      const done = (/** @type {any} */ value) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(value);
      };
      const onMessage = (/** @type {any} */ message) => {
        if (message.id === id) done(message);
      };
      const onError = (/** @type {any} */ error) => done({ kind: 'died', message: String(error?.message ?? error), ms: performance.now() - started });
      const onExit = (/** @type {number | null} */ code, /** @type {string | null} */ signal) => {
        // Give stderr a moment to arrive: it says whether the heap ran out.
        setTimeout(() => {
          const oom = /heap out of memory|Allocation failed/i.test(this.stderr);
          const last =
            this.stderr
              .split('\n')
              .filter((line) => line.trim())
              .slice(-1)[0] ?? '';
          done({
            kind: oom ? 'oom' : 'died',
            message: oom ? `heap limit of ${this.heapMb} MiB reached` : `exited with ${code ?? signal}: ${last}`,
            ms: performance.now() - started,
          });
        }, 50);
      };
      const timer = setTimeout(() => done({ kind: 'hang', ms: Math.round(performance.now() - started) }), timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.send({ id, name, bytes });
    });
    if (outcome.kind === 'ok') this.peakRss = Math.max(this.peakRss, outcome.rss);
    else await this.stop();
    return outcome;
  }
}

/**
 * Run the built CLI on `files` (written to a fresh temporary folder) and check the properties.
 * @param {{ name: string; bytes: Uint8Array }[]} files names must be unique
 * @param {{ bin?: string; timeoutMs?: number; concurrency?: string; keep?: boolean }} [options]
 */
export async function runCliBatch(files, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'itstrat-fuzz-cli-'));
  const rssFile = join(dir, '..', `${dir.split('/').pop()}.rss`);
  try {
    for (const file of files) writeFileSync(join(dir, file.name), file.bytes);
    const budget = files.reduce((sum, file) => sum + budgetMs(file.bytes.length), 3000);
    const timeoutMs = options.timeoutMs ?? Math.max(60_000, 3 * budget);
    const args = [
      '--import',
      `file://${PEAK_RSS}`.replace(/\.cjs$/, '.cjs'),
      options.bin ?? DEFAULT_BIN,
      'lint',
      '--format',
      'json',
      '--concurrency',
      options.concurrency ?? '1',
      '.',
    ];
    const started = performance.now();
    const run = await new Promise((resolve) => {
      const child = spawn(process.execPath, args, {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ITSTRAT_FUZZ_RSS_FILE: rssFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      /** @type {Buffer[]} */
      const out = [];
      /** @type {Buffer[]} */
      const err = [];
      let errBytes = 0;
      child.stdout.on('data', (chunk) => out.push(chunk));
      child.stderr.on('data', (chunk) => {
        if (errBytes < 100_000) err.push(chunk);
        errBytes += chunk.length;
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      });
    });
    const ms = performance.now() - started;
    let peakRssMb = 0;
    try {
      peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    } catch {
      // Killed before it could write.
    }
    /** @type {Violation[]} */
    const violations = [];
    /** Files to blame, when the batch says which. */
    const blamed = new Map();
    const blame = (/** @type {string} */ name, /** @type {Violation} */ violation) => {
      if (!blamed.has(name)) blamed.set(name, []);
      blamed.get(name).push(violation);
    };
    const stderrLine = run.stderr.split('\n').find((line) => line.trim()) ?? '';
    if (run.timedOut) violations.push({ klass: 'hang', signature: 'cli-hang', detail: `no exit after ${timeoutMs} ms` });
    else if (run.signal || (run.code !== 0 && run.code !== 1)) {
      violations.push({
        klass: 'crash',
        signature: `cli-exit-${run.code ?? run.signal}:${normalise(stderrLine.replace(/\/\S+/g, 'PATH'))}`,
        detail: `exit ${run.code ?? run.signal}: ${run.stderr.slice(0, 2000)}`,
      });
    }
    if (peakRssMb > CLI_RSS_LIMIT_MB)
      violations.push({ klass: 'memory', signature: 'cli-memory', detail: `peak RSS ${peakRssMb.toFixed(0)} MiB > ${CLI_RSS_LIMIT_MB} MiB` });
    /** @type {any[] | undefined} */
    let results;
    try {
      results = JSON.parse(run.stdout);
    } catch {
      if (!run.timedOut)
        violations.push({ klass: 'output', signature: 'cli-output', detail: `stdout is not JSON (${run.stdout.length} bytes): ${run.stdout.slice(0, 200)}` });
    }
    if (results) {
      const byName = new Map(files.map((file) => [file.name, file]));
      const seen = new Map();
      for (const result of results) {
        const name = String(result.filePath).slice(dir.length + 1);
        seen.set(name, (seen.get(name) ?? 0) + 1);
        const file = byName.get(name);
        if (!file) {
          violations.push({ klass: 'result', signature: 'cli-result-unknown', detail: `a result for a file not in the batch: ${result.filePath}` });
          continue;
        }
        const places = locationProblems(file.bytes, [...(result.messages ?? []), ...(result.suppressedMessages ?? [])]);
        if (places.length) {
          const rule = /^[^:]*: (\S+):/.exec(places[0] ?? '')?.[1] ?? '';
          blame(name, { klass: 'location', signature: `location:${rule}:${(places[0] ?? '').split(':')[0]}`, detail: places.slice(0, 5).join('\n') });
        }
      }
      for (const file of files) {
        const count = seen.get(file.name) ?? 0;
        if (count !== 1)
          blame(file.name, { klass: 'result', signature: `cli-result-${count === 0 ? 'missing' : 'twice'}`, detail: `${count} results for ${file.name}` });
      }
    }
    return { code: run.code, signal: run.signal, timedOut: run.timedOut, ms, peakRssMb, violations, blamed, stderr: run.stderr, stdout: run.stdout };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    rmSync(rssFile, { force: true });
  }
}

/** Whether the CLI batch broke a property (for the whole batch or for a file of it). */
export const batchFailed = (/** @type {{ violations: Violation[]; blamed: Map<string, Violation[]> }} */ batch) =>
  batch.violations.length > 0 || batch.blamed.size > 0;

/**
 * Write a failing input to found/ as `<class>-<hash>.<ext>` with `<class>-<hash>.<ext>.txt`
 * saying what it violated. Returns the path, or undefined when it is there already.
 * @param {Violation} violation
 * @param {Uint8Array} bytes
 * @param {'md' | 'yaml'} ext
 * @param {Record<string, unknown>} about seed, path, mutations: how to reproduce it
 */
export function writeFound(violation, bytes, ext, about) {
  mkdirSync(FOUND_DIR, { recursive: true });
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const klass = violation.klass.replace(/[^a-z0-9-]/gi, '-');
  const path = join(FOUND_DIR, `${klass}-${hash}.${ext}`);
  if (existsSync(path)) return undefined;
  writeFileSync(path, bytes);
  writeFileSync(
    `${path}.txt`,
    `${JSON.stringify({ violated: violation.klass, signature: violation.signature, detail: violation.detail, ...about }, null, 2)}\n`,
  );
  return path;
}
