import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../src/model/loaders/docx.js';
import { headingLevelOfStyleName } from '../../src/lexicon/word-styles.js';
import type { HeadingBlock, ListBlock, ParagraphBlock, TableBlock } from '../../src/model/document.js';
import {
  buildDocx,
  DeletedTextRun,
  HeadingLevel,
  InsertedTextRun,
  Paragraph,
  patchParts,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from './build.js';

const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...options });

async function sample(): Promise<Uint8Array> {
  return buildDocx(
    [
      new Paragraph({ text: 'Digital borgerservice', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          new TextRun({ text: 'Projektejer: ', bold: true }),
          new TextRun('Jens Hansen'),
          new TextRun({ text: 'Valuta:', bold: true, break: 1 }),
          new TextRun(' DKK'),
        ],
      }),
      new Paragraph({ text: 'Økonomi', style: 'Overskrift1', numbering: { reference: 'headings', level: 0 } }),
      new Paragraph({ text: 'Driftsudgifter', style: 'Rubrik2' }),
      new Paragraph({ text: 'Gevinster', style: 'Overskrift3' }),
      new Paragraph({ text: 'Første', numbering: { reference: 'bullets', level: 0 } }),
      new Paragraph({ text: 'Under', numbering: { reference: 'bullets', level: 1 } }),
      new Paragraph({ text: 'Anden', numbering: { reference: 'bullets', level: 0 } }),
      new Table({
        rows: [
          new TableRow({ children: [cell('Post'), cell('2025'), cell('2026')] }),
          new TableRow({ children: [cell('Licens', { columnSpan: 2 }), cell('100', { verticalMerge: VerticalMergeType.RESTART })] }),
          new TableRow({ children: [cell('Drift'), cell('50'), cell('', { verticalMerge: VerticalMergeType.CONTINUE })] }),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun('Budgettet er '),
          new InsertedTextRun({ text: 'godkendt', id: 1, author: 'A', date: '2026-01-01T00:00:00Z' }),
          new DeletedTextRun({ text: 'afvist', id: 2, author: 'A', date: '2026-01-01T00:00:00Z' }),
          new TextRun('.'),
        ],
      }),
    ],
    { title: 'Borgerservice 2.0' },
  );
}

describe('the .docx loader', () => {
  it('reads headings through styles, bold labels, lists, merged cells and accepted changes, located by paragraph', async () => {
    const { document, problems, outline } = loadDocx(await sample());
    expect(problems).toEqual([]);
    // The heading path of a finding names the number Word draws ("1. Økonomi").
    expect(outline).toEqual([
      { line: 1, depth: 1, text: 'Digital borgerservice' },
      { line: 3, depth: 1, text: '1. Økonomi' },
      { line: 4, depth: 2, text: 'Driftsudgifter' },
    ]);
    const blocks = document!.blocks;
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'heading', 'paragraph', 'list', 'table', 'paragraph']);
    const [title, labels, economy, running, notHeading, list, table, tracked] = blocks as [
      HeadingBlock,
      ParagraphBlock,
      HeadingBlock,
      HeadingBlock,
      ParagraphBlock,
      ListBlock,
      TableBlock,
      ParagraphBlock,
    ];
    expect(title).toMatchObject({ depth: 1, line: { text: 'Digital borgerservice', line: 1, segments: [{ at: 0, column: 1 }] } });
    // A line break inside a paragraph: two lines of paragraph 2, the second after "Jens Hansen ".
    expect(labels.lines).toEqual([
      { text: 'Projektejer: Jens Hansen', line: 2, segments: [{ at: 0, column: 1 }], strong: [[0, 12]] },
      { text: 'Valuta: DKK', line: 2, segments: [{ at: 0, column: 26 }], strong: [[0, 7]] },
    ]);
    // A numbered heading: Word draws "1." from numbering.xml; the text holds no number.
    expect(economy).toMatchObject({ depth: 1, line: { text: 'Økonomi', line: 3, strong: [[0, 7]] } });
    expect(running).toMatchObject({ depth: 2, line: { text: 'Driftsudgifter', line: 4 } });
    expect(notHeading.lines[0]!.text).toBe('Gevinster');
    expect(list.ordered).toBe(false);
    expect(list.items.map((item) => item.blocks.map((block) => block.type))).toEqual([['paragraph', 'list'], ['paragraph']]);
    expect(((list.items[0]!.blocks[1] as ListBlock).items[0]!.blocks[0] as ParagraphBlock).lines[0]).toMatchObject({ text: 'Under', line: 7 });
    expect(list.range).toEqual({ line: 6, column: 1, endLine: 8, endColumn: 6 });
    // Nine cell paragraphs, 9 to 17; the merged cells appear once, empty cells keep the columns.
    expect(table.rows.map((row) => row.cells.map((cell) => cell.lines.map((line) => `${line.line}:${line.text}`).join()))).toEqual([
      ['9:Post', '10:2025', '11:2026'],
      ['12:Licens', '', '13:100'],
      ['14:Drift', '15:50', ''],
    ]);
    expect(table.range).toEqual({ line: 9, column: 1, endLine: 16, endColumn: 1 });
    expect(tracked.lines[0]).toMatchObject({ text: 'Budgettet er godkendt.', line: 17 });
    expect(document!.source.split('\n')).toHaveLength(17);
    expect(document!.source.split('\n')[1]).toBe('Projektejer: Jens Hansen Valuta: DKK');
    expect(document!.title).toEqual({ text: 'Borgerservice 2.0', range: { line: 1, column: 1, endLine: 1, endColumn: 1 } });
  });

  it('the lexicon names heading styles in the four languages, and nothing else', () => {
    expect(['Heading 1', 'Overskrift 2', 'Rubrik 3', 'overskrift4', 'List Number 2', 'Body Text 2', 'Overskrift'].map(headingLevelOfStyleName)).toEqual([
      1,
      2,
      3,
      4,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a style named like a heading when the lexicon says so', async () => {
    const { document } = loadDocx(await sample(), { headingLevelOfName: (name) => (name === 'Overskrift 3' ? 3 : undefined) });
    expect(document!.blocks[4]).toMatchObject({ type: 'heading', depth: 3, line: { text: 'Gevinster', line: 5 } });
  });

  it('gives a content control its title as a bold label, and reads a placeholder as empty', async () => {
    const bytes = patchParts(await buildDocx([new Paragraph('Jens Hansen'), new Paragraph('Klik her')]), {
      'word/document.xml': (xml) =>
        xml
          .replace(/<w:p>(?=(?:(?!<w:p>).)*Jens Hansen)/, '<w:sdt><w:sdtPr><w:alias w:val="Projektejer"/><w:tag w:val="owner"/></w:sdtPr><w:sdtContent><w:p>')
          .replace(/(Jens Hansen<\/w:t><\/w:r><\/w:p>)/, '$1</w:sdtContent></w:sdt>')
          .replace(
            /<w:p>((?:(?!<w:p>).)*Klik her(?:(?!<\/w:p>).)*)<\/w:p>/,
            '<w:p><w:sdt><w:sdtPr><w:tag w:val="Valuta"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>$1</w:sdtContent></w:sdt></w:p>',
          ),
    });
    const { document } = loadDocx(bytes);
    expect((document!.blocks as ParagraphBlock[]).map((block) => block.lines[0])).toEqual([
      { text: 'Projektejer: Jens Hansen', line: 1, segments: [{ at: 0, column: 1 }], strong: [[0, 12]] },
      { text: 'Valuta:', line: 2, segments: [{ at: 0, column: 1 }], strong: [[0, 7]] },
    ]);
  });
});
