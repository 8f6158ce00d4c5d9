/**
 * A field stated in a sentence instead of under its own heading or label: "Gevinstrealiseringen
 * rapporteres til kommunedirektørkollegiet mot baseline ett år etter innføring", "Efterkalkyl
 * görs 2028 av controllern". The field's own names (its heading and label aliases in every
 * language, src/lexicon/vocabulary.ts) are looked for in all the proposal's text, each with its
 * polarity: a field is missing only when nothing in the document states it, and a sentence that
 * puts it off ("Nyttorealiseringsplan tas fram efter projektavslut") is where the finding goes.
 */
import { phraseMatches } from '../lexicon/phrases.js';
import { fieldVocab } from '../lexicon/vocabulary.js';
import { allTexts } from '../model/access.js';
import type { Proposal } from '../model/model.js';
import { type Fulfilment, type FulfilmentOptions, fulfilment, fulfils, mentionsIn } from './polarity.js';

/** Names shorter than this ("Plan", "Mål") are everyday words, not a field's name. */
const MIN_NAME_LENGTH = 6;
const namesByPath = new Map<string, string[]>();

function namesOf(path: string): string[] {
  let names = namesByPath.get(path);
  if (!names) {
    const aliases = Object.values(fieldVocab(path)?.aliases ?? {}).flatMap((list) => list ?? []);
    // "Gevinstrealiseringen", "effekthemtagningen": the name in any inflection.
    names = [...new Set(aliases.filter((alias) => alias.length >= MIN_NAME_LENGTH).map((alias) => `${alias.toLowerCase()}*`))];
    namesByPath.set(path, names);
  }
  return names;
}

/** What the proposal's text says of the field `path` by its names: the first mention that states it, or else the first that does not. */
export function fieldStatement(proposal: Proposal, path: string, options: FulfilmentOptions = {}): Fulfilment {
  const names = namesOf(path);
  return names.length ? fulfilment(allTexts(proposal), names, options) : {};
}

/**
 * Whether a sentence states the field `path` by its names together with one of `context`
 * ("Gevinstene rapporteres mot utgangspunktet fra 2025": the baseline, of the gains).
 */
export function fieldStatedWith(proposal: Proposal, path: string, context: readonly string[], options: FulfilmentOptions = {}): boolean {
  const names = namesOf(path);
  return mentionsIn(allTexts(proposal), names).some((mention) => {
    if (!fulfils(mention.polarity, options)) return false;
    const { index, length } = mention.clause.sentence;
    return phraseMatches(mention.hit.text.slice(index, index + length), context).length > 0;
  });
}
