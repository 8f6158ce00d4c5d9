/** Words authors leave where a value should be, in each language, and the marks they leave in any. */
import { allPhrases, type WordLists } from './phrases.js';
import { someWords, words } from './words.js';

/** A value that is only a placeholder ("ukendt", "vet inte"), beside the marks of `ANY_LANGUAGE`. */
const PLACEHOLDER_WORDS: WordLists = words('placeholders', 'PLACEHOLDER_WORDS');

/** A placeholder that may have a note after it ("Ukendt – afklares i styregruppen"): only words that cannot open a real value. */
const NOTED_PLACEHOLDER_WORDS: WordLists = someWords('placeholders', 'NOTED_PLACEHOLDER_WORDS');

/** A value put off ("Afventer beslutning", "to be confirmed"): a placeholder whatever follows. */
const PENDING_WORDS: WordLists = words('placeholders', 'PENDING_WORDS');

/** Marks in no language: "TBD", "?", "-", "n/a", "XX", "N.N." (nomen nescio, a name not known yet), "…", "<name>", "[name]". */
const ANY_LANGUAGE = String.raw`tbd|tba|todo|\?+|-+|–|n\/?a|na|xx+|n\.\s?n\.?|\.\.\.|…|<[^>]*>|\[[^\]]*\]`;
/** The marks that may have a note after them ("N.N. (udpeges af direktøren …)"). */
const ANY_LANGUAGE_NOTED = String.raw`tbd|tba|todo|\?+|n\/a|xxx+|n\.\s?n\.`;

const alternation = (lists: WordLists): string => [...new Set(allPhrases(lists))].join('|');

/** Placeholders authors leave where a value should be. */
export const PLACEHOLDER = new RegExp(`^(${ANY_LANGUAGE}|${alternation(PLACEHOLDER_WORDS)})$`, 'i');

/**
 * A placeholder with a note after it: "TBD (afventer direktionen)", "Ukendt – afklares i
 * styregruppen", "Afventer beslutning".
 */
export const PLACEHOLDER_LEAD = new RegExp(
  `^(?:(?:${ANY_LANGUAGE_NOTED}|${alternation(NOTED_PLACEHOLDER_WORDS)})\\s*[-–—:(,;]|(?:${alternation(PENDING_WORDS)})(?![\\p{L}\\p{N}]))`,
  'iu',
);
