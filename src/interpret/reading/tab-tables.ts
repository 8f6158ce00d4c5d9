/**
 * A table pasted from Excel into Markdown arrives as lines of cells set apart by tabs
 * ("Licens, bookingsystem⇥96.000⇥96.000⇥96.000⇥288.000"): one paragraph to a Markdown parser,
 * a table to its reader. A paragraph of two or more lines that all hold the same number (two or
 * more) of tab-separated cells is read as a table, its first line the header row, each cell
 * located where it is written.
 */
import { type Block, type ParagraphBlock, rangeIn, sliceLine, type TableBlock, type TableCell, type TextLine } from '../../model/document.js';

export function withTabTables(blocks: readonly Block[]): Block[] {
  return blocks.map((block) => (block.type === 'paragraph' ? (tabTable(block) ?? block) : block));
}

function tabTable(paragraph: ParagraphBlock): TableBlock | undefined {
  if (paragraph.lines.length < 2 || !paragraph.lines[0]!.text.includes('\t')) return undefined;
  const rows = paragraph.lines.map(cellsOf);
  const width = rows[0]!.length;
  if (width < 2 || rows.some((row) => row.length !== width)) return undefined;
  return {
    type: 'table',
    rows: rows.map((cells, index) => ({ cells, range: rangeIn(paragraph.lines[index]!, 0, paragraph.lines[index]!.text.trimEnd().length) })),
    range: paragraph.range,
  };
}

function cellsOf(line: TextLine): TableCell[] {
  const cells: TableCell[] = [];
  let from = 0;
  for (const part of line.text.split('\t')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const start = from + lead;
    cells.push({ lines: text ? [sliceLine(line, start, start + text.length)] : [], range: rangeIn(line, start, start + text.length) });
    from += part.length + 1;
  }
  return cells;
}
