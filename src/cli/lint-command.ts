/** `itstrat lint`: config → files → lint each → format → exit code. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkOutputs, reason, writeAtomically, type PlannedOutput } from './output-paths.js';
import type { LintSettings } from './cli.js';
import { UsageError } from '../engine/errors.js';
import { findProposalFiles, readProposalFile } from './files.js';
import { internalFinding, lintFilesSync, proseLoaders, withLateFailures, type LintInput, type LintOutput, type LintRunOptions } from './lint-file.js';
import type { FileResult } from '../engine/file-result.js';
import type { Rule, RuleMeta } from '../engine/rule-api.js';
import type { Lang } from '../model/model.js';
import type { FormatContext, Formatter } from '../formatters/types.js';
import { FORMATTERS } from './formatters-index.js';
import { localised, type Finding } from '../engine/engine.js';
import { moduleUrl } from '../engine/registry.js';
import type { SettingsResolver } from '../config/config.js';
import { prepareRun } from './prepare-run.js';
import { lintInWorkers, OrphanFailure, threadCount, workerScript, type Workload } from './worker-pool.js';
import { DEFAULT_MAX_BYTES } from '../model/loaders/index.js';
import { DEFAULT_FILE_TIMEOUT_MS, firstLine, installGuards, refusingExit, SETTLE_MS, type LateFailure } from './isolation.js';

/** What decides which files are linted, and how: the part of the settings `lint` and `report` share. */
export interface LintPathsSettings {
  config?: string;
  strategy: string[];
  rule: string[];
  /** `--lang`: the language of the messages. */
  lang?: Lang;
  stdin?: boolean;
  stdinFilename?: string;
  ignore: boolean;
  ignorePattern: string[];
  concurrency: number | 'auto';
  cache?: boolean;
  cacheLocation?: string;
  /** `--file-timeout`: the budget of one file's work in milliseconds (0: none). */
  fileTimeout?: number;
  /** Texts to lint as these files, instead of reading files or stdin (the library API's `lint`). */
  inputs?: LintInput[];
  /** `--no-plugins` gives false: the config's plugins are not loaded (SECURITY.md). */
  plugins?: boolean;
  /** `--stats`: time each file's phases and rules. */
  stats?: boolean;
  /** `--scoped`: the config's `files` scope applies to files named on the command line too. */
  scoped?: boolean;
  /** `--max-bytes`: a larger file is not read but reported (a `parse` finding); default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /**
   * Each file's result, in file order, as soon as it and the files before it are done; the run
   * then keeps only each file's counts (LintedPaths.results has no findings), so its memory does
   * not grow with the number of files.
   */
  onResult?: (result: FileResult, run: ResultRun) => void;
}

/** What a result handed to `onResult` is read with. */
export interface ResultRun {
  rules: readonly Rule[];
  source: (filePath: string) => string | undefined;
}

export interface LintedPaths {
  /** One result per file, in the order the files were found (sorted paths). */
  results: FileResult[];
  /** Every rule the run knows, built-in and plugin. */
  rules: Rule[];
  /** The settings of each file (config, overrides, flags). */
  resolver: SettingsResolver;
  /** The text a file was linted as (for ESLint's `source`): the bytes given, else read again. */
  source: (filePath: string) => string | undefined;
  /** How a file was linted, to lint it again (`--fix`). */
  options: LintRunOptions;
  /** `--stdin`: the text read. */
  stdinText?: string;
}

/**
 * Config → files → lint each (from the cache, in-process or on worker threads): the results of
 * a run, before any baseline, filtering or formatting. A failure of the run (bad config, a path
 * that does not exist) throws a UsageError.
 */
