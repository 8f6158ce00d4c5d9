/**
 * Swedish (sv): this folder holds every word of the language the tool reads and writes.
 * A language is registered by having this file (scripts/gen-indexes.js lists the folders that
 * do); `rank` orders the languages, which decides ties when a document's language is guessed.
 */
export const rank = 3;

/** How numbers, amounts and dates are written for a reader of the language (Intl). */
export const locale = 'sv-SE';
