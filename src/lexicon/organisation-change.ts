/**
 * organisation-change: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Introducing the system as a change to the organisation, not only to its IT. Read by `approval-and-organisation`. */
export const ORGANISATION_CHANGE: WordLists = words('organisation-change', 'ORGANISATION_CHANGE');

/** How the operation must change for the technology to give its benefit. Read by `council-goals`. */
export const WORK_PRACTICE_CHANGE: WordLists = words('organisation-change', 'WORK_PRACTICE_CHANGE');
