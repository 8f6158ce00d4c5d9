/**
 * The one door through which rules reach what they share: the model's accessors, the
 * lexicon's phrase matcher, the interpretation's facts and the helpers for messages. No rule
 * re-implements these, and no rule imports another room directly (.dependency-cruiser.cjs).
 */

export { defineRule } from './rule-api.js';
export type { Localised, MessageData, Rule, RuleContext } from './rule-api.js';
export { parseAmount } from '../interpret/amount.js';
import { formatAmount } from '../interpret/amount.js';
import type { Localised } from './rule-api.js';

import { inEveryLanguage } from './render.js';

export { inEveryLanguage };

/** An amount as a reader of each language writes it ("1.450.000", "1 450 000"). */
export function amountText(value: number): Localised {
  return inEveryLanguage((lang) => formatAmount(value, lang));
}

export * from '../model/access.js';
export * from '../lexicon/phrases.js';
export { isGiven, isPlaceholder } from '../interpret/given.js';
export { costKind, costKindIn, type CostKind } from '../interpret/cost-kind.js';
export { proposalCountries, type Country } from '../interpret/country.js';
export { businessCaseCurrency, inKroner, type Currency, type CurrencySource } from '../interpret/currency.js';
export { addMonths, compareDays, dayOf, formatDay, parseDay } from '../interpret/dates.js';
export { duplicationHits, type DuplicationHit, type DuplicationOptions } from '../interpret/duplication.js';
export { deadlineIn, isDeadline, targetQuality } from '../interpret/metric-quality.js';
export { namedOwners, ownerNameNode, ownersNamed } from '../interpret/owners.js';
export { approvalBy } from '../interpret/approval.js';
export { statesGainUse } from '../interpret/gain-use.js';
export { componentsUsed } from '../interpret/components-used.js';
export { costStatedIn } from '../interpret/costs-stated.js';
export { toPlain } from '../interpret/plain.js';
export {
  clauseAt,
  clausesOf,
  deniedOrPutOff,
  firstSentence,
  fulfilment,
  fulfils,
  isStated,
  mentionsIn,
  mentionsInText,
  polarityOf,
  type Clause,
  type Fulfilment,
  type FulfilmentOptions,
  type Mention,
  type Polarity,
  type TextMention,
} from '../interpret/polarity.js';
export { MIN_WORDS_OPTIONS, answer, requireProse, substance, wordCount } from './prose.js';
export { clauseCatalogue, strategyOfClause } from '../lexicon/clauses.js';
export { aliasHits, componentCatalogue, componentsWith, namedComponent, type SharedComponent } from '../lexicon/components.js';
export { valueLabel } from '../lexicon/labels.js';
// The lexicon's concepts: every word a rule understands, per language.
export * from '../lexicon/acceptance.js';
export * from '../lexicon/accessibility.js';
export * from '../lexicon/alternatives.js';
export * from '../lexicon/architecture.js';
export * from '../lexicon/benefits.js';
export * from '../lexicon/bodies.js';
export * from '../lexicon/channels.js';
export * from '../lexicon/competence.js';
export * from '../lexicon/enums.js';
export * from '../lexicon/finance.js';
export * from '../lexicon/goals.js';
export * from '../lexicon/governance.js';
export * from '../lexicon/operations.js';
export * from '../lexicon/organisation-change.js';
export * from '../lexicon/planning.js';
export * from '../lexicon/platforms.js';
export * from '../lexicon/negation.js';
export * from '../lexicon/procurement.js';
export * from '../lexicon/records.js';
export * from '../lexicon/risk-and-privacy.js';
export * from '../lexicon/shared-solutions.js';
export * from '../lexicon/units.js';
export { IT_COUNCIL, JOINT_DECISION, NOTIFY, SOLE_DECISION } from '../lexicon/it-council.js';
export { canonicalValue, fieldVocab, nearestKey } from '../lexicon/vocabulary.js';
export { rangeInText } from '../model/text-position.js';
export { keyFix, restatedAmount } from './fixes.js';
import type { ModelNode, Proposal, Range } from '../model/model.js';
import { fieldStatement } from '../interpret/field-statements.js';
export { fieldStatedWith, fieldStatement } from '../interpret/field-statements.js';
import { fulfilment, type Mention } from '../interpret/polarity.js';
import type { TextHit } from '../model/access.js';
import { rangeInText } from '../model/text-position.js';

/** Where the sentence of a mention is written: a finding about what that sentence says points at it. */
export function sentenceRange(proposal: Proposal, mention: Mention): Range {
  return rangeInText(proposal, mention.hit, mention.clause.sentence.index, mention.clause.sentence.length);
}

/**
 * Where a finding that a field is missing goes, once the field's own names were looked for in
 * the text (src/interpret/field-statements.ts): nowhere when a sentence states it, at the
 * sentence that puts it off or denies it, else where the field belongs. `given` is the field's
 * node when it is there but empty.
 */
export function missingUnlessStated(
  proposal: Proposal,
  path: string,
  given?: ModelNode,
): { node: ModelNode; atKey: true } | { range: Range } | { missing: string } | undefined {
  const said = fieldStatement(proposal, path);
  if (said.fulfilled) return undefined;
  if (said.unfulfilled) return { range: sentenceRange(proposal, said.unfulfilled) };
  return given ? { node: given, atKey: true } : { missing: path };
}

/**
 * Whether the texts state one of `phrases` — affirmed or planned, not put off or denied ("Det
 * er ikke planlagt arkivering i sak-arkivsystemet") — and, when not, where the sentence that
 * names it without stating it is: a finding about it points there rather than at line 1.
 */
export function statedIn(proposal: Proposal, hits: readonly TextHit[], phrases: readonly string[]): { stated: true } | { stated: false; range?: Range } {
  const said = fulfilment(hits, phrases, { planned: 'any' });
  if (said.fulfilled) return { stated: true };
  return said.unfulfilled ? { stated: false, range: sentenceRange(proposal, said.unfulfilled) } : { stated: false };
}
