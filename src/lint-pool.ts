/**
 * `--concurrency`: lints files on worker threads, handing each idle worker the next file, and
 * returns the outputs in input order, so the report is the same bytes whatever the number of
 * threads.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RuleCrash } from './engine.js';
import { UsageError } from './errors.js';
import type { LintInput, LintOutput } from './lint.js';
import { rootUrl } from './paths.js';
import type { WorkerInit, WorkerJob, WorkerReply } from './lint-worker.js';

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

export async function lintInWorkers(inputs: readonly LintInput[], init: WorkerInit, threads: number, script: string): Promise<LintOutput[]> {
  const outputs: LintOutput[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker): void => {
        if (next >= inputs.length) return;
        const index = next++;
        const job: WorkerJob = { index, filePath: inputs[index]!.filePath, ...(inputs[index]!.bytes ? { bytes: inputs[index]!.bytes } : {}) };
        worker.postMessage(job);
      };
      for (let count = 0; count < Math.min(threads, inputs.length); count++) {
        const worker = new Worker(script, { workerData: init });
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if (reply.error !== undefined || !reply.output) {
            reject(new UsageError(reply.error ?? 'a worker thread failed'));
            return;
          }
          const { crash, ...rest } = reply.output;
          outputs[reply.index] = { ...rest, ...(crash ? { crash: new RuleCrash(crash.ruleId, crash.filePath, crash.detail) } : {}) };
          if (++done === inputs.length) resolve();
          else feed(worker);
        });
        worker.on('error', (error: Error) => reject(new UsageError(`a worker thread failed: ${error.message.split('\n')[0]}`)));
        feed(worker);
      }
      if (!inputs.length) resolve();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outputs;
}
