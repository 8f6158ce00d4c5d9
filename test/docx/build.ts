/**
 * Word documents for the tests, built with the `docx` library as Word would save them, plus the
 * parts `docx` cannot write (content controls, a DOCTYPE, macros) patched into its XML.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  type ISectionOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export { DeletedTextRun, HeadingLevel, InsertedTextRun, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType };

type Children = ISectionOptions['children'];

/** A .docx of `children`, with localized heading styles and a numbered-heading and bullet list defined. */
export async function buildDocx(children: Children, options: { title?: string } = {}): Promise<Uint8Array> {
  const document = new Document({
    ...(options.title ? { title: options.title } : {}),
    styles: {
      paragraphStyles: [
        // As a Danish template defines its own: based on Word's built-in heading, with its own name.
        { id: 'Overskrift1', name: 'Overskrift 1', basedOn: 'Heading1', next: 'Normal', run: { bold: true } },
        // A Swedish template's heading with only an outline level.
        { id: 'Rubrik2', name: 'Rubrik 2', basedOn: 'Normal', next: 'Normal', paragraph: { outlineLevel: 1 } },
        // A style named like a heading and nothing else: a heading only through the lexicon's names.
        { id: 'Overskrift3', name: 'Overskrift 3', basedOn: 'Normal', next: 'Normal' },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'headings',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
        {
          reference: 'bullets',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.BULLET, text: '◦', alignment: AlignmentType.START },
          ],
        },
        {
          reference: 'numbers',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The package with `edit` applied to the text of some of its parts. */
export function patchParts(bytes: Uint8Array, edit: Record<string, (xml: string) => string>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, change] of Object.entries(edit)) files[name] = strToU8(change(files[name] ? strFromU8(files[name]) : ''));
  return zipSync(files);
}
