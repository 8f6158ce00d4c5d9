/**
 * Runs the enabled rules on one located proposal and returns findings in a stable order,
 * with inline disables applied. A rule that throws stops nothing else: its error is returned
 * for the CLI to report with exit code 2.
 */
import type { Lang, Proposal, Range } from './model.js';
import type { MessageData, ReportDescriptor, Rule } from './rule-api.js';
import { anchorFor } from './rulekit.js';
import { coreMessage } from './core-messages.js';
import { byText, render } from './render.js';
import { strategiesWrittenIn, strategyOfClause } from './clauses.js';

export interface Finding {
  ruleId: string;
  severity: 1 | 2;
  /** What the finding says, language-neutral: the message template's id and its data. */
  messageId: string;
  data?: MessageData;
  /** The message rendered in the file's language. */
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  clauses: string[];
  /**
   * Set when an inline disable with a reason covers the finding, or (`kind: 'external'`) when
   * a `--baseline` file accepts it.
   */
  suppression?: { reason: string; line: number; kind?: 'external' };
  /** A parse failure: the file could not be linted. */
  fatal?: boolean;
}

export interface EnabledRule {
  rule: Rule;
  severity: 1 | 2;
  options: Record<string, unknown>;
}

export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly filePath: string,
    readonly detail: string,
  ) {
    // One line: the CLI prints it as the run's single line on stderr.
    super(`rule "${ruleId}" threw while linting ${filePath}: ${detail.split('\n')[0]!.trim() || 'no message'}`);
  }
}

export interface LintOutcome {
  findings: Finding[];
  crash?: RuleCrash;
}

export function runRules(
  proposal: Proposal,
  rules: EnabledRule[],
  strategies: ReadonlySet<string>,
  language: Lang,
  knownRules: ReadonlySet<string>,
): LintOutcome {
  const findings: Finding[] = [];
  const missingFindings = new Set<Finding>();
  let crash: RuleCrash | undefined;
  for (const { rule, severity, options } of rules) {
    const { meta } = rule;
    const report = (descriptor: ReportDescriptor): void => {
      const template = meta.messages[language]?.[descriptor.messageId] ?? meta.messages.en[descriptor.messageId];
      if (template === undefined) throw new Error(`unknown messageId "${descriptor.messageId}"`);
      const range: Range = descriptor.range
        ?? (descriptor.node ? (descriptor.atKey ? descriptor.node.keyRange ?? descriptor.node.range : descriptor.node.range) : undefined)
        ?? anchorFor(proposal, descriptor.missing ?? '');
      const finding: Finding = {
        ruleId: meta.id,
        // The configured severity is a ceiling: a rule may report a lesser finding, never a graver one.
        severity: descriptor.severity === 'warn' ? 1 : severity,
        messageId: descriptor.messageId,
        ...(descriptor.data ? { data: descriptor.data } : {}),
        message: render(template, descriptor.data, language),
        ...range,
        clauses: relevantClauses(descriptor.clauses ?? meta.clauses, strategies, proposal.language),
      };
      if (descriptor.missing !== undefined && !descriptor.range && !descriptor.node) missingFindings.add(finding);
      findings.push(finding);
    };
    try {
      const returned: unknown = rule.check(proposal, { options, strategies, report });
      if (returned instanceof Promise) {
        // An async check would report after the file is done, or reject with no one listening.
        returned.catch(() => undefined);
        throw new Error('check() returned a Promise; a rule\'s check must be synchronous');
      }
    } catch (error) {
      crash ??= new RuleCrash(meta.id, proposal.filePath, error instanceof Error ? error.message : String(error));
    }
  }
  findings.push(...directiveFindings(proposal, knownRules, language));
  applyDirectives(proposal, findings, missingFindings);
  return { findings: sortFindings(findings), ...(crash ? { crash } : {}) };
}

/**
 * The clauses of the strategies in force for the file; with none in force, those of the
 * strategies written in the proposal's language; else all.
 */
function relevantClauses(clauses: string[], strategies: ReadonlySet<string>, language: Lang): string[] {
  const wanted = strategies.size ? strategies : strategiesWrittenIn(language);
  const own = clauses.filter((clause) => wanted.has(strategyOfClause(clause) ?? ''));
  return own.length ? own : clauses;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      byText(a.ruleId, b.ruleId) ||
      byText(a.message, b.message),
  );
}

function directiveFindings(proposal: Proposal, knownRules: ReadonlySet<string>, language: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const directive of proposal.directives) {
    const at = { ...directive.range, clauses: [] as string[], ruleId: 'directive' };
    if (directive.kind !== 'enable' && !directive.reason) {
      findings.push({ ...at, severity: 2, message: coreMessage(language, 'directive', 'noReason', { kind: `itstrat-${directive.kind}` }) });
    }
    for (const id of directive.rules) {
      if (!knownRules.has(id)) findings.push({ ...at, severity: 1, message: coreMessage(language, 'directive', 'unknownRule', { rule: id }) });
    }
  }
  return findings;
}

/**
 * A disable with a reason covers its rules from its line to the next enable (or the end);
 * `-line` and `-next-line` cover one line. Findings about something missing point at the
 * front matter or line 1, so any disable of their rule covers them.
 */
function applyDirectives(proposal: Proposal, findings: Finding[], missing: Set<Finding>): void {
  const active = proposal.directives.filter((directive) => directive.reason || directive.kind === 'enable');
  if (!active.length) return;
  const names = (rules: string[], id: string): boolean => rules.length === 0 || rules.includes(id);
  for (const finding of findings) {
    if (finding.ruleId === 'directive' || finding.fatal) continue;
    let cover: { reason: string; line: number } | undefined;
    for (const directive of active) {
      if (!names(directive.rules, finding.ruleId)) continue;
      const line = directive.range.line;
      if (directive.kind === 'enable') {
        if (line <= finding.line) cover = undefined;
      } else if (directive.kind === 'disable') {
        if (line <= finding.line || missing.has(finding)) cover = { reason: directive.reason, line };
      } else if (directive.kind === 'disable-line' ? finding.line === line : finding.line === line + 1) {
        cover = { reason: directive.reason, line };
      }
    }
    if (cover) finding.suppression = cover;
  }
}
