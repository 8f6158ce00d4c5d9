/**
 * One lint run: for each file, read → load → settings → rules → findings. A file that cannot
 * be read or parsed gets one `parse` finding and the run goes on with the others.
 */
import { readFile } from 'node:fs/promises';
import type { Lang, ModelNode, Proposal } from './model.js';
import type { Rule } from './rule-api.js';
import { loadProposal } from './loaders/index.js';
import { coreMessage } from './core-messages.js';
import { runRules, sortFindings, type EnabledRule, type Finding, type RuleCrash } from './engine.js';
import type { SettingsResolver } from './config.js';
import { get, textOf } from './rulekit.js';
import { businessCaseFigures, type BusinessCaseFigures } from './business-case-figures.js';

export interface FileResult {
  filePath: string;
  /** Findings that count, in line order. */
  findings: Finding[];
  /** Findings an inline disable with a reason covers. */
  suppressed: Finding[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /** Language the messages are in. */
  language: Lang;
  /** Strategy presets that applied to this file. */
  strategies: string[];
  /** Ids of the rules that ran on this file, sorted (empty when the file could not be parsed). */
  rulesChecked: string[];
  /** What reviewers will compute from the business case: totals, net, payback, NPV. */
  businessCase?: BusinessCaseFigures;
  /** The proposal's title, when it has one (for reports). */
  title?: string;
  /** Who the proposal names as owner: the name, else the body or role (for reports). */
  owner?: string;
}

export interface LintInput {
  filePath: string;
  /** Bytes already in hand (stdin); read from disk when absent. */
  bytes?: Uint8Array;
}

export interface LintRunOptions {
  rules: readonly Rule[];
  resolver: SettingsResolver;
  /** `--lang`: wins over the config and the proposal's own language. */
  language?: Lang;
  maxBytes?: number;
}

export interface LintOutput {
  result: FileResult;
  crash?: RuleCrash;
  /** The proposal's own `strategy` field, which the file's settings depend on (for the cache). */
  fileStrategy?: string;
}

export async function lintFile(input: LintInput, options: LintRunOptions): Promise<LintOutput> {
  let bytes = input.bytes;
  if (!bytes) {
    try {
      bytes = await readFile(input.filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'read error';
      const language = options.language ?? options.resolver.forFile(input.filePath, undefined).language ?? 'en';
      const finding: Finding = {
        ruleId: 'parse', severity: 2, fatal: true, clauses: [],
        message: coreMessage(language, 'parse', 'unreadable', { detail: code }),
        line: 1, column: 1, endLine: 1, endColumn: 1,
      };
      return { result: summarise(input.filePath, [finding], language, [], []) };
    }
  }
  const { proposal, problems } = await loadProposal(input.filePath, bytes, options.maxBytes);
  const strategyField = proposal ? textOf(proposal.root.entries.get('strategy')) : '';
  const settings = options.resolver.forFile(input.filePath, strategyField || undefined);
  const language = options.language ?? settings.language ?? proposal?.language ?? 'en';
  const parseFindings: Finding[] = problems
    .filter((problem) => problem.ruleId === 'parse')
    .map((problem) => ({
      ruleId: 'parse', severity: 2, clauses: [], fatal: !proposal,
      message: coreMessage(language, 'parse', problem.messageId, problem.data),
      ...problem.range,
    }));
  if (!proposal) return { result: summarise(input.filePath, parseFindings, language, [], []) };
  const enabled: EnabledRule[] = [];
  for (const rule of options.rules) {
    const setting = settings.rules.get(rule.meta.id);
    if (setting && setting.severity > 0) enabled.push({ rule, severity: setting.severity as 1 | 2, options: setting.options });
  }
  const known = new Set(options.rules.map((rule) => rule.meta.id));
  const outcome = runRules(proposal, enabled, settings.strategies, language, known);
  const findings = sortFindings([...parseFindings, ...outcome.findings]);
  const rulesChecked = enabled.map((entry) => entry.rule.meta.id).sort();
  const figures = businessCaseFigures(proposal);
  const { title, owner } = identity(proposal);
  return {
    result: {
      ...summarise(input.filePath, findings, language, [...settings.strategies], rulesChecked),
      ...(figures ? { businessCase: figures } : {}),
      ...(title ? { title } : {}),
      ...(owner ? { owner } : {}),
    },
    ...(outcome.crash ? { crash: outcome.crash } : {}),
    ...(strategyField ? { fileStrategy: strategyField } : {}),
  };
}

/** The title and owner as written, one line each; absent when not given. */
function identity(proposal: Proposal): { title: string; owner: string } {
  const line = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const ownerOf = (node: ModelNode | undefined): string => {
    if (node?.kind === 'map') return ['name', 'body', 'role'].map((key) => line(textOf(node.entries.get(key)))).find(Boolean) ?? '';
    if (node?.kind === 'list') return node.items.map(ownerOf).filter(Boolean).join(', ');
    return line(textOf(node));
  };
  return { title: line(textOf(get(proposal, 'title'))), owner: ownerOf(get(proposal, 'owner')) };
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
