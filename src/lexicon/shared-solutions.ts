/**
 * shared-solutions: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/**
 * A status written as a sentence instead of "Status: …" ("Vi afviger fra den fælleskommunale
 * løsning, fordi …", "Det finns ingen gemensam lösning för …", "Vi bruker ID-porten og Altinn").
 * Read by `shared-solution`.
 */
export const DEVIATES_FROM_SHARED: WordLists = words('shared-solutions', 'DEVIATES_FROM_SHARED');

/** Read by `shared-solution`. */
export const NO_SHARED_SOLUTION: WordLists = words('shared-solutions', 'NO_SHARED_SOLUTION');

/** A shared (public, municipal, national) solution, as the word before its name ("den fælleskommunale løsning …"). Read by `shared-solution`. */
export const SHARED_SOLUTION: WordLists = words('shared-solutions', 'SHARED_SOLUTION');

/** An explanation that says nothing was examined ("Forklaring: Ikke undersøgt"): no explanation. Read by `shared-solution`. */
export const NOT_EXAMINED: WordLists = words('shared-solutions', 'NOT_EXAMINED');
