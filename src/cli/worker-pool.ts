/**
 * `--concurrency`: lints files on worker threads, handing each worker a batch of files at a
 * time (the next batch before the last is done, so no worker waits for a message), and returns
 * the outputs in input order, so the report is the same bytes whatever the number of threads.
 * A worker that exits or fails is replaced; the file it had in hand gets an `internal` finding
 * (`lost`) and the rest of its batch goes to the others. Plugins' late failures come back with
 * the file they belong to.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../engine/errors.js';
import type { LintInput, LintOutput } from './lint-file.js';
import { rootUrl } from '../lexicon/package-root.js';
import type { LateFailure } from './isolation.js';
import type { WorkerInit, WorkerJob, WorkerReply } from './worker.js';

/**
 * What one more thread must have to do before it pays for itself: a worker loads the bundle and
 * prepares the run again (about 0.3 s of CPU on the bench machine), and the files a thread lints
 * cost about 1 ms per KiB; below this many bytes (or files, for tiny ones) a worker costs more
 * than it saves. Measured with `npm run bench` (bench/README.md).
 */
export const BYTES_PER_THREAD = 2 * 1024 * 1024;
export const FILES_PER_THREAD = 200;

/** What `--concurrency auto` decides by: the files to lint, and the machine. */
export interface Workload {
  files: number;
  bytes: number;
  /** Cores the machine has, and cores other processes keep busy (the one-minute load average). */
  cores?: number;
  load?: number;
}

/**
 * Threads for the run: `--concurrency n` as asked (at most one per file); `auto` only as many as
 * the files' bytes and count can keep busy and the idle cores can run — one thread (the main
 * thread, no workers) when workers cannot pay for themselves, so auto is never slower than 1.
 */
export function threadCount(concurrency: number | 'auto', work: Workload): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, work.files));
  const cores = work.cores ?? availableParallelism();
  const idle = Math.floor(cores - (work.load ?? loadavg()[0] ?? 0) + 0.5);
  const byWork = Math.min(Math.floor(work.bytes / BYTES_PER_THREAD), Math.floor(work.files / FILES_PER_THREAD));
  return Math.max(1, Math.min(cores, idle, byWork));
}

/** Files per message to a worker: enough that messages cost nothing next to the work, few enough to share the tail. */
export function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(32, Math.floor(files / (threads * 8))));
}

/** The bundled worker script; absent when running from source, where linting stays in-process. */
export function workerScript(): string | undefined {
  const path = fileURLToPath(rootUrl('dist/bundle/lint-worker.js'));
  return existsSync(path) ? path : undefined;
}

/** A failure that no file's work started, reported by a worker: the run fails with this one line. */
export class OrphanFailure extends Error {}

export interface PoolOutcome {
  outputs: LintOutput[];
  late: LateFailure[];
}

export async function lintInWorkers(
  inputs: readonly LintInput[],
  init: WorkerInit,
  threads: number,
  script: string,
  lost: (input: LintInput, detail: string) => LintOutput,
): Promise<PoolOutcome> {
  const outputs: LintOutput[] = new Array(inputs.length);
  const late: LateFailure[] = [];
  const workers = new Set<Worker>();
  let closing = false;
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let settling = false;
      const waiting = new Set<Worker>();
      const finish = (): void => {
        if (done < inputs.length) return;
        if (!settling) {
          // Every file is in: give each worker's plugins their moment to fail late, then stop.
          settling = true;
          for (const worker of workers) {
            waiting.add(worker);
            worker.postMessage({ kind: 'settle' } satisfies WorkerJob);
          }
        }
        if (!waiting.size) resolve();
      };
      // Files not yet handed out: from `next` on, and those of a lost worker's batch first.
      const returned: number[] = [];
      const batch = batchSize(inputs.length, threads);
      const take = (): number[] => {
        const indices = returned.splice(0, batch);
        while (indices.length < batch && next < inputs.length) indices.push(next++);
        return indices;
      };
      const start = (): void => {
        const worker = new Worker(script, { workerData: init });
        workers.add(worker);
        // Handed to this worker and not yet answered, in the order it lints them.
        const inHand: number[] = [];
        let gone = false;
        const feed = (): void => {
          const indices = take();
          if (!indices.length) return;
          inHand.push(...indices);
          worker.postMessage({ kind: 'lint', jobs: indices.map((index) => ({ index, input: inputs[index]! })) } satisfies WorkerJob);
        };
        const stopped = (detail: string): void => {
          if (gone || closing) return;
          gone = true;
          workers.delete(worker);
          waiting.delete(worker);
          // The file it was linting is lost; the rest of its batch was never started.
          const lostIndex = inHand.shift();
          if (lostIndex !== undefined) {
            outputs[lostIndex] = lost(inputs[lostIndex]!, detail);
            done++;
          }
          returned.unshift(...inHand);
          if (returned.length || next < inputs.length) start();
          finish();
        };
        worker.on('message', (reply: WorkerReply) => {
          switch (reply.kind) {
            case 'result':
              outputs[reply.index] = reply.output;
              inHand.splice(inHand.indexOf(reply.index), 1);
              done++;
              // The next batch before this one runs out, so the worker never waits for it.
              if (inHand.length <= batch / 2) feed();
              finish();
              break;
            case 'late':
              late.push(reply.failure);
              break;
            case 'settled':
              waiting.delete(worker);
              finish();
              break;
            case 'orphan':
              reject(new OrphanFailure(reply.detail));
              break;
            case 'error':
              reject(new UsageError(reply.error));
              break;
          }
        });
        worker.on('error', (error: Error) => stopped(`${error.name}: ${error.message.split('\n')[0]}`));
        worker.on('exit', (code: number) => stopped(`it exited with code ${code}`));
        feed();
      };
      for (let count = 0; count < Math.min(threads, inputs.length); count++) start();
      if (!inputs.length) resolve();
    });
  } finally {
    closing = true;
    const stopping = [...workers];
    workers.clear();
    await Promise.all(stopping.map((worker) => worker.terminate()));
  }
  return { outputs, late };
}
