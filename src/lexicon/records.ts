/**
 * records: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { someWords, words } from './words.js';

/** Case handling, registering and archiving: the solution produces records. Read by `noark`. */
export const RECORDS_MANAGEMENT: WordLists = words('records', 'RECORDS_MANAGEMENT');

/** Read by `noark`. */
export const NOARK: WordLists = someWords('records', 'NOARK');

/** Preservation and disposal: what is kept, what is discarded, and where it is deposited. Read by `noark`. */
export const PRESERVATION: WordLists = words('records', 'PRESERVATION');
