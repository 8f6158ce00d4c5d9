/**
 * Presets, derived from the rules' own clause lists so no list is kept by hand: a strategy's
 * preset enables every rule that cites one of its clauses, as an error where the clause says
 * "must" (skal/ska/må) and a warning where it says "should" (bør/strävan).
 */
import type { RuleMeta } from '../engine/rule-api.js';
import { clauseCatalogue, isStrategy, strategyIds, strategyOfClause } from '../lexicon/clauses.js';

export type RuleSeverity = 0 | 1 | 2;
/** recommended, all, and one preset per strategy (data/strategies/). */
export function presetNames(): readonly string[] {
  return ['recommended', 'all', ...strategyIds()];
}

/**
 * Always on, at their own severity: a proposal that does not match the schema cannot be
 * checked reliably, and a field whose front matter and section disagree is warned about
 * (SPEC §1).
 */
const ALWAYS = ['schema', 'front-matter-conflict'];
const RECOMMENDED = ['single-owner', 'shared-solution', 'business-case', 'follow-up-perspectives', 'description'];

/** "itstrat:esbjerg", "esbjerg" and "plugin:…" forms; undefined for a path. */
export function presetName(reference: string): string | undefined {
  const name = reference.startsWith('itstrat:') ? reference.slice('itstrat:'.length) : reference;
  return presetNames().includes(name) ? name : undefined;
}

/** What a preset reads of a rule: a loaded rule, or one a plugin declares without being run. */
type PresetRule = { meta: Pick<RuleMeta, 'id' | 'severity' | 'clauses'> };

export function presetRules(name: string, rules: readonly PresetRule[]): Map<string, RuleSeverity> {
  const enabled = new Map<string, RuleSeverity>();
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const at = (rule: PresetRule): RuleSeverity => (rule.meta.severity === 'error' ? 2 : 1);
  for (const id of ALWAYS) if (byId.has(id)) enabled.set(id, at(byId.get(id)!));
  if (name === 'all') {
    for (const rule of rules) enabled.set(rule.meta.id, at(rule));
  } else if (name === 'recommended') {
    for (const id of RECOMMENDED) if (byId.has(id)) enabled.set(id, at(byId.get(id)!));
  } else if (isStrategy(name)) {
    const { clauses } = clauseCatalogue();
    for (const rule of rules) {
      const own = rule.meta.clauses.filter((clause) => strategyOfClause(clause) === name);
      if (!own.length) continue;
      const must = own.some((clause) => (clauses[clause] ?? clauses[clause.replace(/[a-f]$/, '')])?.modal !== 'should');
      enabled.set(rule.meta.id, must ? 2 : 1);
    }
  }
  return enabled;
}
