/**
 * A worker thread of `--concurrency`: prepares the run as the main thread did, then lints the
 * files it is sent, a batch per message, and posts each result back as soon as it has it — inside the same
 * boundary as the main thread (src/isolation.ts): late failures of plugins are posted with
 * the file they belong to, and one that belongs to no file ends the run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareRun, type RunSetup } from './prepare-run.js';
import { lintFile, type LintInput, type LintOutput } from './lint-file.js';
import type { Lang } from '../model/model.js';
import { firstLine, installGuards, SETTLE_MS, type LateFailure } from './isolation.js';

export interface WorkerInit extends RunSetup {
  lang?: Lang;
  /** `--file-timeout`, in milliseconds. */
  timeoutMs?: number;
  /** `--stats`. */
  stats?: boolean;
  /** `--max-bytes`. */
  maxBytes?: number;
}

export type WorkerJob = { kind: 'lint'; jobs: { index: number; input: LintInput }[] } | { kind: 'settle' };

export type WorkerReply =
  | { kind: 'result'; index: number; output: LintOutput }
  | { kind: 'late'; failure: LateFailure }
  /** A failure no file's work started: the run fails (exit 2). */
  | { kind: 'orphan'; detail: string }
  /** The run could not be prepared here. */
  | { kind: 'error'; error: string }
  | { kind: 'settled' };

const init = workerData as WorkerInit;
const prepared = prepareRun(init);
const post = (reply: WorkerReply): void => parentPort!.postMessage(reply);
let plugins = false;
// Installed for the worker's life: it only ever lints.
installGuards(
  (failure) => post({ kind: 'late', failure }),
  (error) => post({ kind: 'orphan', detail: firstLine(error) }),
  0,
);

// One job at a time, in the order sent: a batch that arrives while one is linted waits, so the
// pool knows which file a worker had in hand when it died.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: WorkerJob) => {
  queue = queue.then(() => handle(job)).catch((error: unknown) => post({ kind: 'orphan', detail: firstLine(error) }));
});

async function handle(job: WorkerJob): Promise<void> {
  if (job.kind === 'settle') {
    if (plugins) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    post({ kind: 'settled' });
    return;
  }
  let run: Awaited<typeof prepared>;
  try {
    run = await prepared;
  } catch (error) {
    post({ kind: 'error', error: firstLine(error) });
    return;
  }
  plugins = run.config.plugins.length > 0;
  const options = {
    rules: run.rules,
    resolver: run.resolver,
    ...(init.lang ? { language: init.lang } : {}),
    ...(init.timeoutMs !== undefined ? { timeoutMs: init.timeoutMs } : {}),
    ...(init.maxBytes !== undefined ? { maxBytes: init.maxBytes } : {}),
    ...(init.stats ? { stats: true } : {}),
  };
  for (const { index, input } of job.jobs) post({ kind: 'result', index, output: await lintFile(input, options, index) });
}
