/**
 * enums: words the tool understands, per language (the lexicon is their one home).
 */

/** Read by `focus-area`. */
export const FOCUS_AREAS = ['citizen-service', 'information-reuse', 'it-use', 'collaboration', 'innovation'];
