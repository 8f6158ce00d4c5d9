/**
 * acceptance: a body taking on the future responsibility and costs of a system, said in prose
 * ("Nämnden har i beslut 2026-05-12 accepterat det framtida ansvaret och kostnaderna", "The
 * committee has accepted the future responsibility"), per language.
 */
import { allPhrases, phraseAlternation, type WordLists } from './phrases.js';

/** Taking it on. */
export const ACCEPTING: WordLists = {
  sv: ['accepterat', 'accepterade', 'tagit på sig', 'påtagit sig'],
  da: ['accepteret', 'accepterede', 'påtaget sig'],
  nb: ['akseptert', 'aksepterte', 'påtatt seg'],
  en: ['accepted', 'taken on'],
};

/** What is taken on: the responsibility, the costs. */
export const RESPONSIBILITY: WordLists = {
  sv: ['ansvar*', 'kostnad*'],
  da: ['ansvar*', 'omkostning*'],
  nb: ['ansvar*', 'kostnader*', 'kostnad*'],
  en: ['responsibilit*', 'cost', 'costs'],
};

/** How far the responsibility may stand after the verb in one sentence. */
const REACH = 80;

const ACCEPTED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${phraseAlternation(allPhrases(ACCEPTING))})(?![\\p{L}\\p{N}])[^.;]{0,${REACH}}?(?<![\\p{L}\\p{N}])(?:${phraseAlternation(allPhrases(RESPONSIBILITY))})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Where a text says the responsibility was accepted: the match of the verb onwards, or null. */
export function acceptanceIn(text: string): RegExpExecArray | null {
  return ACCEPTED.exec(text);
}
