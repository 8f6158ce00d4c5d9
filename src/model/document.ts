/**
 * The located document: what a prose loader (Markdown, Word) produces and the interpretation
 * reads to find a proposal's fields. It holds structure and text only — headings, paragraphs,
 * lists, tables, the bold spans an author used for labels — never a field: which heading or
 * label names which field is meaning, decided in src/interpret/ through the lexicon. So a second
 * parser (the `.docx` loader) yields this same shape and every reading, rule and output works on
 * it unchanged.
 *
 * Text is as a reader sees it: inline markup removed, character references decoded, struck-out
 * text dropped. Positions stay exact: `columnAt` maps an index in a line's text back to the
 * column where that character is written in the file.
 */
import type { MapNode, Range } from './model.js';

/** One line of text as written on one line of the file (Word: one paragraph, or one line of it). */
export interface TextLine {
  text: string;
  /** 1-based line in the file (Word: the paragraph number in document order). */
  line: number;
  /**
   * Where the text's characters are written: `text[at]` is at column `column`, and the columns
   * after it follow one by one until the next segment (markup removed between two segments).
   * Sorted by `at`; the first has `at: 0`.
   */
  segments: { at: number; column: number }[];
  /** Spans of the text the author set in bold, as `[start, end)` indexes into `text`. */
  strong: [number, number][];
}

export interface HeadingBlock {
  type: 'heading';
  /** 1 = document title level (`#`, Word's "Heading 1"/"Overskrift 1"/"Rubrik 1"). */
  depth: number;
  line: TextLine;
  range: Range;
}

export interface ParagraphBlock {
  type: 'paragraph';
  lines: TextLine[];
  range: Range;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
  range: Range;
}

export interface ListItem {
  blocks: Block[];
  range: Range;
}

export interface TableCell {
  /** Empty for an empty cell; more than one when the cell holds line breaks or paragraphs. */
  lines: TextLine[];
  range: Range;
}

export interface TableRow {
  /** A merged cell appears once, in the first row and column it covers. */
  cells: TableCell[];
  range: Range;
}

export interface TableBlock {
  type: 'table';
  /** The first row is the header row. */
  rows: TableRow[];
  range: Range;
}

/** A quotation or other container whose paragraphs count as text of the section. */
export interface QuoteBlock {
  type: 'quote';
  blocks: Block[];
  range: Range;
}

/** Code, raw HTML, a rule line, an image: part of the section's extent, not of its text. */
export interface OtherBlock {
  type: 'other';
  range: Range;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | QuoteBlock | OtherBlock;

export interface LocatedDocument {
  blocks: Block[];
  /** The file's text as positions index it (Word: one line per paragraph, as `TextLine.line` counts them). */
  source: string;
  /** Markdown front matter, read by the YAML loader, and where it is written. */
  front?: { root?: MapNode; range: Range };
  /** A title the file carries outside its body (Word's document properties), for when the body has none. */
  title?: { text: string; range: Range };
  /** Text in `source` that is not the proposal's: guidance for the author (Markdown's `<!-- … -->`). */
  hidden?: Range[];
}

/** The column at which `line.text[index]` is written (`index` may be `text.length`: just past the end). */
export function columnAt(line: TextLine, index: number): number {
  let segment = line.segments[0]!;
  for (const next of line.segments) {
    if (next.at > index) break;
    segment = next;
  }
  return segment.column + (index - segment.at);
}

/** The part `text.slice(start, end)` of a line, keeping where each of its characters is written. */
export function sliceLine(line: TextLine, start: number, end = line.text.length): TextLine {
  const segments = line.segments
    .filter((segment) => segment.at > start && segment.at < end)
    .map((segment) => ({ at: segment.at - start, column: segment.column }));
  return {
    text: line.text.slice(start, end),
    line: line.line,
    segments: [{ at: 0, column: columnAt(line, start) }, ...segments],
    strong: line.strong.filter(([from, to]) => to > start && from < end).map(([from, to]) => [Math.max(0, from - start), Math.min(end, to) - start]),
  };
}

/** Where `line.text.slice(start, end)` is written. */
export function rangeIn(line: TextLine, start: number, end: number): Range {
  const endColumn = end > start ? columnAt(line, end - 1) + 1 : columnAt(line, start);
  return { line: line.line, column: columnAt(line, start), endLine: line.line, endColumn };
}

/** The paragraphs of blocks in reading order, in lists and quotes too (not in tables or headings). */
export function paragraphsOf(blocks: readonly Block[]): ParagraphBlock[] {
  const found: ParagraphBlock[] = [];
  const visit = (block: Block): void => {
    if (block.type === 'paragraph') found.push(block);
    else if (block.type === 'list') for (const item of block.items) item.blocks.forEach(visit);
    else if (block.type === 'quote') block.blocks.forEach(visit);
  };
  blocks.forEach(visit);
  return found;
}

/** The text lines of blocks in reading order: paragraphs, list items and quotes (not tables or headings). */
export function proseLines(blocks: readonly Block[]): TextLine[] {
  return paragraphsOf(blocks).flatMap((paragraph) => paragraph.lines);
}

/** A table cell's text on one line: its lines joined by a space (a cell may hold line breaks). */
export function cellText(cell: TableCell): string {
  return cell.lines
    .map((line) => line.text)
    .join(' ')
    .trim();
}
