/**
 * The words Word's heading styles are named with in each language ("Heading 1", "Overskrift 1",
 * "Rubrik 1"). Word itself stores its built-in heading styles under their English identifiers
 * with an outline level, which the .docx loader reads by structure; these names are for
 * templates that define a style of their own so named and give it no outline level.
 */
import { allPhrases, type WordLists } from './phrases.js';
import { words } from './words.js';

export const HEADING_STYLE_WORDS: WordLists = words('word-styles', 'HEADING_STYLE_WORDS');

const WORDS = new Set(allPhrases(HEADING_STYLE_WORDS).map((word) => word.toLowerCase()));

/** The heading depth a style's name says ("Overskrift 2" → 2), if it is a heading style's name. */
export function headingLevelOfStyleName(name: string): number | undefined {
  const match = /^(\p{L}+)\s*([1-9])$/u.exec(name.trim());
  return match && WORDS.has(match[1]!.toLowerCase()) ? Number(match[2]) : undefined;
}
