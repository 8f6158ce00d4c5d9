/**
 * What a rule is. A rule describes itself (id, clauses, severity, options schema, messages in
 * four languages) and checks one located proposal through its context. Rules never read files
 * or print.
 */
import type { Lang, ModelNode, Proposal, Range } from '../model/model.js';
import type { FixDescriptor } from './fixes.js';
import { FACTS } from '../interpret/funding.js';

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
  /**
   * What depends on the strategies in force, declared here rather than tested in `check` (as
   * Spectral's `formats`): the engine applies it to what `check` reports, so no rule names a
   * strategy in code.
   */
  appliesTo?: AppliesTo;
  /** Set when the rule's findings may carry a fix (`report({ fix })`), as ESLint's `meta.fixable`. */
  fixable?: 'code';
  /** Set when the rule's findings may carry suggestions (`report({ suggest })`), as ESLint's `meta.hasSuggestions`. */
  hasSuggestions?: boolean;
}

/**
 * Strategy ids are those of data/strategies/. "In force" means named by the config, the
 * proposal's `strategy` field or `--strategy` (the rule context's `strategies`).
 */
export interface AppliesTo {
  /** The rule runs only when one of these strategies is in force. */
  strategies?: readonly string[];
  /** messageId → the strategies under which that message is reported; elsewhere the engine drops it. */
  messages?: Readonly<Record<string, readonly string[]>>;
  /**
   * messageId → the strategies whose clauses ask for it: while strategies are in force, the
   * message is reported only under one of these (never one strategy's demand on a proposal
   * under another); with none in force it is reported as general good practice.
   */
  messagesInForce?: Readonly<Record<string, readonly string[]>>;
  /**
   * The rule's demand belongs to these strategies: when strategies are in force and none of
   * these is among them, every finding is a warning (advice), whatever the configured severity.
   */
  advisoryUnless?: readonly string[];
  /** messageId → the message reported in its place, with the same data, when one of `strategies` is in force. */
  variants?: Readonly<Record<string, { strategies: readonly string[]; messageId: string }>>;
  /**
   * Facts of the proposal (`FACTS` in src/interpret/funding.ts) that must all hold for the rule
   * to run: a clause that covers some proposals only ("every project funded from the
   * portfolios") is not checked on the others.
   */
  when?: readonly string[];
}

/** A description of what is wrong with a rule's `appliesTo`, or undefined when it is well formed. */
export function appliesToProblem(meta: RuleMeta): string | undefined {
  const applies: unknown = meta.appliesTo;
  if (applies === undefined) return undefined;
  if (typeof applies !== 'object' || applies === null || Array.isArray(applies)) return 'meta.appliesTo must be an object';
  const list = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');
  const known = (id: unknown): boolean => typeof id === 'string' && Object.hasOwn(meta.messages?.en ?? {}, id);
  const { strategies, messages, messagesInForce, advisoryUnless, variants, when } = applies as Record<string, unknown>;
  if (strategies !== undefined && !list(strategies)) return 'meta.appliesTo.strategies must be a list of strategy names';
  if (when !== undefined && (!list(when) || !(when as string[]).every((fact) => Object.hasOwn(FACTS, fact))))
    return `meta.appliesTo.when must be a list of facts (${Object.keys(FACTS).join(', ')})`;
  if (advisoryUnless !== undefined && !list(advisoryUnless)) return 'meta.appliesTo.advisoryUnless must be a list of strategy names';
  for (const [name, table] of [
    ['messages', messages],
    ['messagesInForce', messagesInForce],
    ['variants', variants],
  ] as const) {
    if (table === undefined) continue;
    if (typeof table !== 'object' || table === null || Array.isArray(table)) return `meta.appliesTo.${name} must map message ids`;
    for (const [id, value] of Object.entries(table)) {
      if (!known(id)) return `meta.appliesTo.${name} names the unknown message "${id}"`;
      if (name !== 'variants' && !list(value)) return `meta.appliesTo.${name}.${id} must be a list of strategy names`;
      if (name === 'variants') {
        const variant = value as { strategies?: unknown; messageId?: unknown } | null;
        if (!variant || !list(variant.strategies) || !known(variant.messageId))
          return `meta.appliesTo.variants.${id} must be { strategies: [...], messageId: <a message of the rule> }`;
      }
    }
  }
  return undefined;
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
  /** What `--fix` writes instead of the text at `fix.range` (a parser's positions); the rule declares `meta.fixable`. */
  fix?: FixDescriptor | undefined;
  /** Changes a reader may choose (never applied by `--fix`); the rule declares `meta.hasSuggestions`. */
  suggest?: { messageId: string; data?: MessageData; fix: FixDescriptor }[];
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
