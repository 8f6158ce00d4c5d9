/**
 * `--concurrency`: lints files on worker threads, handing each idle worker the next file, and
 * returns the outputs in input order, so the report is the same bytes whatever the number of
 * threads. A worker that exits or fails is replaced; the file it had in hand gets an
 * `internal` finding (`lost`). Plugins' late failures come back with the file they belong to.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../engine/errors.js';
import type { LintInput, LintOutput } from './lint-file.js';
import { rootUrl } from '../lexicon/package-root.js';
import type { LateFailure } from './isolation.js';
import type { WorkerInit, WorkerJob, WorkerReply } from './worker.js';

/** Below this many files per thread, starting a worker costs more than it saves. */
const FILES_PER_THREAD = 50;

export function threadCount(concurrency: number | 'auto', files: number): number {
  const wanted = concurrency === 'auto' ? availableParallelism() : concurrency;
  const useful = concurrency === 'auto' ? Math.floor(files / FILES_PER_THREAD) : files;
  return Math.max(1, Math.min(wanted, useful));
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
      const start = (): void => {
        const worker = new Worker(script, { workerData: init });
        workers.add(worker);
        let inHand: number | undefined;
        let gone = false;
        const feed = (): void => {
          if (next >= inputs.length) return;
          inHand = next++;
          worker.postMessage({ kind: 'lint', index: inHand, input: inputs[inHand]! } satisfies WorkerJob);
        };
        const stopped = (detail: string): void => {
          if (gone || closing) return;
          gone = true;
          workers.delete(worker);
          waiting.delete(worker);
          if (inHand !== undefined) {
            outputs[inHand] = lost(inputs[inHand]!, detail);
            inHand = undefined;
            done++;
          }
          if (next < inputs.length) start();
          finish();
        };
        worker.on('message', (reply: WorkerReply) => {
          switch (reply.kind) {
            case 'result':
              outputs[reply.index] = reply.output;
              inHand = undefined;
              done++;
              feed();
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
