/**
 * Headings an author wrote without heading markup, as Word users paste them: a line set wholly in
 * bold ("**3. Gemensamma lösningar och undantag**") or in capitals ("ØKONOMISKE KONSEKVENSER"),
 * alone or as the first line of its paragraph. A reviewer reads them as headings, so the reading
 * does too: each becomes a heading block one level below the last real heading (or the title
 * level for a document that opens with one and has no `#` title), deeper by its numbering
 * ("1.1 …" under "1. …"). Bold, capitals, length and punctuation decide, not words, so every
 * language reads alike — except a numbered paragraph's run-in heading ("1.1 Formål. Prosjektet
 * …"), which counts only when the lexicon knows it as a heading: "1.2 Systemägare är
 * Socialnämnden. …" is a sentence.
 *
 * A numbered document's paragraph numbers ("2.3 Kategori: differentierande.") are not text: the
 * paragraphs are given without them, so a label line reads as a label line.
 */
import { type Block, columnAt, type HeadingBlock, type ParagraphBlock, sliceLine, type TextLine } from '../../model/document.js';
import type { Range } from '../../model/model.js';
import { headingFields } from '../../lexicon/vocabulary.js';
import { labelLine } from './labels.js';

/** A heading is short: longer bold text is an emphasised sentence. */
const MAX_WORDS = 12;
const MAX_LENGTH = 100;
/** Fewer capitals than this are an abbreviation ("IT", "TBD"), not a heading. */
const MIN_CAPITAL_LETTERS = 4;

export function withImpliedHeadings(blocks: readonly Block[]): Block[] {
  const hasTitle = blocks.some((block) => block.type === 'heading' && block.depth === 1);
  let lastDepth = 0;
  /** The depth of the heading the block is under, real or implied. */
  let currentDepth = 0;
  let seenContent = false;
  const out: Block[] = [];
  blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      lastDepth = block.depth;
      currentDepth = block.depth;
      seenContent = true;
      out.push(block);
      return;
    }
    if (block.type !== 'paragraph' || !block.lines.length) {
      if (block.type !== 'other') seenContent = true;
      out.push(block);
      return;
    }
    // "Projektejer" / ": Mette Jensen" (a definition list, as Pandoc and many wikis write one):
    // each term heads its definition.
    const definitions = definitionList(block, Math.min(6, currentDepth + 1));
    if (definitions) {
      seenContent = true;
      out.push(...definitions);
      return;
    }
    const opensDocument = !seenContent && !hasTitle;
    seenContent = true;
    const first = block.lines[0]!;
    const numbered = numberingOf(first.text);
    const depthOf = (text: string): number => (opensDocument ? 1 : Math.min(6, Math.max(lastDepth, 1) + numberingDepth(text)));
    if (isImpliedHeading(first) || (numbered && isNumberedHeading(first.text))) {
      currentDepth = depthOf(first.text);
      out.push(heading(first, currentDepth, block.lines.length === 1 ? block.range : undefined));
      if (block.lines.length > 1) out.push(paragraphOf(block.lines.slice(1).map(withoutNumbering), block.range));
      return;
    }
    // "2.2 Prioriteringskriterier:" or "… i forhold til it-strategiens prioriteringskriterier:" over a
    // list: the list is that field's, as under a heading of its own.
    const intro = block.lines.length === 1 && blocks[index + 1]?.type === 'list' ? listIntroduction(withoutNumbering(first)) : undefined;
    if (intro) {
      out.push(heading(intro, Math.min(6, currentDepth + 1), undefined));
      return;
    }
    const runIn = numbered ? runInHeading(first, numbered) : undefined;
    if (runIn) {
      currentDepth = depthOf(first.text);
      out.push(heading(runIn.heading, currentDepth, undefined));
      out.push(paragraphOf([runIn.rest, ...block.lines.slice(1).map(withoutNumbering)], block.range));
      return;
    }
    out.push(numbered || block.lines.some((line) => numberingOf(line.text)) ? paragraphOf(block.lines.map(withoutNumbering), block.range) : block);
  });
  return out;
}

/**
 * A paragraph's own number in a numbered document ("2.3 Kategori: …", "1.1 Formål. …", "IV.
 * Organisering"): two or more parts of one or two digits, or a roman numeral, then a capital —
 * "1.25 mio. kr." is an amount, not a number.
 */
function numberingOf(text: string): string | undefined {
  return /^\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|[IVX]{1,5}\.)\s+(?=\p{Lu})/u.exec(text)?.[0];
}

function withoutNumbering(line: TextLine): TextLine {
  const numbering = numberingOf(line.text);
  return numbering ? sliceLine(line, numbering.length) : line;
}

/** "1.1 Bakgrund" alone on its line: a numbered heading in plain text. */
function isNumberedHeading(text: string): boolean {
  const rest = text.slice(numberingOf(text)!.length).trim();
  return rest.split(/\s+/).length <= RUN_IN_WORDS && !/[.!?;,:]$/.test(rest) && !labelLine(rest)?.value;
}

