/**
 * One lint run: for each file, read → load → settings → rules → figures → findings, all inside
 * one boundary (src/isolation.ts). A file that cannot be read or parsed gets one `parse`
 * finding; a step or rule that throws, calls `process.exit` or runs past the time budget gets
 * one `internal` finding naming it; either way the run goes on with the other files.
 */
import type { Lang, Proposal } from '../model/model.js';
import type { MessageData, Rule } from '../engine/rule-api.js';
import { DEFAULT_MAX_BYTES, formatOf } from '../model/loaders/index.js';
import { loadProposalSync, wordLoader } from '../interpret/proposal.js';
import type { WordLoader } from '../model/loaders/index.js';
import { coreFinding, stepName, type Step } from '../engine/core-messages.js';
import { runRules, sortFindings, type EnabledRule, type Finding } from '../engine/engine.js';
import type { SettingsResolver } from '../config/config.js';
import { get, textOf } from '../model/access.js';
import { namedOwners } from '../interpret/owners.js';
import type { FileResult } from '../engine/file-result.js';
import { businessCaseFigures } from '../interpret/business-case-figures.js';
import { readProposalFile } from './files.js';
import { forgetTexts } from '../lexicon/phrases.js';
import { bounded, DEFAULT_FILE_TIMEOUT_MS, firstLine, TimedOut, within, type LateFailure } from './isolation.js';

export interface LintInput {
  filePath: string;
  /** The path's bytes, when they are not UTF-8: `filePath` is then only its printable form. */
  pathBytes?: Uint8Array;
  /** Bytes already in hand (stdin); read from disk when absent. */
  bytes?: Uint8Array;
  /** Stdin held more than the size limit: only the limit was read. */
  truncated?: boolean;
}

export interface LintRunOptions {
  rules: readonly Rule[];
  resolver: SettingsResolver;
  /** `--lang`: wins over the config and the proposal's own language. */
  language?: Lang;
  maxBytes?: number;
  /** `--file-timeout`: the budget of one file's work, in milliseconds (0: none). */
  timeoutMs?: number;
  /** The Markdown loader, imported beforehand (see `proseLoaders`); needed for Markdown files. */
  markdown?: MarkdownLoader;
  /** The Word loader, imported beforehand; needed for Word files. */
  word?: WordLoader;
  /** `--stats`: time the file's phases and rules. */
  stats?: boolean;
}

export interface LintOutput {
  result: FileResult;
  /** Something failed inside the file's work (an `internal` finding): the result is not cached. */
  failed?: boolean;
  /** The proposal's own `strategy` field, which the file's settings depend on (for the cache). */
  fileStrategy?: string;
  /** The language the proposal is written in: what its messages are printed in when neither `--lang` nor the config names one. */
  proposalLanguage?: Lang;
}

export type MarkdownLoader = typeof import('../model/loaders/markdown.js');

let markdownModule: Promise<MarkdownLoader> | undefined;
let wordModule: Promise<WordLoader> | undefined;

/**
 * The loaders these files need beyond YAML — the Markdown stack (unified, remark) and the Word
 * reader (fflate, saxes) — each imported once and only when a file of its kind is linted, so a
 * YAML-only run (pre-commit) never pays for them. Call it before `lintFileSync`.
 */
export async function proseLoaders(filePaths: readonly string[]): Promise<Pick<LintRunOptions, 'markdown' | 'word'>> {
  const formats = new Set(filePaths.map((filePath) => formatOf(filePath)));
  if (formats.has('markdown')) markdownModule ??= import('../model/loaders/markdown.js');
  if (formats.has('docx')) wordModule ??= import('../model/loaders/docx.js').then(wordLoader);
  const markdown = formats.has('markdown') ? await markdownModule : undefined;
  const word = formats.has('docx') ? await wordModule : undefined;
  return { ...(markdown ? { markdown } : {}), ...(word ? { word } : {}) };
}

/** `lintFileSync` with the loader the file needs imported first. */
export async function lintFile(input: LintInput, options: LintRunOptions, index = 0): Promise<LintOutput> {
  return lintFileSync(input, { ...(await proseLoaders([input.filePath])), ...options }, index);
}

/**
 * One file's whole work in one synchronous call under the time budget. `index` is the file's
 * place in the run: a plugin's late failure is attributed to it (see `withLateFailures`).
 */
export function lintFileSync(input: LintInput, options: LintRunOptions, index = 0): LintOutput {
  const state: LintState = { step: 'reading' };
  try {
    return bounded(() => lintGuarded(input, options, state, index), options.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS);
  } catch (error) {
    return failedOutput(error, input, options, state);
  }
}

/**
 * Starting the time budget's watchdog costs a thread per call (about half a millisecond, a
 * tenth of a small file's work), so files linted in a row share one: a watchdog set to the
 * budget plus SHARE_MS takes every file begun within SHARE_MS of its start. Each file still has
 * its whole budget, and is stopped at most SHARE_MS (or a tenth of the budget) after it.
 */
const SHARE_MS = 100;

