/**
 * Where in the file a stretch of a text is written. Rules find words in texts (`texts`,
 * `allTexts`, `textsOf`) by offset; a finding wants the line and column. The model keeps where
 * each value starts and ends, not its source, so the position is worked out from the value's
 * shape, and only where that shape pins it down:
 *
 * - a one-line value written as is (plain YAML, a Markdown label value, cell or list item) or
 *   in quotes without escapes; a Markdown heading;
 * - Markdown prose: a section's text, a text field's paragraphs, prose lines that follow each
 *   other (the loader keeps these as written);
 * - a YAML block scalar whose lines were not folded (`|`, or `>` where each line is its own
 *   paragraph): the line is exact; the column assumes the block is indented two spaces deeper
 *   than its key (the usual style) unless the block ends the file, where it is exact.
 *
 * Anything else — a folded (`>`) or plain scalar wrapped over several lines, a quoted one with
 * escapes, Markdown with inline markup — gets the range of the whole value.
 */
import type { Proposal, Range } from './model.js';
import type { TextHit } from './rulekit.js';

interface Position {
  line: number;
  column: number;
}

/** Line (0-based, within the text) and offset within that line of a text offset. */
function lineOf(text: string, offset: number): { line: number; inLine: number } {
  let line = 0;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    start = index + 1;
  }
  return { line, inLine: offset - start };
}

function newlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

type Mapper = (offset: number) => Position | undefined;

function mapperFor(proposal: Proposal, hit: TextHit): Mapper | undefined {
  const { text, range } = hit;
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);

  // A section's own text: the trimmed source between its heading and the end of its last
  // block. It ends where the section's range ends, so count lines back from there.
  const section = proposal.sections.find((candidate) => candidate.range === range && candidate.headingRange !== range);
  if (section) {
    const total = newlines(text);
    const first = range.endLine - total;
    if (first <= section.headingRange.endLine) return undefined;
    return (offset) => {
      const { line, inLine } = lineOf(text, offset);
      // The last line is exact from the end; the others are source lines as written (the
      // first one's leading spaces were trimmed: a paragraph starts in column 1).
      const column = line === total ? range.endColumn - (lastLine.length - inLine) : inLine + 1;
      return { line: first + line, column };
    };
  }

  // A heading (the section's heading, or a title taken from it): its text ends where it ends.
  if (range.line === range.endLine && proposal.sections.some((candidate) => candidate.headingRange === range)) {
    if (range.endColumn - text.length < range.column) return undefined;
    return (offset) => ({ line: range.line, column: range.endColumn - (text.length - offset) });
  }

  if (range.line === range.endLine) {
    const width = range.endColumn - range.column;
    if (width === text.length) return (offset) => ({ line: range.line, column: range.column + offset });
    if (width === text.length + 2) return (offset) => ({ line: range.line, column: range.column + 1 + offset });
    return undefined;
  }

  const core = text.replace(/\n+$/, '');
  const lines = newlines(core);
  const span = range.endLine - range.line;

  // Source as written, from the range's start (Markdown text fields and prose lines). YAML's
  // flow scalars fold line breaks, so their values always have fewer lines than their range.
  if (span === lines) {
    return (offset) => {
      const { line, inLine } = lineOf(text, offset);
      return { line: range.line + line, column: line === 0 ? range.column + inLine : inLine + 1 };
    };
  }

  // A block scalar: its range starts at the `|` or `>` indicator and its lines follow. When
  // the value has as many lines as the block, none was folded.
  if (range.endColumn === 1 && span === lines + 2) {
    const indent = hit.keyRange ? hit.keyRange.column + 1 : range.column - 1;
    return (offset) => {
      const { line, inLine } = lineOf(text, offset);
      return { line: range.line + 1 + line, column: indent + 1 + inLine };
    };
  }
  // …and at the end of a file without a final newline, the range ends after its last line,
  // which gives the indentation exactly. (A plain scalar never ends with a newline.)
  const coreLast = core.slice(core.lastIndexOf('\n') + 1);
  if (text.endsWith('\n') && span === lines + 1 && range.endColumn > coreLast.length) {
    const indent = range.endColumn - 1 - coreLast.length;
    return (offset) => {
      const { line, inLine } = lineOf(text, offset);
      return { line: range.line + 1 + line, column: indent + 1 + inLine };
    };
  }
  return undefined;
}

/**
 * The range in the file of `hit.text.slice(index, index + length)`: exact where the value's
 * shape allows (see above), else the range of the whole value.
 */
export function rangeInText(proposal: Proposal, hit: TextHit, index: number, length: number): Range {
  const map = mapperFor(proposal, hit);
  const start = map?.(index);
  const end = map?.(index + length);
  if (!start || !end || start.column < 1 || end.column < 1) return hit.range;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
