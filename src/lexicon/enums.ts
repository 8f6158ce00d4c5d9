/**
 * enums: canonical values of enum fields that rules name (the words authors write for them are
 * in `vocabulary.ts`).
 */

/** Read by `focus-area`. */
export const FOCUS_AREAS = ['citizen-service', 'information-reuse', 'it-use', 'collaboration', 'innovation'];