/**
 * `lintFileSync` for each of the files in order (indexes from 0), handing each output to
 * `place` as it is done, outside the time budget.
 */
export function lintFilesSync(inputs: readonly LintInput[], options: LintRunOptions, place: (index: number, output: LintOutput) => void): void {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const share = timeoutMs > 0 ? Math.min(SHARE_MS, timeoutMs / 10) : Number.POSITIVE_INFINITY;
  let next = 0;
  while (next < inputs.length) {
    const first = next;
    const done: LintOutput[] = [];
    let state: LintState = { step: 'reading' };
    /** The file under way, -1 between files. */
    let current = -1;
    try {
      bounded(
        () => {
          const start = performance.now();
          do {
            current = first + done.length;
            state = { step: 'reading' };
            done.push(lintGuarded(inputs[current]!, options, state, current));
            current = -1;
          } while (first + done.length < inputs.length && performance.now() - start < share);
        },
        timeoutMs > 0 ? timeoutMs + share : 0,
      );
    } catch (error) {
      if (!(error instanceof TimedOut)) throw error;
      // Stopped inside a file's work (its output not yet kept): that file gets the finding, with the budget it was given.
      if (current >= 0 && done.length === current - first) done.push(failedOutput(new TimedOut(timeoutMs), inputs[current]!, options, state));
    }
    next = first + done.length;
    for (const [offset, output] of done.entries()) place(first + offset, output);
  }
}

/** A file's work, a failure in it (not the time budget, which stops everything) being the file's finding. */
function lintGuarded(input: LintInput, options: LintRunOptions, state: LintState, index: number): LintOutput {
  try {
    return within({ file: index }, () => lintWithin(input, options, state, index));
  } catch (error) {
    return failedOutput(error, input, options, state);
  }
}

/** The output of a file whose work stopped with `error`: an `internal` finding naming the step. */
function failedOutput(error: unknown, input: LintInput, options: LintRunOptions, state: LintState): LintOutput {
  const language = state.language ?? options.language ?? safeLanguage(options, input.filePath);
  const finding =
    error instanceof TimedOut
      ? internalFinding(language, 'timeout', { limit: error.limit, step: stepName(state.step) })
      : internalFinding(language, 'stepFailed', { step: stepName(state.step), detail: firstLine(error) });
  // Stopped after the rules (in the figures, say): their findings stand.
  if (state.ruled) return withFindings(state.ruled, [finding]);
  return { result: summarise(input.filePath, [finding], language, [], []), failed: true };
}

interface LintState {
  /** The step under way, for a finding when the file's work stops there. */
  step: Step;
  language?: Lang;
  /** The file's output once its rules have run. */
  ruled?: LintOutput;
}

