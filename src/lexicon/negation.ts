/**
 * negation: the words that say no, per language — one home for what five places (the yes/no
 * answers of src/engine/prose.ts, common-platforms, digital-channel, ros-and-dpa and
 * system-owner) each used to list for themselves. Three kinds, combined by each reader as it
 * needs them, so a word is listed once:
 * - `NEGATION`: the negation of a verb or clause ("ikke", "inte", "not", "never", "yet to");
 * - `NONE`: a determiner that denies its noun ("ingen", "inga", "no", "none");
 * - `ABSENCE`: a thing said to be lacking ("uden", "utan", "without", "mangler", "missing").
 * And the yes/no of an answer field (`ANSWER_YES`, `ANSWER_NO`).
 */
import type { WordLists } from './phrases.js';

export const NEGATION: WordLists = {
  en: ['not', 'never', 'yet to'],
  da: ['ikke', 'aldrig', 'endnu ikke'],
  sv: ['inte', 'ej', 'aldrig', 'ännu inte'],
  nb: ['ikke', 'ikkje', 'aldri', 'ennå ikke'],
};

export const NONE: WordLists = {
  en: ['no', 'none'],
  da: ['ingen', 'intet'],
  sv: ['ingen', 'inga', 'inget'],
  nb: ['ingen', 'intet'],
};

export const ABSENCE: WordLists = {
  en: ['without', 'missing'],
  da: ['uden', 'mangler'],
  sv: ['utan', 'saknas'],
  nb: ['uten', 'mangler'],
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
