/**
 * Runs the enabled rules on one located proposal and returns findings in a stable order,
 * with inline disables applied. A rule that throws stops nothing else: its error is returned
 * (`crashes`), and the lint run turns it into an `internal` finding of the file.
 */
import type { Lang, Proposal, Range } from '../model/model.js';
import type { MessageData, ReportDescriptor, Rule, RuleMeta } from './rule-api.js';
import { anchorFor, settle } from '../model/access.js';
import { coreFinding, coreMessage, isCoreRule, suggestionMessage } from './core-messages.js';
import { byText, neutralData, render } from './render.js';
import { clauseFor, strategiesWrittenIn, strategyOfClause } from '../lexicon/clauses.js';
import { own } from '../model/own.js';
import { missingSectionFix, toFix, type Fix, type FixDescriptor, type Suggestion } from './fixes.js';
import { FACTS } from '../interpret/funding.js';

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
  /** What `--fix` writes (ESLint's shape: offsets in the source and the new text). */
  fix?: Fix;
  /** Changes a reader may choose; `--fix` never applies them. */
  suggestions?: Suggestion[];
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
  /** The first rule that threw (for tests, which fail on it). */
  crash?: RuleCrash;
  /** Every rule that threw, in the order they ran. */
  crashes: RuleCrash[];
}

/** Runs one rule's check: the lint run passes one that records which rule is running. */
export type RuleRunner = (ruleId: string, check: () => void) => void;

export function runRules(
  proposal: Proposal,
  rules: EnabledRule[],
  strategies: ReadonlySet<string>,
  language: Lang,
  knownRules: ReadonlySet<string>,
  runner: RuleRunner = (_ruleId, check) => check(),
): LintOutcome {
  settle(proposal);
  const findings: Finding[] = [];
  const missingFindings = new Set<Finding>();
  const crashes: RuleCrash[] = [];
  const inForce = (names: readonly string[]): boolean => names.some((name) => strategies.has(name));
  for (const { rule, severity, options } of rules) {
    const { meta } = rule;
    const applies = meta.appliesTo;
    if (applies?.strategies && !inForce(applies.strategies)) continue;
    if (applies?.when && !applies.when.every((fact) => own(FACTS, fact)?.(proposal))) continue;
    const advisory = applies?.advisoryUnless !== undefined && strategies.size > 0 && !inForce(applies.advisoryUnless);
    const report = (descriptor: ReportDescriptor): void => {
      if (meta.messages.en[descriptor.messageId] === undefined) throw new Error(`unknown messageId "${descriptor.messageId}"`);
      const only = applies?.messages ? own(applies.messages, descriptor.messageId) : undefined;
      if (only && !inForce(only)) return;
      const whose = applies?.messagesInForce ? own(applies.messagesInForce, descriptor.messageId) : undefined;
      if (whose && strategies.size > 0 && !inForce(whose)) return;
      const variant = applies?.variants ? own(applies.variants, descriptor.messageId) : undefined;
      const messageId = variant && inForce(variant.strategies) ? variant.messageId : descriptor.messageId;
      const range: Range =
        descriptor.range ??
        (descriptor.node ? (descriptor.atKey ? (descriptor.node.keyRange ?? descriptor.node.range) : descriptor.node.range) : undefined) ??
        anchorFor(proposal, descriptor.missing ?? '');
      const cited = descriptor.clauses ?? meta.clauses;
      const fix = descriptor.fix && fixOf(meta, descriptor.fix, proposal);
      const suggestions = suggestionsOf(meta, descriptor, proposal, language);
      const finding: Finding = {
        ruleId: meta.id,
        // The configured severity is a ceiling: a rule may report a lesser finding, never a graver one.
        severity: descriptor.severity === 'warn' || advisory || !clauseDemands(cited, strategies, meta.id, messageId) ? 1 : severity,
        messageId,
        ...(descriptor.data ? { data: descriptor.data } : {}),
        message: ruleMessage(meta, messageId, descriptor.data, language),
        ...range,
        clauses: relevantClauses(cited, strategies, proposal.language),
        ...(fix ? { fix } : {}),
        ...(suggestions.length ? { suggestions } : {}),
      };
      if (descriptor.missing !== undefined && !descriptor.range && !descriptor.node) missingFindings.add(finding);
      findings.push(finding);
    };
    try {
      runner(meta.id, () => {
        const returned: unknown = rule.check(proposal, { options, strategies, report });
        if (returned instanceof Promise) {
          // An async check would report after the file is done, or reject with no one listening.
          returned.catch(() => undefined);
          throw new Error("check() returned a Promise; a rule's check must be synchronous");
        }
      });
    } catch (error) {
      // Whatever was thrown (an Error, a string, null, an object whose getters throw) is one line.
      let detail: string;
      try {
        detail = error instanceof Error ? String(error.message) : String(error);
      } catch {
        detail = 'an unprintable value was thrown';
      }
      crashes.push(new RuleCrash(meta.id, proposal.filePath, detail));
    }
  }
  findings.push(...directiveFindings(proposal, knownRules, language));
  applyDirectives(proposal, findings, missingFindings);
  return { findings: sortFindings(findings), crashes, ...(crashes.length ? { crash: crashes[0]! } : {}) };
}

function fixOf(meta: RuleMeta, descriptor: FixDescriptor, proposal: Proposal): Fix | undefined {
  // As ESLint: a rule that fixes says so, so tools can tell fixable rules from the others.
  if (meta.fixable !== 'code') throw new Error('a rule that reports a fix must set meta.fixable to "code"');
  return toFix(proposal, descriptor);
}

