/**
 * alternatives: words the tool understands, per language (the lexicon is their one home).
 */
import { allPhrases, phraseAlternation, phraseMatches, type WordLists } from './phrases.js';
import { words } from './words.js';

/** Keeping, adapting or upgrading what exists, or the do-nothing alternative. Read by `old-vs-new`. */
export const ADAPT_EXISTING: WordLists = words('alternatives', 'ADAPT_EXISTING');

/** Acquiring something new: any acquisition, or a new or replacing system. Read by `old-vs-new`. */
export const NEW_SYSTEM: WordLists = words('alternatives', 'NEW_SYSTEM');

/**
 * Adapting what the municipality has, said with a verb and, in the same clause, a word for what
 * exists ("å tilpasse de eksisterende kontaktskjemaene", "bygge videre på dagens
 * telefonrutiner", "Å videreutvikle signeringsmodulen i dagens HR-system"): `ADAPT_EXISTING`
 * lists the fixed phrases, these two the parts that may stand apart.
 */
export const ADAPT_VERBS: WordLists = words('alternatives', 'ADAPT_VERBS');

export const EXISTING: WordLists = words('alternatives', 'EXISTING');

/** How far the word for what exists may stand after the verb in one clause. */
const REACH = 60;
let adapting: RegExp | undefined;
const ADAPT_PHRASES = allPhrases(ADAPT_EXISTING);

/** Whether a text speaks of adapting what exists: a fixed phrase, or a verb and an existing-word in one clause. */
export function adaptsExisting(text: string): boolean {
  if (phraseMatches(text, ADAPT_PHRASES).length) return true;
  const word = (lists: WordLists): string => `(?<![\\p{L}\\p{N}])(?:${phraseAlternation(allPhrases(lists))})(?![\\p{L}\\p{N}])`;
  adapting ??= new RegExp(`${word(ADAPT_VERBS)}[^.;:]{0,${REACH}}?${word(EXISTING)}`, 'iu');
  return adapting.test(text);
}
