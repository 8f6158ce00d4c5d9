/**
 * How much a value says: word counts for "is this text substantive?", and yes/no answers
 * for fields that take `true`, `false` or a sentence ("Ja, Microsoft Azure", "Nei").
 */
import type { ModelNode, Proposal } from '../model/model.js';
import type { RuleContext } from './rule-api.js';
import { deepText, get } from '../model/access.js';
import { allPhrases, fold, opensWith } from '../lexicon/phrases.js';
import { ANSWER_NO, NEGATION, NONE, NOT_YET } from '../lexicon/negation.js';
import { isGiven } from '../interpret/given.js';
import { saysSomethingNow } from '../interpret/polarity.js';

/** Words in a text: runs of letters or digits (numbers, "ESDH", "borger.dk" count as one). */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:[.'’/-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/**
 * `missing` (no such field), `empty` (blank, a placeholder, or text that only puts the thing off:
 * "will be described once the supplier has been selected" — statement polarity), `thin` (under
 * `minWords`) or `ok`.
 */
export type Substance = 'missing' | 'empty' | 'thin' | 'ok';

export function substance(node: ModelNode | undefined, minWords: number): Substance {
  if (!node) return 'missing';
  if (!isGiven(node)) return 'empty';
  const text = deepText(node);
  if (!saysSomethingNow(text)) return 'empty';
  return wordCount(text) < minWords ? 'thin' : 'ok';
}

/**
 * The check a rule makes of a prose field the clause demands: reports `missing` (where the
 * field belongs), `empty` or `thin` (at its key or heading) with data `{key}`, `{words}` and
 * `{min}`, so the rule's messages need those three ids; `clauses` narrows the findings' clauses.
 * Returns the node when it says enough.
 */
export function requireProse(proposal: Proposal, context: RuleContext, path: string, minWords: number, clauses?: string[]): ModelNode | undefined {
  const node = get(proposal, path);
  const state = substance(node, minWords);
  if (state === 'ok') return node;
  const key = node?.key ?? path.split('.').pop()!;
  const narrower = clauses ? { clauses } : {};
  if (state === 'missing') context.report({ messageId: 'missing', missing: path, data: { key, min: minWords }, ...narrower });
  else context.report({ messageId: state, node: node!, atKey: true, data: { key, words: wordCount(deepText(node)), min: minWords }, ...narrower });
  return undefined;
}

/** A sentence that opens with one of these says no ("Nei, ikke ennå", "Ingen personoplysninger"). */
const NO = [...allPhrases(ANSWER_NO), ...allPhrases(NEGATION), ...allPhrases(NONE), ...allPhrases(NOT_YET)];

/** `yes` for `true` or a given text that does not open with a no; `no` for `false` or a no; a map by its `done`; else undefined. */
export function answer(node: ModelNode | undefined): 'yes' | 'no' | undefined {
  // A statement given as its facts ({ done: false, date: …, by: … }) answers by its `done`.
  const done = node?.kind === 'map' ? node.entries.get('done') : undefined;
  if (done) return answer(done);
  if (node?.kind !== 'scalar') return node && isGiven(node) ? 'yes' : undefined;
  if (typeof node.value === 'boolean') return node.value ? 'yes' : 'no';
  const text = fold(String(node.value ?? '')).trim();
  if (opensWith(text, NO)) return 'no';
  return isGiven(node) ? 'yes' : undefined;
}

/** The options schema of a rule that asks for a described field of at least `minWords` words. */
export const MIN_WORDS_OPTIONS = {
  type: 'object',
  properties: { minWords: { type: 'integer', minimum: 1, description: 'Fewest words that count as a description.' } },
  additionalProperties: false,
};