export async function lintPaths(paths: string[], settings: LintPathsSettings, cwd: string = process.cwd()): Promise<LintedPaths> {
  const setup = {
    cwd,
    strategy: settings.strategy,
    rule: settings.rule,
    ...(settings.config ? { config: settings.config } : {}),
    ...(settings.plugins === false ? { plugins: false } : {}),
  };
  const { config, rules, resolver } = await refusingExit(() => prepareRun(setup));
  // Once, here: workers build their own resolver and stay quiet.
  const skipped = resolver.skippedRulesWarning();
  if (skipped) process.stderr.write(skipped);
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_BYTES;

  const inputs: LintInput[] = settings.inputs
    ? settings.inputs
    : settings.stdin
      ? [{ filePath: resolve(cwd, settings.stdinFilename ?? 'stdin.yaml'), ...(await readStdin(maxBytes)) }]
      : await findProposalFiles({
          patterns: paths,
          cwd,
          ignoreRoot: config.dir,
          ignorePatterns: settings.ignore ? [...config.ignore, ...settings.ignorePattern] : settings.ignorePattern,
          useIgnoreFiles: settings.ignore,
          inScope: (filePath) => resolver.inScope(filePath),
          ...(settings.scoped ? { scopeNamed: true } : {}),
        });

  const timeoutMs = settings.fileTimeout ?? DEFAULT_FILE_TIMEOUT_MS;
  const lintOptions: LintRunOptions = {
    rules,
    resolver,
    timeoutMs,
    maxBytes,
    ...(settings.lang ? { language: settings.lang } : {}),
    ...(settings.stats ? { stats: true } : {}),
  };
  const cache =
    settings.cache && !settings.stdin && !settings.inputs
      ? await openCache(settings.cacheLocation, cwd, { rules, plugins: config.plugins, configDir: config.dir })
      : undefined;

  const metaById = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
  // Results the cache still holds; the rest is linted, in-process or on worker threads.
  const slots: (FileResult | undefined)[] = new Array(inputs.length);
  const pending: { index: number; input: LintInput; fileHash?: string }[] = [];
  inputs.forEach((input, index) => {
    if (!cache) {
      pending.push({ index, input });
      return;
    }
    // Read as lintFile reads: regular files only, capped at the limit; anything else is linted (and reported) uncached.
    const read = readProposalFile(input.pathBytes ? Buffer.from(input.pathBytes) : input.filePath, maxBytes);
    if (!('bytes' in read)) {
      pending.push({ index, input });
      return;
    }
    const { bytes } = read;
    const fileHash = cache.contentHash(bytes);
    const hit = cache.store.lookup(
      input.filePath,
      fileHash,
      (strategy) => resolver.forFile(input.filePath, strategy),
      (result, fileSettings, proposalLanguage) => {
        // As lintFile chooses: --lang, else the config's language, else the proposal's own.
        const language = settings.lang ?? fileSettings.language ?? proposalLanguage ?? 'en';
        const print = (finding: Finding): Finding => localised(finding, language, metaById);
        return { ...result, language, findings: result.findings.map(print), suppressed: result.suppressed.map(print) };
      },
    );
    if (hit) slots[index] = hit;
    else pending.push({ index, input: { filePath: input.filePath, bytes }, fileHash });
  });

  const source = sourceOf(inputs);
  const { onResult } = settings;
  let handedOver = 0;
  /** The results known without a gap from the first file on go to `onResult`; their slots keep only the counts. */
  const handOver = (): void => {
    if (!onResult) return;
    for (let result = slots[handedOver]; result !== undefined; result = slots[handedOver]) {
      onResult(result, { rules, source });
      slots[handedOver++] = countsOf(result);
    }
  };
  handOver();
  const place = (position: number, output: LintOutput): void => {
    const entry = pending[position]!;
    const { result, failed, fileStrategy, proposalLanguage } = output;
    slots[entry.index] = result;
    if (cache) {
      if (entry.fileHash === undefined || failed) {
        cache.store.miss(entry.input.filePath);
      } else {
        cache.store.linted++;
        cache.store.store(result, entry.fileHash, fileStrategy, resolver.forFile(entry.input.filePath, fileStrategy || undefined), proposalLanguage);
      }
    }
    handOver();
  };
  // Without plugins no failure can come after a file is done: each result is placed (and handed over) at once.
  const placeAtOnce = onResult && config.plugins.length === 0 ? place : undefined;
  const outputs = await lintPending(
    pending.map((entry) => entry.input),
    {
      options: lintOptions,
      threads: threadCount(
        settings.concurrency,
        workload(
          pending.map((entry) => entry.input),
          settings.concurrency,
        ),
      ),
      init: { ...setup, timeoutMs, maxBytes, ...(settings.lang ? { lang: settings.lang } : {}), ...(settings.stats ? { stats: true } : {}) },
      plugins: config.plugins.length > 0,
    },
    placeAtOnce,
  );
  if (outputs !== 'placed') for (const [position, output] of outputs.entries()) place(position, output);
  if (cache) {
    try {
      cache.store.save();
    } catch (error) {
      process.stderr.write(`itstrat: warning: cannot write the cache ${cache.store.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    }
    if (process.env.ITSTRAT_DEBUG_CACHE) process.stderr.write(`cache: ${cache.store.linted} linted, ${cache.store.reused} reused\n`);
  }
  const stdin = settings.stdin ? inputs[0] : undefined;
  return {
    results: slots as FileResult[],
    rules,
    resolver,
    source,
    options: lintOptions,
    ...(stdin?.bytes && !stdin.truncated ? { stdinText: Buffer.from(stdin.bytes).toString('utf8') } : {}),
  };
}

/** A result handed over to `onResult`: what the run still needs of it (counts, path, language). */
function countsOf(result: FileResult): FileResult {
  const { filePath, errorCount, warningCount, fatalErrorCount, language, strategies, rulesChecked } = result;
  return { filePath, findings: [], suppressed: [], errorCount, warningCount, fatalErrorCount, language, strategies, rulesChecked };
}

/** A file's text as it was linted: the bytes in hand (stdin, the API), else the file read again. */
function sourceOf(inputs: readonly LintInput[]): (filePath: string) => string | undefined {
  const byPath = new Map(inputs.map((input) => [input.filePath, input]));
  return (filePath) => {
    const input = byPath.get(filePath);
    if (!input || input.truncated) return undefined;
    const read = input.bytes ? { bytes: input.bytes } : readProposalFile(input.pathBytes ? Buffer.from(input.pathBytes) : filePath, DEFAULT_MAX_BYTES);
    return 'bytes' in read ? new TextDecoder().decode(read.bytes) : undefined;
  };
}

/**
 * Lints the files the cache did not answer: on the main thread or on workers, each file in one
 * boundary (src/isolation.ts), with the same outputs either way — failures included. Late
 * failures of plugins are added to the file whose check started them; a failure that belongs to
 * no file ends the run (exit 2, one line).
 */
async function lintPending(
  inputs: LintInput[],
  run: { options: LintRunOptions; threads: number; init: import('./worker.js').WorkerInit; plugins: boolean },
  placeAtOnce?: (position: number, output: LintOutput) => void,
): Promise<LintOutput[] | 'placed'> {
  const script = run.threads > 1 ? workerScript() : undefined;
  const lost = (input: LintInput, detail: string): LintOutput => {
    const language = run.options.language ?? run.options.resolver.forFile(input.filePath, undefined).language ?? 'en';
    const finding = internalFinding(language, 'workerLost', { detail });
    return {
      result: {
        filePath: input.filePath,
        findings: [finding],
        suppressed: [],
        errorCount: 1,
        warningCount: 0,
        fatalErrorCount: 0,
        language,
        strategies: [],
        rulesChecked: [],
      },
      failed: true,
    };
  };
  let outputs: LintOutput[];
  let late: LateFailure[];
  if (script) {
    try {
      ({ outputs, late } = await lintInWorkers(inputs, run.init, run.threads, script, lost));
    } catch (error) {
      if (error instanceof OrphanFailure) throw new UsageError(orphanLine(error.message));
      throw error;
    }
  } else {
    late = [];
    const guards = installGuards(
      (failure) => late.push(failure),
      (error) => {
        process.stderr.write(`itstrat: ${orphanLine(firstLine(error))}\n`);
        process.exit(2);
      },
      run.plugins ? SETTLE_MS : 0,
    );
    try {
      const options = { ...run.options, ...(await proseLoaders(inputs.map((input) => input.filePath))) };
      if (placeAtOnce) {
        // Each output goes to the caller as its file is done, and is not kept here.
        lintFilesSync(inputs, options, placeAtOnce);
        return 'placed';
      }
      const done: LintOutput[] = [];
      lintFilesSync(inputs, options, (index, output) => {
        done[index] = output;
      });
      outputs = done;
    } finally {
      await guards.release();
    }
  }
  return outputs.map((output, index) =>
    withLateFailures(
      output,
      late.filter((failure) => failure.file === index),
    ),
  );
}

/** The files' count and bytes, which `--concurrency auto` decides by (sizes are looked up only then). */
function workload(inputs: readonly LintInput[], concurrency: number | 'auto'): Workload {
  if (concurrency !== 'auto') return { files: inputs.length, bytes: 0 };
  let bytes = 0;
  for (const input of inputs) {
    if (input.bytes) bytes += input.bytes.length;
    else bytes += statSync(input.pathBytes ? Buffer.from(input.pathBytes) : input.filePath, { throwIfNoEntry: false })?.size ?? 0;
  }
  return { files: inputs.length, bytes };
}

function orphanLine(detail: string): string {
  return `uncaught error outside any file's work: ${detail}`;
}

export async function runLint(paths: string[], settings: LintSettings): Promise<number> {
  const cwd = process.cwd();
  if (settings.printConfig !== undefined) {
    const { printConfig } = await import('./print-config.js');
    const setup = { cwd, strategy: settings.strategy, rule: settings.rule, ...(settings.config ? { config: settings.config } : {}) };
    process.stdout.write(await printConfig(settings.printConfig, setup, settings.lang));
    return 0;
  }
  await checkOutputPaths(settings, cwd);
  // Loaded before any file is linted: a formatter that cannot be loaded fails the run at once.
  const formatters = await Promise.all(settings.outputs.map((output) => loadFormatter(output.format, cwd)));
  const stream = streamable(settings) ? await jsonStream() : undefined;
  const linted = await lintPaths(paths, stream ? { ...settings, onResult: stream.write } : settings, cwd);
  if (stream) {
    stream.end();
    const unmatched = linted.resolver.unmatchedOverridesWarning(linted.results.map((result) => result.filePath));
    if (unmatched) process.stderr.write(unmatched);
    return exitCode(linted.results, settings);
  }
  const { rules } = linted;
  let results = linted.results;
  if (settings.fix || settings.fixDryRun) {
    const { fixResults } = await import('./fix.js');
    const fixed = await fixResults(results, linted.options, {
      write: settings.fix === true,
      cwd,
      ...(settings.quiet ? { quiet: true } : {}),
      ...(linted.stdinText !== undefined ? { stdinText: linted.stdinText } : {}),
    });
    results = fixed.results;
    // The diff first, the report of what remains after it.
    if (settings.fixDryRun && fixed.diff) process.stdout.write(fixed.diff);
  }
  const unmatched = linted.resolver.unmatchedOverridesWarning(results.map((result) => result.filePath));
  if (unmatched) process.stderr.write(unmatched);

  if (settings.baselineWrite || settings.baseline) {
    const baseline = await import('./baseline.js');
    const file = (settings.baselineWrite ?? settings.baseline)!;
    const path = resolve(cwd, file);
    if (settings.baselineWrite) {
      const written = baseline.writeBaseline(path, file, results, cwd);
      process.stderr.write(
        `itstrat: baseline ${file} written: ${written.findings} ${written.findings === 1 ? 'finding' : 'findings'} in ${written.files} ${written.files === 1 ? 'file' : 'files'}\n`,
      );
    }
    results = baseline.applyBaseline(results, baseline.readBaseline(path, file), file, cwd);
  }
  // --quiet hides warnings but, as in ESLint, --max-warnings still counts them.
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (settings.quiet) results = results.map(errorsOnly);

  const context = {
    cwd,
    rules: new Map<string, RuleMeta>(rules.map((rule) => [rule.meta.id, rule.meta])),
    source: linted.source,
  };
  let formatMs = 0;
  for (const [index, { format, file }] of settings.outputs.entries()) {
    const color = file ? (settings.color ?? false) : (settings.color ?? colourByDefault());
    const started = performance.now();
    let output = await runFormatter(format, formatters[index]!, results, {
      ...context,
      color,
      hyperlinks: !file && color && process.stdout.isTTY === true && supportsHyperlinks(),
    });
    formatMs += performance.now() - started;
    if (settings.stats && format === 'stylish') {
      const { statsTable } = await import('./stats.js');
      output += statsTable(results, formatMs);
    }
    if (file) {
      try {
        writeAtomically(resolve(cwd, file), output);
      } catch (error) {
        throw new UsageError(`cannot write ${file}: ${reason(error)}`);
      }
    } else if (output) {
      process.stdout.write(output);
    }
  }

  if (settings.annotateDir) (await import('./annotate-write.js')).annotateInto(settings.annotateDir, results, cwd);

  return exitCode(results, settings, warnings);
}

/** 1 when a file has an error (a failed rule or step is an `internal` error too) or the warnings pass --max-warnings; else 0. */
function exitCode(results: readonly FileResult[], settings: LintSettings, warnings = results.reduce((sum, result) => sum + result.warningCount, 0)): number {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  if (errors > 0) return 1;
  if (settings.maxWarnings !== undefined && settings.maxWarnings >= 0 && warnings > settings.maxWarnings) {
    process.stderr.write(`itstrat: ${warnings} warnings, more than --max-warnings ${settings.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * `--format json` to standard output and nothing that needs every result at once (a fix, a
 * baseline, --quiet, --stats, annotations): the report is written file by file as the files are
 * done, the same bytes as the formatter's, and each file's findings are dropped once written.
 */
function streamable(settings: LintSettings): boolean {
  const [output, ...others] = settings.outputs;
  return (
    output?.format === 'json' &&
    !output.file &&
    !others.length &&
    !settings.fix &&
    !settings.fixDryRun &&
    !settings.baseline &&
    !settings.baselineWrite &&
    !settings.quiet &&
    !settings.stats &&
    !settings.annotateDir
  );
}

/** The json formatter's array, one element written per result: `JSON.stringify` of the whole array gives the same bytes. */
async function jsonStream(): Promise<{ write: (result: FileResult, run: ResultRun) => void; end: () => void }> {
  const { jsonResults } = await import('../formatters/json.js');
  let written = 0;
  let rules: ReadonlyMap<string, RuleMeta> | undefined;
  return {
    write(result, run) {
      rules ??= new Map(run.rules.map((rule) => [rule.meta.id, rule.meta]));
      const [element] = jsonResults([result], { rules, source: run.source });
      process.stdout.write(`${written++ ? ',' : '['}${JSON.stringify(element)}`);
    },
    end() {
      process.stdout.write(written ? ']\n' : '[]\n');
    },
  };
}

/**
 * Every file the run will write — reports, the cache, the baseline — checked before any file
 * is linted: writable (exit 2, one line naming the path and the reason), and no two of them, nor
 * one of them and the `--baseline` read, the same real file (symbolic links resolved).
 */
async function checkOutputPaths(settings: LintSettings, cwd: string): Promise<void> {
  const planned: PlannedOutput[] = settings.outputs
    .filter((output) => output.file)
    .map((output) => ({ what: `the ${output.format} report`, display: output.file!, path: resolve(cwd, output.file!) }));
  if (settings.cache && !settings.stdin) {
    const { cacheFilePath } = await import('./cache.js');
    const display = settings.cacheLocation ?? '.itstratcache';
    planned.push({ what: 'the cache', display, path: cacheFilePath(settings.cacheLocation, cwd) });
  }
  if (settings.baselineWrite) planned.push({ what: 'the baseline', display: settings.baselineWrite, path: resolve(cwd, settings.baselineWrite) });
  else if (settings.baseline) planned.push({ what: 'the baseline', display: settings.baseline, path: resolve(cwd, settings.baseline), readOnly: true });
  checkOutputs(planned);
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, findings: result.findings.filter((finding) => finding.severity === 2), warningCount: 0 };
}

async function openCache(location: string | undefined, cwd: string, parts: import('./cache.js').RunKeyParts) {
  const { LintCache, cacheFilePath, contentHash, runKey } = await import('./cache.js');
  return { store: LintCache.open(cacheFilePath(location, cwd), runKey(parts)), contentHash };
}

/**
 * A built-in formatter is found by being in src/formatters/, and imported only when asked for;
 * any other name is the user's module (a path, or an itstrat-formatter-… package) whose default
 * export (or `formatter`) has the built-ins' interface.
 */
export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  const load = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (load) return load();
  const url = moduleUrl(name, cwd, 'formatter');
  let module: { default?: unknown; formatter?: unknown };
  try {
    module = (await import(url)) as typeof module;
  } catch (error) {
    throw new UsageError(`cannot load formatter "${name}": ${firstLine(error)}`);
  }
  const formatter = typeof module.default === 'function' ? module.default : module.formatter;
  if (typeof formatter !== 'function')
    throw new UsageError(`formatter "${name}" exports no function (expected \`export default (results, context) => string\`)`);
  return formatter as Formatter;
}

/** A formatter's output: a string (a user's formatter may return a promise of one); its failure is the run's, in one line. */
async function runFormatter(name: string, formatter: Formatter, results: FileResult[], context: FormatContext): Promise<string> {
  let output: unknown;
  try {
    output = await formatter(results, context);
  } catch (error) {
    throw new UsageError(`formatter "${name}" failed: ${firstLine(error)}`);
  }
  if (typeof output !== 'string') throw new UsageError(`formatter "${name}" returned ${output === null ? 'null' : typeof output}, not a string`);
  return output;
}

function colourByDefault(): boolean {
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

function supportsHyperlinks(): boolean {
  const env = process.env;
  if (env.FORCE_HYPERLINK) return env.FORCE_HYPERLINK !== '0';
  return Boolean(env.WT_SESSION || env.VTE_VERSION || ['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(env.TERM_PROGRAM ?? ''));
}

/**
 * Standard input, up to the limit and one byte more: beyond that (`< /dev/zero`) reading stops
 * and the input is reported as too large.
 */
async function readStdin(limit: number): Promise<{ bytes: Uint8Array; truncated?: true }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > limit) {
      process.stdin.destroy();
      return { bytes: new Uint8Array(0), truncated: true };
    }
  }
  return { bytes: Buffer.concat(chunks) };
}
