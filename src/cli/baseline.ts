/**
 * Baselines: adopt itstrat on a portfolio that already has findings and fail only on new ones.
 * `--baseline-write <file>` records today's findings per file (path relative to the working
 * directory), rule and message, with a count, as ESLint's bulk suppressions do. Positions are
 * not recorded and numbers in messages are ignored when matching, so a finding keeps matching
 * when lines move. `--baseline <file>` then reports only findings beyond the recorded counts;
 * the accepted ones stay in the outputs as suppressed (SARIF: kind "external").
 * Rewriting the baseline drops what was fixed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reason, writeAtomically } from './output-paths.js';
import type { FileResult } from '../engine/file-result.js';
import type { Finding } from '../engine/engine.js';
import type { MessageData } from '../engine/rule-api.js';
import { isMessageData, neutralData } from '../engine/render.js';
import { UsageError } from '../engine/errors.js';
import { displayPath } from '../formatters/common.js';

export interface BaselineEntry {
  rule: string;
  /** What the finding says, language-neutral: the entry matches under every `--lang`. */
  messageId?: string;
  data?: MessageData;
  /** The message as it was printed, for the reader; matched only by entries without a messageId (older baselines). */
  message: string;
  count: number;
}

export interface Baseline {
  itstratBaseline: 1;
  files: Record<string, BaselineEntry[]>;
}

/**
 * What identifies a finding in a baseline: rule, messageId and data, numbers (line references)
 * aside — never the rendered text, so a baseline holds across `--lang`.
 */
export function baselineKey(ruleId: string, messageId: string, data: MessageData | undefined): string {
  return `${ruleId}\u0000${messageId}\u0000${withoutNumbers(neutralData(data))}`;
}

/** The key of an entry written before findings carried their messageId: the rendered message. */
function legacyKey(ruleId: string, message: string): string {
  return `${ruleId}\u0000\u0000${withoutNumbers(message)}`;
}

function withoutNumbers(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function entryKey(entry: BaselineEntry): string {
  return entry.messageId === undefined ? legacyKey(entry.rule, entry.message) : baselineKey(entry.rule, entry.messageId, entry.data);
}

export function readBaseline(path: string, displayName: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read baseline ${displayName}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    // A BOM (editors on Windows write one) is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`invalid baseline ${displayName}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isBaseline(data)) throw new UsageError(`invalid baseline ${displayName}: expected {"itstratBaseline": 1, "files": {path: [{rule, message, count}]}}`);
  return data;
}

function isBaseline(data: unknown): data is Baseline {
  if (!data || typeof data !== 'object') return false;
  const candidate = data as Partial<Baseline>;
  if (candidate.itstratBaseline !== 1 || !candidate.files || typeof candidate.files !== 'object' || Array.isArray(candidate.files)) return false;
  return Object.values(candidate.files).every(
    (entries) =>
      Array.isArray(entries) &&
      entries.every(
        (entry: Partial<BaselineEntry>) =>
          typeof entry?.rule === 'string' &&
          typeof entry.message === 'string' &&
          (entry.messageId === undefined || typeof entry.messageId === 'string') &&
          (entry.data === undefined || isMessageData(entry.data)) &&
          Number.isInteger(entry.count) &&
          entry.count! > 0,
      ),
  );
}

/** Entries of one file's findings, sorted. */
function entriesOf(findings: readonly Finding[]): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const key = baselineKey(finding.ruleId, finding.messageId, finding.data);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else
      byKey.set(key, {
        rule: finding.ruleId,
        messageId: finding.messageId,
        ...(finding.data ? { data: finding.data } : {}),
        message: finding.message,
        count: 1,
      });
  }
  return [...byKey.entries()].sort(([a], [b]) => compare(a, b)).map(([, entry]) => entry);
}

/**
 * Write the baseline of these results. Entries of files this run did not lint are kept while
 * the file exists (a run on some files does not forget the others); the linted files' entries
 * are replaced, so fixed findings drop out.
 */
export function writeBaseline(path: string, displayName: string, results: readonly FileResult[], cwd: string): { findings: number; files: number } {
  const files = Object.create(null) as Record<string, BaselineEntry[]>;
  if (existsSync(path)) {
    try {
      const previous = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown;
      if (isBaseline(previous)) {
        for (const [file, entries] of Object.entries(previous.files)) if (existsSync(resolve(cwd, file))) files[file] = entries;
      }
    } catch {
      // An unreadable old baseline is replaced.
    }
  }
  for (const result of results) {
    const file = displayPath(cwd, result.filePath);
    const entries = entriesOf(result.findings);
    if (entries.length) files[file] = entries;
    else delete files[file];
  }
  const sorted = Object.create(null) as Record<string, BaselineEntry[]>;
  for (const file of Object.keys(files).sort(compare)) sorted[file] = files[file]!;
  const baseline: Baseline = { itstratBaseline: 1, files: sorted };
  try {
    writeAtomically(path, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write baseline ${displayName}: ${reason(error)}`);
  }
  const counts = Object.values(sorted)
    .flat()
    .reduce((sum, entry) => sum + entry.count, 0);
  return { findings: counts, files: Object.keys(sorted).length };
}

/** Move the findings the baseline accounts for into `suppressed` (kind "external"). */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, displayName: string, cwd: string): FileResult[] {
  return results.map((result) => {
    const file = displayPath(cwd, result.filePath);
    const entries = Object.hasOwn(baseline.files, file) ? baseline.files[file] : undefined;
    if (!entries?.length || !result.findings.length) return result;
    const remaining = new Map<string, number>();
    for (const entry of entries) {
      const key = entryKey(entry);
      remaining.set(key, (remaining.get(key) ?? 0) + entry.count);
    }
    const findings: Finding[] = [];
    const accepted: Finding[] = [];
    for (const finding of result.findings) {
      const neutral = baselineKey(finding.ruleId, finding.messageId, finding.data);
      const key = remaining.get(neutral) ? neutral : legacyKey(finding.ruleId, finding.message);
      const left = remaining.get(key) ?? 0;
      if (left > 0) {
        remaining.set(key, left - 1);
        accepted.push({ ...finding, suppression: { reason: `accepted in the baseline ${displayName}`, line: 0, kind: 'external' } });
      } else {
        findings.push(finding);
      }
    }
    if (!accepted.length) return result;
    return {
      ...result,
      findings,
      suppressed: [...result.suppressed, ...accepted].sort(
        (a, b) =>
          a.line - b.line ||
          a.column - b.column ||
          compare(a.ruleId, b.ruleId) ||
          compare(a.messageId, b.messageId) ||
          compare(neutralData(a.data), neutralData(b.data)),
      ),
      errorCount: findings.filter((finding) => finding.severity === 2).length,
      warningCount: findings.filter((finding) => finding.severity === 1).length,
      fatalErrorCount: findings.filter((finding) => finding.fatal).length,
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
