/**
 * Where in the file a stretch of a value's text is written. Rules find words in texts
 * (`texts`, `allTexts`, `textsOf`) by offset in the value; a finding wants the line and column
 * of those words. The value's own range is exact (from the parser), so the words are looked
 * up in the file's source within that range: the same words, in the same order, where only
 * the white space may differ (YAML folds lines and strips indentation; Markdown wraps
 * paragraphs). When the words cannot be found there as written (a quoted YAML value with
 * escapes, inline markup between the words), the finding gets the range of the whole value.
 */
import type { Proposal, Range } from './model.js';
import type { TextHit } from './access.js';
import { LineIndex } from './lines.js';

const lineIndexes = new WeakMap<Proposal, LineIndex>();

function lineIndex(proposal: Proposal): LineIndex {
  let index = lineIndexes.get(proposal);
  if (!index) {
    index = new LineIndex(proposal.source);
    lineIndexes.set(proposal, index);
  }
  return index;
}

/** The words of `phrase`, matched with any white space between them, case-insensitively. */
function wordsPattern(phrase: string): RegExp {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'), 'giu');
}

/**
 * The range in the file of `hit.text.slice(index, index + length)`, or the range of the whole
 * value when those words are not written as such inside it.
 */
export function rangeInText(proposal: Proposal, hit: TextHit, index: number, length: number): Range {
  const phrase = hit.text.slice(index, index + length);
  if (!phrase.trim()) return hit.range;
  const lines = lineIndex(proposal);
  const from = lines.offset(hit.range.line, hit.range.column);
  const to = lines.offset(hit.range.endLine, hit.range.endColumn);
  const written = proposal.source.slice(from, Math.max(from, to));
  // The n-th time the words occur in the value is the n-th time they are written.
  const inValue = wordsPattern(phrase);
  let occurrence = 0;
  for (const match of hit.text.matchAll(inValue)) {
    if (match.index! >= index) break;
    occurrence++;
  }
  const inSource = wordsPattern(phrase);
  let found: RegExpExecArray | null = null;
  for (let seen = 0; seen <= occurrence; seen++) {
    found = inSource.exec(written);
    if (!found) return hit.range;
  }
  const start = lines.position(from + found!.index);
  const end = lines.position(from + found!.index + found![0].length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
