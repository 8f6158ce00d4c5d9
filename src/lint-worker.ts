/**
 * A worker thread of `--concurrency`: prepares the run as the main thread did, then lints the
 * files it is sent, one message per file, and posts each result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareRun, type RunSetup } from './run-setup.js';
import { lintFile, type LintOutput } from './lint.js';
import type { Lang } from './model.js';

export interface WorkerInit extends RunSetup {
  lang?: Lang;
}

export interface WorkerJob {
  index: number;
  filePath: string;
  bytes?: Uint8Array;
}

/** A LintOutput as it crosses the thread boundary: the crash as plain data. */
export interface WorkerReply {
  index: number;
  output?: Omit<LintOutput, 'crash'> & { crash?: { ruleId: string; filePath: string; detail: string } };
  error?: string;
}

const init = workerData as WorkerInit;
const prepared = prepareRun(init);

parentPort!.on('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const { rules, resolver } = await prepared;
    const { crash, ...rest } = await lintFile(job, { rules, resolver, ...(init.lang ? { language: init.lang } : {}) });
    reply = { index: job.index, output: { ...rest, ...(crash ? { crash: { ruleId: crash.ruleId, filePath: crash.filePath, detail: crash.detail } } : {}) } };
  } catch (error) {
    reply = { index: job.index, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
