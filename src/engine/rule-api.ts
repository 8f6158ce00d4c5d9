/**
 * What a rule is. A rule describes itself (id, clauses, severity, options schema, messages in
 * four languages) and checks one located proposal through its context. Rules never read files
 * or print.
 */
import type { Lang, ModelNode, Proposal, Range } from '../model/model.js';

export type Severity = 'off' | 'warn' | 'error';
export type Messages = Record<string, string>;

/** A word or phrase in every language: message data is chosen when the finding is printed. */
export type Localised = Readonly<Record<Lang, string>>;

/**
 * The values of a message's placeholders. They are language-neutral: numbers and text from
 * the proposal as they are, and words of the tool's own in every language (`Localised`), so a
 * finding means the same whatever language it is printed in, and baselines, fingerprints and
 * the cache key on it.
 */
export type MessageData = Record<string, string | number | Localised>;

export interface RuleMeta {
  id: string;
  /** One line, English; shown by `itstrat rules` and in SARIF. */
  description: string;
  /** Clause IDs from STRATEGIES.md this rule enforces. */
  clauses: string[];
  /** Default severity when enabled by a preset without its own. */
  severity: Exclude<Severity, 'off'>;
  /** JSON Schema of the options object, if the rule takes options. */
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  /** The rule's documentation page; built-in rules get theirs from the registry. */
  docsUrl?: string;
  /** messageId → template with {placeholders}, in every language. */
  messages: Record<Lang, Messages>;
}

export interface ReportDescriptor {
  messageId: string;
  data?: MessageData;
  /** The value the problem is in (its range), or a range. */
  node?: ModelNode;
  /** Point at the node's key (or heading) rather than its value. */
  atKey?: boolean;
  range?: Range;
  /** The canonical path of a missing field: the finding points where it belongs. */
  missing?: string;
  /** Clauses this finding rests on, when narrower than the rule's. */
  clauses?: string[];
  /** A lesser severity for this finding ('warn' inside an error rule); the configured one is the ceiling. */
  severity?: Exclude<Severity, 'off'>;
}

export interface RuleContext {
  readonly options: Record<string, unknown>;
  /** Strategy presets in force for this file (from config, `strategy` field, `--strategy`). */
  readonly strategies: ReadonlySet<string>;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(proposal: Proposal, context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