function lintWithin(input: LintInput, options: LintRunOptions, state: LintState, index: number): LintOutput {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes = input.bytes;
  const parseFinding = (messageId: string, data?: Record<string, string | number>): LintOutput => {
    const language = options.language ?? options.resolver.forFile(input.filePath, undefined).language ?? 'en';
    const finding: Finding = { ...coreFinding(language, 'parse', messageId, data, START), fatal: true };
    return { result: summarise(input.filePath, [finding], language, [], []) };
  };
  if (input.truncated) return parseFinding('tooLarge', { size: `${maxBytes}+`, limit: maxBytes });
  if (!bytes) {
    const read = readProposalFile(input.pathBytes ? Buffer.from(input.pathBytes) : input.filePath, maxBytes);
    if ('problem' in read) {
      if (read.problem === 'notRegular') return parseFinding('notRegular');
      if (read.problem === 'tooLarge') return parseFinding('tooLarge', { size: read.size, limit: maxBytes });
      return parseFinding('unreadable', { detail: read.code });
    }
    bytes = read.bytes;
  }
  state.step = 'loading';
  // What the phrase matcher kept about the file before is of no use for this one.
  forgetTexts();
  const { proposal, problems } = loadProposalSync(input.filePath, bytes, maxBytes, options.markdown, options.word);
  const loaded = performance.now();
  const ruleTimes: Record<string, { total: number }> = {};
  state.step = 'settings';
  const strategyField = proposal ? textOf(proposal.root.entries.get('strategy')) : '';
  const settings = options.resolver.forFile(input.filePath, strategyField || undefined);
  const language = options.language ?? settings.language ?? proposal?.language ?? 'en';
  state.language = language;
  const parseFindings: Finding[] = problems
    .filter((problem) => problem.ruleId === 'parse')
    .map((problem) => ({ ...coreFinding(language, 'parse', problem.messageId, problem.data, problem.range), fatal: !proposal }));
  if (!proposal) return { result: summarise(input.filePath, parseFindings, language, [], []) };
  const enabled: EnabledRule[] = [];
  for (const rule of options.rules) {
    const setting = settings.rules.get(rule.meta.id);
    if (setting && setting.severity > 0) enabled.push({ rule, severity: setting.severity as 1 | 2, options: setting.options });
  }
  const known = new Set(options.rules.map((rule) => rule.meta.id));
  const outcome = runRules(proposal, enabled, settings.strategies, language, known, (ruleId, check) => {
    state.step = { rule: ruleId };
    if (!options.stats) return within({ file: index, rule: ruleId }, check);
    const start = performance.now();
    try {
      within({ file: index, rule: ruleId }, check);
    } finally {
      ruleTimes[ruleId] = { total: (ruleTimes[ruleId]?.total ?? 0) + performance.now() - start };
    }
  });
  const internal: Finding[] = outcome.crashes.map((crash) => internalFinding(language, 'ruleFailed', { rule: crash.ruleId, detail: oneLine(crash.detail) }));
  const rulesChecked = enabled.map((entry) => entry.rule.meta.id).sort();
  state.ruled = {
    result: summarise(input.filePath, sortFindings([...parseFindings, ...outcome.findings, ...internal]), language, [...settings.strategies], rulesChecked),
    ...(strategyField ? { fileStrategy: strategyField } : {}),
  };
  // The figures and the identity are the file's too: a failure there is a finding, the rules' findings stay.
  const step = <T>(name: Step, work: () => T): T | undefined => {
    state.step = name;
    try {
      return work();
    } catch (error) {
      if (error instanceof TimedOut) throw error;
      internal.push(internalFinding(language, 'stepFailed', { step: stepName(name), detail: firstLine(error) }));
      return undefined;
    }
  };
  const interpreting = performance.now();
  const figures = step('figures', () => businessCaseFigures(proposal, undefined, settings.strategies));
  const { title, owner } = step('identity', () => identity(proposal)) ?? {};
  const interpreted = performance.now();
  const findings = sortFindings([...parseFindings, ...outcome.findings, ...internal]);
  state.step = 'summary';
  const stats = options.stats
    ? {
        times: {
          passes: [
            {
              load: { total: loaded - started },
              interpret: { total: interpreted - interpreting },
              rules: ruleTimes,
              total: performance.now() - started,
            },
          ],
        },
        fixPasses: 0,
      }
    : undefined;
  return {
    result: {
      ...summarise(input.filePath, findings, language, [...settings.strategies], rulesChecked),
      ...(figures ? { businessCase: figures } : {}),
      ...(title ? { title } : {}),
      ...(owner ? { owner } : {}),
      ...(proposal.outline ? { outline: proposal.outline } : {}),
      ...(stats ? { stats } : {}),
    },
    ...(internal.length ? { failed: true } : {}),
    ...(strategyField ? { fileStrategy: strategyField } : {}),
    proposalLanguage: proposal.language,
  };
}

/** A located `internal` finding: at 1:1, an error, never covered by a disable. */
export function internalFinding(language: Lang, messageId: string, data: MessageData): Finding {
  return coreFinding(language, 'internal', messageId, data, START);
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The output with a plugin's late failures added as `internal` findings (first line only, in the order they happened). */
export function withLateFailures(output: LintOutput, failures: readonly LateFailure[]): LintOutput {
  if (!failures.length) return output;
  const { language } = output.result;
  return withFindings(
    output,
    failures.map((failure) =>
      failure.rule
        ? internalFinding(language, 'ruleFailedLate', { rule: failure.rule, detail: failure.detail })
        : internalFinding(language, 'stepFailed', { step: stepName('linting'), detail: failure.detail }),
    ),
  );
}

/** The output with `internal` findings added (and counted); it is not cached. */
function withFindings(output: LintOutput, added: Finding[]): LintOutput {
  const { result } = output;
  const findings = sortFindings([...result.findings, ...result.suppressed, ...added]);
  return { ...output, result: { ...result, ...summarise(result.filePath, findings, result.language, result.strategies, result.rulesChecked) }, failed: true };
}

function oneLine(detail: string): string {
  return detail.split('\n')[0]!.trim() || 'no message';
}

function safeLanguage(options: LintRunOptions, filePath: string): Lang {
  try {
    return options.resolver.forFile(filePath, undefined).language ?? 'en';
  } catch {
    return 'en';
  }
}

/** The title and owner as written, one line each; absent when not given. */
function identity(proposal: Proposal): { title: string; owner: string } {
  const line = (text: string): string => text.replace(/\s+/g, ' ').trim();
  // The owners as the single-owner rule reads them (src/interpret/owners.ts); a role where no one is named.
  const owner = get(proposal, 'owner');
  const named = namedOwners(owner).map(line).join(', ');
  return { title: line(textOf(get(proposal, 'title'))), owner: named || (owner?.kind === 'map' ? line(textOf(get(owner, 'role'))) : '') };
}

function summarise(filePath: string, all: Finding[], language: Lang, strategies: string[], rulesChecked: string[]): FileResult {
  const findings = all.filter((finding) => !finding.suppression);
  const suppressed = all.filter((finding) => finding.suppression);
  return {
    filePath,
    findings,
    suppressed,
    errorCount: findings.filter((finding) => finding.severity === 2).length,
    warningCount: findings.filter((finding) => finding.severity === 1).length,
    fatalErrorCount: findings.filter((finding) => finding.fatal).length,
    language,
    strategies: strategies.sort(),
    rulesChecked,
  };
}
