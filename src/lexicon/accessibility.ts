/**
 * accessibility: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Read by `special-needs`. */
export const SPECIAL_NEEDS: WordLists = words('accessibility', 'SPECIAL_NEEDS');

/** Read by `universal-design`. */
export const UNIVERSAL_DESIGN: WordLists = words('accessibility', 'UNIVERSAL_DESIGN');
