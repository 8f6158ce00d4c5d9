/**
 * operations: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Read by `proven-solution`. */
export const PROVEN_IN_USE: WordLists = words('operations', 'PROVEN_IN_USE');

/** Read by `proven-solution`. */
export const RELIABILITY: WordLists = words('operations', 'RELIABILITY');

/** Read by `proven-solution`. */
export const EXTERNAL_OPERATION: WordLists = words('operations', 'EXTERNAL_OPERATION');

/** Read by `sourcing`. */
export const OPERATIONS_AGREEMENT: WordLists = words('operations', 'OPERATIONS_AGREEMENT');
