/**
 * architecture: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';
import { words } from './words.js';

/** Read by `it-category`. */
export const INTEGRATION: WordLists = words('architecture', 'INTEGRATION');

/** Ways of saying the process reuses data the municipality already has. Read by `work-process`. */
export const DATA_REUSE: WordLists = words('architecture', 'DATA_REUSE');

/** Open standards, interfaces and data: information that can be freed and reused. Read by `architecture-principles`. */
export const OPENNESS: WordLists = words('architecture', 'OPENNESS');

/** The security level, the security programme, the information classification. Read by `architecture-principles`. */
export const SECURITY_LEVEL: WordLists = words('architecture', 'SECURITY_LEVEL');

/** The application portfolio (register) of the city. Read by `architecture-principles`. */
export const APPLICATION_PORTFOLIO: WordLists = words('architecture', 'APPLICATION_PORTFOLIO');

/** Reuse of existing information and technical solutions, common platforms. Read by `architecture-principles`. */
export const REUSE_SOLUTIONS: WordLists = words('architecture', 'REUSE_SOLUTIONS');
