/**
 * conjunctions: the words that join the items of a list ("Borgerservice og Digitalisering",
 * "tillgänglighet och service samt …"), per language.
 */
import type { WordLists } from './phrases.js';

export const CONJUNCTIONS: WordLists = {
  en: ['and', 'as well as'],
  da: ['og', 'samt', 'samt også'],
  sv: ['och', 'samt'],
  nb: ['og', 'samt', 'samt også'],
};
