/**
 * acceptance: a body taking on the future responsibility and costs of a system, said in prose
 * ("Nämnden har i beslut 2026-05-12 accepterat det framtida ansvaret och kostnaderna", "The
 * committee has accepted the future responsibility"), per language.
 */
import { allPhrases, phraseAlternation, type WordLists } from './phrases.js';
import { words } from './words.js';

/** Taking it on. */
export const ACCEPTING: WordLists = words('acceptance', 'ACCEPTING');

/** What is taken on: the responsibility, the costs. */
export const RESPONSIBILITY: WordLists = words('acceptance', 'RESPONSIBILITY');

/** How far the responsibility may stand after the verb in one sentence. */
const REACH = 80;

const VERB = `(?<![\\p{L}\\p{N}])(?:${phraseAlternation(allPhrases(ACCEPTING))})(?![\\p{L}\\p{N}])`;
const WHAT = `(?<![\\p{L}\\p{N}])(?:${phraseAlternation(allPhrases(RESPONSIBILITY))})(?![\\p{L}\\p{N}])`;
/** The verb before what is taken on, or after it ("ansvar och förvaltningskostnader accepterade"). */
const ACCEPTED = new RegExp(`${VERB}[^.;]{0,${REACH}}?${WHAT}|${WHAT}[^.;]{0,${REACH}}?${VERB}`, 'iu');

/** Where a text says the responsibility was accepted: the match of the verb onwards, or null. */
export function acceptanceIn(text: string): RegExpExecArray | null {
  return ACCEPTED.exec(text);
}
