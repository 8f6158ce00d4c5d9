/**
 * benefits: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Read by `priority-criteria`. */
export const PRIORITY_CRITERIA = ['standardisation', 'coherence', 'efficiency'] as const;

/** What the gains are: freed time, money, staff. Read by `priority-criteria`. */
export const GAINS: WordLists = words('benefits', 'GAINS');

/** How they are used: "anvendes til", "used for", "reinvested", "taken out of the budget". Read by `priority-criteria`. */
export const GAIN_USES: WordLists = words('benefits', 'GAIN_USES');

/**
 * A use stated with its user between verb and purpose ("timerne anvendes af Vej & Park til
 * vedligehold"): the passive verb, and the purpose that follows it in the same sentence. Read by
 * `priority-criteria` through `statesGainUse`.
 */
export const USE_VERBS: WordLists = words('benefits', 'USE_VERBS');
export const PURPOSES: WordLists = words('benefits', 'PURPOSES');

/**
 * The same data keyed in again ("taster oplysningerne ind i fagsystemet og derefter i ESDH, og
 * bevillingen registreres igen"): the opposite of the coherence criterion's "data fødes ét sted".
 * Read, when affirmed, by `priority-criteria`.
 */
export const REKEYING: WordLists = words('benefits', 'REKEYING');
