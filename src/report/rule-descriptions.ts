/**
 * What each built-in rule checks, in Danish, Swedish and Norwegian, for the report's rule table
 * in `--lang` (a rule's own `meta.description` is one English line, for `itstrat rules` and
 * SARIF). A plugin rule, or a rule added since, shows its English description.
 */
import type { RuleMeta } from '../engine/rule-api.js';
import type { Lang } from '../model/model.js';
import { ruleDescription } from '../formatters/common.js';
import { someWords } from '../lexicon/words.js';

/** A description in the languages it is written in (English is the rule's own line). */
type Translated = Partial<Record<Lang, string>>;

export const RULE_DESCRIPTIONS: Record<string, Translated> = {
  parse: someWords('rule-descriptions', 'RULE_DESCRIPTIONS/parse'),
  directive: someWords('rule-descriptions', 'RULE_DESCRIPTIONS/directive'),
  'advantages-disadvantages': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/advantages-disadvantages'),
  'approval-and-organisation': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/approval-and-organisation'),
  'architecture-principles': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/architecture-principles'),
  'benefit-baseline': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/benefit-baseline'),
  'benefit-realisation-plan': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/benefit-realisation-plan'),
  'business-case': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/business-case'),
  'common-platforms': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/common-platforms'),
  competence: someWords('rule-descriptions', 'RULE_DESCRIPTIONS/competence'),
  'council-goals': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/council-goals'),
  'cross-cutting-consequences': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/cross-cutting-consequences'),
  description: someWords('rule-descriptions', 'RULE_DESCRIPTIONS/description'),
  'digital-channel': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/digital-channel'),
  'evaluation-process': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/evaluation-process'),
  'focus-area': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/focus-area'),
  'follow-up-perspectives': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/follow-up-perspectives'),
  'front-matter-conflict': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/front-matter-conflict'),
  'it-category': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/it-category'),
  'it-council': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/it-council'),
  'kpi-followup': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/kpi-followup'),
  'measurable-targets': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/measurable-targets'),
  'metric-baseline': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/metric-baseline'),
  noark: someWords('rule-descriptions', 'RULE_DESCRIPTIONS/noark'),
  'old-vs-new': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/old-vs-new'),
  'post-calculation': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/post-calculation'),
  'priority-criteria': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/priority-criteria'),
  'proven-solution': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/proven-solution'),
  'ros-and-dpa': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/ros-and-dpa'),
  schema: someWords('rule-descriptions', 'RULE_DESCRIPTIONS/schema'),
  'shared-component-duplication': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/shared-component-duplication'),
  'shared-solution': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/shared-solution'),
  'single-owner': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/single-owner'),
  sourcing: someWords('rule-descriptions', 'RULE_DESCRIPTIONS/sourcing'),
  'special-needs': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/special-needs'),
  'strategy-alignment': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/strategy-alignment'),
  'system-owner': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/system-owner'),
  'universal-design': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/universal-design'),
  'work-process': someWords('rule-descriptions', 'RULE_DESCRIPTIONS/work-process'),
};

/** The rule's description in `lang`: the translation of a built-in rule, else its own (English) line. */
export function localRuleDescription(id: string, rules: ReadonlyMap<string, RuleMeta>, lang: Lang): string {
  const translated = lang === 'en' || !Object.hasOwn(RULE_DESCRIPTIONS, id) ? undefined : RULE_DESCRIPTIONS[id]![lang];
  return translated ?? ruleDescription(id, rules);
}
