/**
 * Proposals written twice from one outline: as Markdown, and as a Word document the way Word
 * users write them (localized heading styles, numbered headings, content controls, tracked
 * changes, merged cells, line breaks inside a paragraph). Each Markdown line is known to stand in
 * one Word paragraph, so a finding's place in one can be checked against the other.
 */
import { DeletedTextRun, HeadingLevel, InsertedTextRun, Paragraph, Table, TableCell, TableRow, TextRun, type ParagraphChild } from 'docx';
import { buildDocx, patchParts } from './build.js';

/** Word's built-in style; a template's own based on it; one with only an outline level; numbered; one with only a name ("Overskrift 3"). */
export type HeadingStyle = 'builtin' | 'localized' | 'outline' | 'numbered' | 'named';

export type Item =
  | { heading: string; depth: number; style?: HeadingStyle }
  | { text: string }
  /** Label lines: one Word paragraph with line breaks (`breaks`), else one paragraph each. */
  | { labels: [string, string][]; breaks?: boolean }
  /** A label line whose value is a content control titled with the label. */
  | { control: [string, string] }
  /** Text with an insertion and a deletion tracked: it reads as `before + inserted + after`. */
  | { tracked: { before: string; inserted: string; deleted: string; after: string } }
  | { bullets: string[] }
  /** A table; `span` merges the cell at [row, column] with the one to its right (the right one empty in Markdown). */
  | { rows: string[][]; span?: [number, number] };

export interface Twin {
  markdown: string;
  docx: Uint8Array;
  /** The Word paragraph that holds Markdown line `line` at `column` (0: none, a blank or delimiter line). */
  paragraphAt(line: number, column: number): number;
}

const CONTROL = 'itstrat-control-';

export async function twin(items: Item[], options: { title?: string } = {}): Promise<Twin> {
  const md: string[] = [];
  /** Per Markdown line: its paragraph, or for a table row the paragraph of each cell. */
  const paragraphOf: (number | number[])[] = [];
  const children: (Paragraph | Table)[] = [];
  let paragraph = 0;
  const line = (text: string, at: number | number[]) => {
    md.push(text);
    paragraphOf.push(at);
  };
  const controls: [string, string][] = [];
  for (const item of items) {
    if ('heading' in item) {
      paragraph++;
      line(`${'#'.repeat(item.depth)} ${item.heading}`, paragraph);
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][item.depth - 1]!;
      const style = item.style ?? 'builtin';
      if (style === 'localized' && item.depth === 1) children.push(new Paragraph({ text: item.heading, style: 'Overskrift1' }));
      else if (style === 'outline' && item.depth === 2) children.push(new Paragraph({ text: item.heading, style: 'Rubrik2' }));
      else if (style === 'named' && item.depth === 3) children.push(new Paragraph({ text: item.heading, style: 'Overskrift3' }));
      else if (style === 'numbered') children.push(new Paragraph({ text: item.heading, heading: level, numbering: { reference: 'headings', level: 0 } }));
      else children.push(new Paragraph({ text: item.heading, heading: level }));
    } else if ('text' in item) {
      paragraph++;
      line(item.text, paragraph);
      children.push(new Paragraph(item.text));
    } else if ('labels' in item) {
      if (item.breaks) paragraph++;
      const runs: ParagraphChild[] = [];
      item.labels.forEach(([label, value], index) => {
        if (!item.breaks) paragraph++;
        line(`**${label}:** ${value}`, paragraph);
        runs.push(new TextRun({ text: `${label}:`, bold: true, ...(item.breaks && index ? { break: 1 } : {}) }), new TextRun(` ${value}`));
        if (!item.breaks) children.push(new Paragraph({ children: runs.splice(0) }));
      });
      if (item.breaks) children.push(new Paragraph({ children: runs }));
    } else if ('control' in item) {
      paragraph++;
      const [label, value] = item.control;
      line(`**${label}:** ${value}`, paragraph);
      controls.push([label, value]);
      children.push(new Paragraph(`${CONTROL}${controls.length - 1}`));
    } else if ('tracked' in item) {
      paragraph++;
      const { before, inserted, deleted, after } = item.tracked;
      line(`${before}${inserted}${after}`, paragraph);
      const date = '2026-01-05T10:00:00Z';
      children.push(
        new Paragraph({
          children: [
            new TextRun(before),
            new InsertedTextRun({ text: inserted, id: paragraph * 2, author: 'Redaktør', date }),
            new DeletedTextRun({ text: deleted, id: paragraph * 2 + 1, author: 'Redaktør', date }),
            new TextRun(after),
          ],
        }),
      );
    } else if ('bullets' in item) {
      for (const bullet of item.bullets) {
        paragraph++;
        line(`- ${bullet}`, paragraph);
        children.push(new Paragraph({ text: bullet, numbering: { reference: 'bullets', level: 0 } }));
      }
    } else {
      const rows = item.rows.map((cells, row) => {
        const first = paragraph + 1;
        const spanned = item.span?.[0] === row ? item.span[1] : -1;
        const cellsOut = cells.flatMap((text, column) => {
          if (column === spanned + 1 && spanned >= 0) return [];
          return [new TableCell({ children: [new Paragraph(text)], ...(column === spanned ? { columnSpan: 2 } : {}) })];
        });
        paragraph += cellsOut.length;
        // A merged cell's paragraph holds both of its Markdown cells.
        line(
          `| ${cells.join(' | ')} |`,
          cells.map((_, column) => first + column - (spanned >= 0 && column > spanned ? 1 : 0)),
        );
        if (row === 0) line(`|${cells.map(() => '---|').join('')}`, 0);
        return new TableRow({ children: cellsOut });
      });
      children.push(new Table({ rows }));
    }
    line('', 0);
  }
  let docx = await buildDocx(children, options);
  if (controls.length) {
    docx = patchParts(docx, {
      'word/document.xml': (xml) =>
        controls
          .reduce(
            (text, [label, value], index) =>
              text.replace(
                new RegExp(`<w:p>((?:(?!<w:p>).)*?)${CONTROL}${index}<`),
                `<w:sdt><w:sdtPr><w:alias w:val="${label}"/><w:tag w:val="${label}"/></w:sdtPr><w:sdtContent><w:p>$1${value}<`,
              ),
            xml,
          )
          .replace(/(<w:sdtContent><w:p>(?:(?!<\/w:p>).)*<\/w:p>)/g, '$1</w:sdtContent></w:sdt>'),
    });
  }
  const paragraphAt = (at: number, column: number): number => {
    const place = paragraphOf[at - 1] ?? 0;
    if (typeof place === 'number') return place;
    // The cell whose "|" comes last before the column.
    const cell = [...md[at - 1]!.slice(0, column - 1)].filter((char) => char === '|').length - 1;
    return place[Math.min(Math.max(cell, 0), place.length - 1)]!;
  };
  return { markdown: md.join('\n'), docx, paragraphAt };
}
