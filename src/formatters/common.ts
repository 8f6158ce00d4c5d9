/** What the machine-readable formats (sarif, junit, github, markdown) share. */
import { relative, sep } from 'node:path';
import type { FileResult } from '../engine/file-result.js';
import type { OutlineHeading } from '../model/model.js';
import type { RuleMeta } from '../engine/rule-api.js';
import { clauseCatalogue, clauseFor } from '../lexicon/clauses.js';

/** Findings that are not a rule's: the file would not parse, or an inline directive is wrong. */
const CORE: Record<string, string> = {
  parse: 'The file can be read and parsed as a proposal (YAML, or Markdown with optional front matter).',
  directive: 'Inline disable directives name known rules and give a reason after " -- ".',
};

/** The file's path relative to the working directory, with forward slashes. */
export function displayPath(cwd: string, filePath: string): string {
  const path = relative(cwd, filePath) || filePath;
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Results ordered by their displayed path, so output never depends on the input order. */
export function byPath(results: readonly FileResult[], cwd: string): FileResult[] {
  return [...results]
    .map((result) => ({ result, key: displayPath(cwd, result.filePath) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ result }) => result);
}

/** The headings above a paragraph of a Word file (outermost first), as its reader sees them. */
export function headingPath(result: FileResult, line: number): string[] {
  const path: OutlineHeading[] = [];
  for (const heading of result.outline ?? []) {
    if (heading.line > line) break;
    while (path.length && path.at(-1)!.depth >= heading.depth) path.pop();
    path.push(heading);
  }
  return path.map((heading) => heading.text);
}

/** The rule's documentation page: built-in rules have one, a plugin rule if it says so. */
export function ruleDocsUrl(ruleId: string, rules: ReadonlyMap<string, RuleMeta>): string | undefined {
  return rules.get(ruleId)?.docsUrl;
}

export function ruleDescription(ruleId: string, rules: ReadonlyMap<string, RuleMeta>): string {
  return rules.get(ruleId)?.description ?? CORE[ruleId] ?? ruleId;
}

export interface ClauseInfo {
  id: string;
  strategyName: string;
  page: string;
  modal: 'must' | 'should';
  title: string;
  quote: string;
  quoteEn: string;
}

/** The catalogue entry of a clause (sub-clauses such as ESB-3.1b fall back to ESB-3.1). */
/**
 * A clause as a finding cites it. With the finding (`ruleId`, `messageId`), the quote and modal
 * verb are those of the part of the clause the finding rests on, where the clause says more than
 * one thing (data/clauses.json `parts`).
 */
export function clauseInfo(id: string, finding?: { ruleId: string; messageId?: string }): ClauseInfo | undefined {
  const catalogue = clauseCatalogue();
  const clause = catalogue.clauses[id] ?? catalogue.clauses[id.replace(/[a-z]$/, '')];
  if (!clause) return undefined;
  const part = finding?.messageId ? clauseFor(id, finding.ruleId, finding.messageId) : undefined;
  return {
    id,
    strategyName: catalogue.strategies[clause.strategy]?.name ?? clause.strategy,
    page: clause.page,
    modal: part?.modal ?? clause.modal,
    title: clause.title.en,
    quote: part?.quote ?? clause.quote,
    quoteEn: part?.quoteEn ?? clause.quoteEn,
  };
}

/** Every rule id that appears in the results: checked on some file, or with a finding. */
export function rulesInResults(results: readonly FileResult[]): string[] {
  const ids = new Set<string>();
  for (const result of results) {
    for (const id of result.rulesChecked ?? []) ids.add(id);
    for (const finding of [...result.findings, ...result.suppressed]) ids.add(finding.ruleId);
  }
  return [...ids].sort();
}

export function severityWord(severity: 1 | 2): 'error' | 'warning' {
  return severity === 2 ? 'error' : 'warning';
}
