/**
 * The boundary around one file's work (issue 13): a time budget that stops even a synchronous
 * endless loop, a guard on `process.exit`, and the attribution of a plugin's late asynchronous
 * failures to the file and rule whose check started them. The same code runs on the main
 * thread (`--concurrency 1`) and in each worker, so the output does not depend on the number
 * of threads.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import vm from 'node:vm';

/** The documented default of `--file-timeout`. */
export const DEFAULT_FILE_TIMEOUT_MS = 10_000;

/** Which file (its index in the run) and which rule a piece of work belongs to. */
export interface Origin {
  file: number;
  rule?: string;
}

/** A failure that escaped a plugin's check after it returned: an uncaught throw, a rejection, a late `process.exit`. */
export interface LateFailure {
  file: number;
  rule?: string;
  detail: string;
}

const origins = new AsyncLocalStorage<Origin>();

/** Thrown by the guarded `process.exit` inside a file's work: the rule stops, the process does not. */
export class ExitCalled extends Error {
  constructor(readonly code: unknown) {
    super(`called process.exit(${code === undefined ? '' : String(code)})`);
  }
}

/** Thrown by `bounded` when the budget is spent. */
export class TimedOut extends Error {
  constructor(readonly limit: number) {
    super(`took longer than ${limit} ms`);
  }
}

// One context and one compiled script for every file: a call costs one watchdog thread, no compile.
let context: vm.Context | undefined;
let script: vm.Script | undefined;

/**
 * Runs `work` synchronously, stopping it after `timeoutMs` (a loop in code defined outside the
 * context is interrupted too; the process lives on). `timeoutMs` 0 means no budget.
 */
export function bounded<T>(work: () => T, timeoutMs: number): T {
  if (!(timeoutMs > 0)) return work();
  context ??= vm.createContext({ work: undefined });
  script ??= new vm.Script('work()');
  context.work = work;
  const origin = origins.getStore();
  try {
    return script.runInContext(context, { timeout: timeoutMs }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      // Termination runs no `finally`: the origin the stopped work had entered would stay in force.
      origins.enterWith(origin as Origin);
      throw new TimedOut(timeoutMs);
    }
    throw error;
  } finally {
    context.work = undefined;
  }
}

/** Runs `work` as belonging to `origin`: callbacks and promises it starts keep that origin. */
export function within<T>(origin: Origin, work: () => T): T {
  return origins.run(origin, work);
}

/** The first line of an error's message, for a one-line finding. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim() || (error instanceof Error ? error.name : 'no message');
}

export interface Guards {
  /** Waits for what plugins started to fail now rather than never (`settleMs`), then removes the guards. */
  release(): Promise<void>;
}

/**
 * While files are linted: `process.exit` inside a file's work throws `ExitCalled` (the rule
 * fails, the process lives on); an uncaught exception or unhandled rejection from work that
 * belongs to a file goes to `late` with that file and rule. One that belongs to no file is
 * handed to `orphan`, which ends the run (exit 2, one line).
 */
export function installGuards(late: (failure: LateFailure) => void, orphan: (error: unknown) => void, settleMs: number): Guards {
  const realExit = process.exit;
  const guardedExit = function exit(code?: unknown): never {
    if (origins.getStore()) throw new ExitCalled(code);
    return realExit.call(process, code as number);
  } as typeof process.exit;
  const onFailure = (error: unknown): void => {
    const origin = origins.getStore();
    if (!origin) {
      orphan(error);
      return;
    }
    late({ file: origin.file, ...(origin.rule ? { rule: origin.rule } : {}), detail: firstLine(error) });
  };
  // The CLI's last-resort handlers (exit 2) step aside while files are linted, and come back after.
  const events = ['uncaughtException', 'unhandledRejection'] as const;
  const previous = events.map((event) => process.listeners(event) as ((...args: unknown[]) => void)[]);
  for (const event of events) process.removeAllListeners(event);
  process.exit = guardedExit;
  for (const event of events) process.on(event, onFailure);
  return {
    async release() {
      if (settleMs > 0) {
        // What a check started with a short delay (a rejected promise, a timer) fails now, inside
        // the run, on one thread as on several; anything later is never seen (the CLI exits).
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setTimeout(resolve, settleMs));
      }
      if (process.exit === guardedExit) process.exit = realExit;
      events.forEach((event, index) => {
        process.off(event, onFailure);
        for (const listener of previous[index]!) process.on(event, listener);
      });
    },
  };
}

/**
 * Runs `setup` (the loading of plugins) with `process.exit` refused: a plugin that calls it while
 * loading fails the run (exit 2, one line) instead of ending it with its own code and no output.
 */
export async function refusingExit<T>(setup: () => Promise<T>): Promise<T> {
  const realExit = process.exit;
  const refused = function exit(code?: unknown): never {
    throw new ExitCalled(code);
  } as typeof process.exit;
  process.exit = refused;
  try {
    return await setup();
  } finally {
    if (process.exit === refused) process.exit = realExit;
  }
}

/** How long the run waits, after the last file, for plugins' late failures (only when plugins are configured). */
export const SETTLE_MS = 50;
