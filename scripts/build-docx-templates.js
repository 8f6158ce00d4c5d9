// The Word templates of `itstrat init --format docx`: each strategy × language's Markdown scaffold
// (dist/src/cli/init.js) written as a Word document with the `docx` library — headings in Word's
// heading styles, label lines with bold labels, the tables, and the guidance as Word comments on
// the heading it belongs to (a comment is not proposal text, so the template lints with only
// "fill this in" findings). Written to dist/templates/<strategy>-<lang>.docx at build time.
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

const { scaffold } = await import('../dist/src/cli/init.js');
const { strategyIds } = await import('../dist/src/lexicon/strategies.js');
const { LANGS } = await import('../dist/src/model/model.js');

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
const cells = (line) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());

/** A line's runs: a leading "Label:" in bold, as authors write label lines in Word. */
function runs(text) {
  const label = /^([^:]{1,60}:)(.*)$/.exec(text);
  return label ? [new TextRun({ text: label[1], bold: true }), new TextRun(label[2])] : [new TextRun(text)];
}

function documentOf(markdown, title) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const children = [];
  const comments = [];
  // The title paragraph, empty for the author to fill; the opening guidance is its comment.
  let anchor = { heading: HeadingLevel.HEADING_1, children: [] };
  const paragraphs = [anchor];
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const comment = /^<!--\s*([\s\S]*?)\s*-->$/.exec(line.trim());
    const heading = /^(#{1,4}) (.*)$/.exec(line);
    if (comment) {
      const id = comments.length;
      comments.push({ id, author: 'itstrat', initials: 'IS', children: [new Paragraph(comment[1])] });
      anchor.children.unshift(new CommentRangeStart(id));
      anchor.children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    } else if (heading) {
      anchor = { heading: HEADINGS[heading[1].length - 1], children: [new TextRun(heading[2])] };
      paragraphs.push(anchor);
    } else if (line.startsWith('- ')) {
      paragraphs.push({ numbering: { reference: 'bullets', level: 0 }, children: runs(line.slice(2)) });
    } else if (line.startsWith('|')) {
      const rows = [];
      for (; index < lines.length && lines[index].startsWith('|'); index++) if (!/^\|[-| :]+\|$/.test(lines[index])) rows.push(cells(lines[index]));
      index--;
      paragraphs.push({
        table: new Table({
          rows: [
            ...rows.map(
              (row) =>
                new TableRow({
                  tableHeader: true,
                  children: row.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] })),
                }),
            ),
            // One empty row to type the first line into.
            new TableRow({ children: rows[0].map(() => new TableCell({ children: [new Paragraph('')] })) }),
          ],
        }),
      });
    } else if (line.trim()) {
      paragraphs.push({ children: runs(line) });
    }
  }
  for (const paragraph of paragraphs) children.push(paragraph.table ?? new Paragraph(paragraph));
  return new Document({
    title,
    creator: 'itstrat init',
    comments: { children: comments },
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
}

mkdirSync('dist/templates', { recursive: true });
for (const strategy of strategyIds()) {
  for (const lang of LANGS) {
    const document = documentOf(scaffold({ strategy, lang, format: 'md' }), '');
    writeFileSync(`dist/templates/${strategy}-${lang}.docx`, await Packer.toBuffer(document));
  }
}
