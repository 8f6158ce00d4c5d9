/**
 * procurement: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/**
 * Signs that something is bought: the purchase itself, not a supplier or a licence named —
 * "Databehandleravtale med leverandøren", "| Drift og lisens | 40 |" speak of systems already
 * bought. Read by `approval-and-organisation`, which takes only purchases stated as done or
 * planned ("fremfor å kjøpe et eget skjemaverktøy" buys nothing).
 */
export const ACQUISITION: WordLists = words('procurement', 'ACQUISITION');

/** The procurement law and how it is followed. Read by `approval-and-organisation`. */
export const PROCUREMENT_LAW: WordLists = words('procurement', 'PROCUREMENT_LAW');

/** Read by `sourcing`. */
export const TENDERING: WordLists = words('procurement', 'TENDERING');