/**
 * The rule's own suggestions, and — for a top-level field a Markdown proposal lacks — the
 * engine's: the section, headed in the author's language, to fill in.
 */
function suggestionsOf(meta: RuleMeta, descriptor: ReportDescriptor, proposal: Proposal, language: Lang): Suggestion[] {
  const suggestions: Suggestion[] = [];
  if (descriptor.suggest?.length && !meta.hasSuggestions) throw new Error('a rule that reports suggestions must set meta.hasSuggestions');
  for (const { messageId, data, fix } of descriptor.suggest ?? []) {
    const located = toFix(proposal, fix);
    if (located) suggestions.push({ messageId, ...(data ? { data } : {}), desc: ruleMessage(meta, messageId, data, language), fix: located });
  }
  if (descriptor.missing && !descriptor.node && !descriptor.range) {
    const section = missingSectionFix(proposal, descriptor.missing, proposal.language);
    const located = section && toFix(proposal, section.fix);
    if (located) {
      const data = { heading: section.heading };
      suggestions.push({ messageId: 'addSection', data, desc: suggestionMessage('addSection', data, language), fix: located });
    }
  }
  return suggestions;
}

/** A rule's message in `language` (English where the rule lacks that language). */
function ruleMessage(meta: RuleMeta, messageId: string, data: MessageData | undefined, language: Lang): string {
  const template = meta.messages[language]?.[messageId] ?? meta.messages.en[messageId] ?? messageId;
  return render(template, data, language);
}

/**
 * A finding printed in `language`: findings are language-neutral (rule id, messageId, data), so
 * one read back from the cache is printed in whatever language this run asks for.
 */
export function localised(finding: Finding, language: Lang, rules: ReadonlyMap<string, RuleMeta>): Finding {
  const meta = rules.get(finding.ruleId);
  const message = isCoreRule(finding.ruleId)
    ? coreMessage(language, finding.ruleId, finding.messageId, finding.data)
    : meta
      ? ruleMessage(meta, finding.messageId, finding.data, language)
      : finding.messageId;
  const suggestions = finding.suggestions?.map((suggestion) => ({
    ...suggestion,
    desc:
      meta && meta.messages.en[suggestion.messageId] !== undefined
        ? ruleMessage(meta, suggestion.messageId, suggestion.data, language)
        : suggestionMessage(suggestion.messageId, suggestion.data, language),
  }));
  return { ...finding, message, ...(suggestions ? { suggestions } : {}) };
}

/**
 * The clauses of the strategies in force for the file — never another strategy's; with none in
 * force, those of the strategies written in the proposal's language, else all.
 */
function relevantClauses(clauses: string[], strategies: ReadonlySet<string>, language: Lang): string[] {
  if (strategies.size) return clauses.filter((clause) => strategies.has(strategyOfClause(clause) ?? ''));
  const written = strategiesWrittenIn(language);
  const own = clauses.filter((clause) => written.has(strategyOfClause(clause) ?? ''));
  return own.length ? own : clauses;
}

/**
 * Whether a finding is a demand (an error) under the strategies in force, by the modal verb of
 * what it rests on: a clause of a strategy in force whose part naming the finding — or the whole
 * clause — says "must" (skal/ska/må). A finding that rests only on "should" clauses (bør,
 * ønsker), or only on clauses of strategies not in force, is advice. Findings citing no
 * strategy's clause (schema, plugins' own ids), and any finding with no strategy in force, keep
 * the configured severity.
 */
function clauseDemands(cited: readonly string[], strategies: ReadonlySet<string>, ruleId: string, messageId: string): boolean {
  if (!strategies.size) return true;
  const known = cited.filter((clause) => strategyOfClause(clause) !== undefined);
  if (!known.length) return true;
  return known.some((clause) => strategies.has(strategyOfClause(clause)!) && clauseFor(clause, ruleId, messageId)?.modal !== 'should');
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      byText(a.ruleId, b.ruleId) ||
      byText(a.messageId, b.messageId) ||
      byText(neutralData(a.data), neutralData(b.data)),
  );
}

function directiveFindings(proposal: Proposal, knownRules: ReadonlySet<string>, language: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const directive of proposal.directives) {
    const at = directive.range;
    if (directive.kind !== 'enable' && !directive.rules.length) {
      findings.push(coreFinding(language, 'directive', 'noRule', { kind: `itstrat-${directive.kind}` }, at));
    }
    if (directive.kind !== 'enable' && !directive.reason) {
      findings.push(coreFinding(language, 'directive', 'noReason', { kind: `itstrat-${directive.kind}` }, at));
    }
    for (const id of directive.rules) {
      if (!knownRules.has(id)) findings.push(coreFinding(language, 'directive', 'unknownRule', { rule: id }, at, 1));
    }
  }
  return findings;
}

/**
 * A disable that names its rules and gives a reason covers those rules from its line to the
 * next enable (or the end); `-line` and `-next-line` cover one line. A disable naming no rule
 * covers nothing (it is a `directive` error): a gate is never switched off wholesale. An enable
 * naming no rule ends every disable before it. Findings about something missing point at the
 * front matter or line 1, so any disable of their rule covers them.
 */
function applyDirectives(proposal: Proposal, findings: Finding[], missing: Set<Finding>): void {
  const active = proposal.directives.filter((directive) => directive.kind === 'enable' || (directive.reason && directive.rules.length));
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
