/**
 * A table of contents pasted from Word ("3. Sammenhæng med it-strategien ........ 3"): the
 * section names with their page numbers, as a list or as lines of a paragraph. It names the
 * sections; it states nothing, so the reading passes it over — a criterion's name in it is no
 * criterion, a heading's words in it no field. Dots or an ellipsis leading to a page number, or
 * a tab before one, mark its lines, whatever the language.
 */
import type { Block, TextLine } from '../../model/document.js';

const CONTENTS_LINE = /(?:\.{3,}|…+|\t)\s*\d{1,3}\s*$/u;
/** One such line could be a sentence that ends oddly; a table of contents has several. */
const MIN_LINES = 2;

export function withoutContents(blocks: readonly Block[]): Block[] {
  return blocks.filter((block) => !isContents(block));
}

function isContents(block: Block): boolean {
  const lines = linesOf(block);
  return lines !== undefined && lines.length >= MIN_LINES && lines.every((line) => CONTENTS_LINE.test(line.text));
}

/** The lines of a paragraph, or of a list whose items are one paragraph each; undefined for other blocks. */
function linesOf(block: Block): TextLine[] | undefined {
  if (block.type === 'paragraph') return block.lines;
  if (block.type !== 'list') return undefined;
  const lines: TextLine[] = [];
  for (const item of block.items) {
    if (item.blocks.length !== 1 || item.blocks[0]!.type !== 'paragraph') return undefined;
    lines.push(...item.blocks[0]!.lines);
  }
  return lines;
}
