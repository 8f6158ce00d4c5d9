/**
 * language-markers: what tells a proposal's language from its prose (src/interpret/language.ts)
 * when neither its `language` field nor its keys and headings settle it.
 */
import type { WordLists } from './phrases.js';
import { someWords, words } from './words.js';

/** Words common in one language's administrative prose and rare in the others. */
export const LANGUAGE_MARKERS: WordLists = words('language-markers', 'LANGUAGE_MARKERS');

/** Spellings only one of two close languages uses (Danish and Norwegian): they break the tie between the two. */
export const CLOSE_LANGUAGE_MARKERS: WordLists = someWords('language-markers', 'CLOSE_LANGUAGE_MARKERS');

/** Letters of the language's alphabet that English lacks: any of them in the text is a vote. */
export const LANGUAGE_LETTERS: WordLists = someWords('language-markers', 'LANGUAGE_LETTERS');
