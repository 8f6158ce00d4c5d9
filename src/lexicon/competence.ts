/**
 * competence: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** What a training cost line is called. Read by `competence`. */
export const TRAINING: WordLists = words('competence', 'TRAINING');

/** Domain experts, by the names the proposal gives them. Read by `competence`. */
export const DOMAIN_EXPERTS: WordLists = words('competence', 'DOMAIN_EXPERTS');
