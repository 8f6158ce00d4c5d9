/**
 * governance: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Read by `it-category`. */
export const PROJECT_MODEL: WordLists = words('governance', 'PROJECT_MODEL');

/** Read by `kpi-followup`. */
export const PROJECT_GOVERNANCE: WordLists = words('governance', 'PROJECT_GOVERNANCE');

/**
 * A project's own steering group: what it approves is not approved by the body a strategy
 * names, even where that body is named in the same clause ("Prosjektets styringsgruppe
 * godkjente løsningen, slik rådmannskollegiet har bedt om"). Read by src/interpret/approval.ts.
 */
export const STEERING_GROUP: WordLists = words('governance', 'STEERING_GROUP');
