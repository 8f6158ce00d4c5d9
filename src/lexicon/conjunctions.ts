/**
 * conjunctions: the words that join the items of a list ("Borgerservice og Digitalisering",
 * "tillgänglighet och service samt …"), per language.
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

export const CONJUNCTIONS: WordLists = words('conjunctions', 'CONJUNCTIONS');