/** The words before a closing colon that name a field, when a list follows: "Prioriteringskriterier:", "… it-strategiens prioriteringskriterier:". */
function listIntroduction(line: TextLine): TextLine | undefined {
  const text = line.text.trimEnd();
  if (!text.endsWith(':')) return undefined;
  const words = [...text.slice(0, -1).matchAll(/\S+/g)];
  for (let count = 1; count <= Math.min(RUN_IN_WORDS, words.length); count++) {
    const from = words[words.length - count]!.index!;
    const named = text.slice(from, -1).trim();
    if (headingFields(named, { parts: false }).length) return sliceLine(line, from, from + named.length);
  }
  return undefined;
}

/** A run-in heading is a word or three ending in a stop, before the paragraph's first sentence. */
const RUN_IN_WORDS = 4;

/** "1.1 Formål. Prosjektet skal …": the heading "Formål" and the text after it, each where it is written. */
function runInHeading(line: TextLine, numbering: string): { heading: TextLine; rest: TextLine } | undefined {
  const stop = /^([^.!?:;,]+)\.\s+(?=\p{Lu})/u.exec(line.text.slice(numbering.length));
  if (!stop || stop[1]!.trim().split(/\s+/).length > RUN_IN_WORDS || !headingFields(stop[1]!).length) return undefined;
  const headingEnd = numbering.length + stop[1]!.length;
  return { heading: sliceLine(line, numbering.length, headingEnd), rest: sliceLine(line, numbering.length + stop[0].length) };
}

const DEFINITION = /^\s*:\s+/;

/** A paragraph of terms, each followed by a line opening with a colon: headings and their definitions, or undefined. */
function definitionList(block: ParagraphBlock, depth: number): Block[] | undefined {
  const lines = block.lines;
  const isTerm = (index: number): boolean =>
    index + 1 < lines.length &&
    !DEFINITION.test(lines[index]!.text) &&
    DEFINITION.test(lines[index + 1]!.text) &&
    lines[index]!.text.trim().split(/\s+/).length <= RUN_IN_WORDS + 2;
  if (!lines.some((_, index) => isTerm(index))) return undefined;
  const out: Block[] = [];
  let pending: TextLine[] = [];
  const flush = (): void => {
    if (pending.length)
      out.push(paragraphOf(pending, { ...block.range, endLine: pending[pending.length - 1]!.line, endColumn: endColumn(pending[pending.length - 1]!) }));
    pending = [];
  };
  lines.forEach((line, index) => {
    if (isTerm(index)) {
      flush();
      out.push(heading(line, depth, undefined));
    } else {
      const mark = DEFINITION.exec(line.text);
      pending.push(mark ? sliceLine(line, mark[0].length) : line);
    }
  });
  flush();
  return out;
}

/** Whether a line, on its own, reads as a heading: short, no sentence, wholly bold or in capitals. */
function isImpliedHeading(line: TextLine): boolean {
  const text = line.text.trim();
  if (!text || text.length > MAX_LENGTH || text.split(/\s+/).length > MAX_WORDS) return false;
  // A sentence ends in a stop; "Projektejer: Mette Jensen" is a label with its value. A question
  // in bold ("**Vem äger projektet?**") is a heading as an anmälan writes them.
  if (/[.!;,]$/.test(text) || labelLine(text)?.value) return false;
  if (text.endsWith('?')) return whollyBold(line);
  return whollyBold(line) || inCapitals(text);
}

function whollyBold(line: TextLine): boolean {
  const text = line.text;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  let covered = start;
  for (const [from, to] of [...line.strong].sort((a, b) => a[0] - b[0])) {
    if (from > covered && text.slice(covered, from).trim()) return false;
    covered = Math.max(covered, to);
  }
  return covered >= end && line.strong.length > 0;
}

function inCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= MIN_CAPITAL_LETTERS && letters.every((letter) => letter === letter.toLocaleUpperCase() && letter !== letter.toLocaleLowerCase());
}

/** "2.3 Kategori" is one level deeper than "2. Ärendet": the count of numbers in its numbering. */
function numberingDepth(text: string): number {
  const numbering = /^\s*(\d+(?:\.\d+)*)\.?\s/.exec(text);
  return numbering ? numbering[1]!.split('.').length : 1;
}

/** `whole`: the paragraph's range when the heading is all of it (markup included, as a `#` heading's range is). */
function heading(line: TextLine, depth: number, whole: Range | undefined): HeadingBlock {
  const text = line.text;
  const start = text.length - text.trimStart().length;
  const trimmed = sliceLine(line, start, text.trimEnd().length);
  const range: Range = whole ?? { line: line.line, column: trimmed.segments[0]!.column, endLine: line.line, endColumn: endColumn(trimmed) };
  return { type: 'heading', depth, line: trimmed, range };
}

function endColumn(line: TextLine): number {
  return columnAt(line, line.text.length);
}

function paragraphOf(lines: TextLine[], whole: Range): ParagraphBlock {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return {
    type: 'paragraph',
    lines,
    range: {
      line: first.line,
      column: first.segments[0]!.column,
      endLine: whole.endLine,
      endColumn: last.line === whole.endLine ? whole.endColumn : endColumn(last),
    },
  };
}
