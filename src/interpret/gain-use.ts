/**
 * Whether a text says how a project's gains will be used (ESB-4.1: "Der skal aktivt tages
 * stilling til hvordan gevinster … skal anvendes"): it names a gain — freed hours, the saving,
 * the money — and what it goes to, either as one phrase ("anvendes til", "reinvesteres") or as a
 * passive verb whose purpose follows later in the same sentence, after the user ("timerne
 * anvendes af Vej & Park til vedligehold af diger").
 */
import { allPhrases, findPhrase, phraseMatches } from '../lexicon/phrases.js';
import { GAIN_USES, GAINS, PURPOSES, USE_VERBS } from '../lexicon/benefits.js';

const GAIN_WORDS = allPhrases(GAINS);
const USE_WORDS = allPhrases(GAIN_USES);
const VERBS = allPhrases(USE_VERBS);
const PURPOSE_WORDS = allPhrases(PURPOSES);
/** How far after its verb a purpose may stand: a user of a few words, not the next clause. */
const MAX_GAP = 60;

export function statesGainUse(text: string): boolean {
  if (!findPhrase(text, GAIN_WORDS)) return false;
  return findPhrase(text, USE_WORDS) !== undefined || useWithPurpose(text);
}

function useWithPurpose(text: string): boolean {
  const purposes = phraseMatches(text, PURPOSE_WORDS);
  return phraseMatches(text, VERBS).some((verb) => {
    const after = verb.index + verb.matched.length;
    return purposes.some((purpose) => purpose.index > after && purpose.index - after <= MAX_GAP && !/[.!?;]\s/.test(text.slice(after, purpose.index)));
  });
}
