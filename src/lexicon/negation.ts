/**
 * negation: the words that say no, per language — one home for what five places (the yes/no
 * answers of src/engine/prose.ts, common-platforms, digital-channel, ros-and-dpa and
 * system-owner) each used to list for themselves. Three kinds, combined by each reader as it
 * needs them, so a word is listed once:
 * - `NEGATION`: the negation of a verb or clause ("ikke", "inte", "not", "never");
 * - `NOT_YET`: not yet ("endnu ikke", "ännu inte"): a no as an answer, a deferral in a statement;
 * - `NONE`: a determiner that denies its noun ("ingen", "inga", "no", "none");
 * - `ABSENCE`: a thing said to be lacking ("uden", "utan", "without", "mangler", "missing");
 * - `OPTING_OUT`: a choice against a thing ("fravælger", "väljer bort").
 * Statement polarity (src/interpret/polarity.ts) reads all four.
 * And the yes/no of an answer field (`ANSWER_YES`, `ANSWER_NO`).
 */
import type { WordLists } from './phrases.js';

export const NEGATION: WordLists = {
  en: ['not', 'never', 'neither', 'nor', 'cannot', "don't", "doesn't", "isn't", "aren't", "won't", "hasn't", "haven't", "wasn't"],
  da: ['ikke', 'aldrig', 'hverken'],
  sv: ['inte', 'ej', 'icke', 'aldrig', 'varken'],
  nb: ['ikke', 'ikkje', 'aldri', 'verken'],
};

/** Not yet: no as an answer ("ännu inte"), and a thing put off in a statement (its polarity is deferred). */
export const NOT_YET: WordLists = {
  en: ['not yet', 'yet to'],
  da: ['endnu ikke', 'ikke endnu'],
  sv: ['ännu inte', 'inte ännu', 'ännu ej'],
  nb: ['ennå ikke', 'ikke ennå', 'enda ikke'],
};

export const NONE: WordLists = {
  en: ['no', 'none'],
  da: ['ingen', 'intet'],
  sv: ['ingen', 'inga', 'inget'],
  nb: ['ingen', 'intet'],
};

export const ABSENCE: WordLists = {
  en: ['without', 'missing', 'lacks', 'lacking'],
  da: ['uden', 'mangler'],
  sv: ['utan', 'saknas', 'saknar'],
  nb: ['uten', 'mangler'],
};

/** A choice against a thing ("fravælger", "väljer bort"): it is not used. */
export const OPTING_OUT: WordLists = {
  // "… fremfor å kjøpe et eget skjemaverktøy", "rather than buying": the alternative not taken.
  en: ['opts out of', 'opted out of', 'rather than', 'instead of buying', 'instead of building'],
  da: ['fravælger', 'fravalgt', 'frem for at', 'fremfor at', 'i stedet for at'],
  sv: ['väljer bort', 'valts bort', 'i stället för att', 'istället för att', 'snarare än att'],
  nb: ['velger bort', 'valgt bort', 'fremfor å', 'framfor å', 'i stedet for å'],
};

/** An answer that opens with one of these says no ("Nei, ikke ennå"), beside `NEGATION` and `NONE` ("No", "Ingen"). */
export const ANSWER_NO: WordLists = {
  en: ['false'],
  da: ['nej'],
  sv: ['nej'],
  nb: ['nei'],
};

/** An answer that opens with one of these says yes ("Ja, orienteret 3. marts"). */
export const ANSWER_YES: WordLists = {
  en: ['yes', 'true'],
  da: ['ja', 'jep'],
  sv: ['ja', 'jo', 'japp'],
  nb: ['ja', 'jo'],
};
