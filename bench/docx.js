// A 60-page Word proposal and its Markdown twin (about 400 paragraphs of prose and label lines,
// 10 tables), linted each on its own: the Word file is to take at most twice the Markdown's time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const SECTIONS = [
  'Projektejer',
  'Beskrivelse',
  'Sammenhæng med it-strategien',
  'Tværgående konsekvenser',
  'Fællesoffentlig løsning',
  'Økonomi',
  'Opfølgning',
  'Sikkerhed',
  'Tilgængelighed',
  'Kompetencer',
];
const SENTENCE =
  'Projektet samler kommunens bookingsystemer i én løsning, så borgere og foreninger kan se ledige lokaler, booke og betale ét sted, og medarbejderne slipper for dobbeltindtastning i tre systemer.';

/** Writes big.md and big.docx into `dir`; returns their paths. */
export async function writeWordBench(dir) {
  const md = ['# Fælles bookingsystem for haller, mødelokaler og kulturhuse', ''];
  const children = [new Paragraph({ text: 'Fælles bookingsystem for haller, mødelokaler og kulturhuse', heading: HeadingLevel.HEADING_1 })];
  SECTIONS.forEach((section, index) => {
    md.push(`## ${section}`, '');
    children.push(new Paragraph({ text: section, heading: HeadingLevel.HEADING_2 }));
    const labels =
      index === 0
        ? [
            ['Navn', 'Susanne Lund'],
            ['Rolle', 'Kultur- og fritidschef'],
          ]
        : index === 5
          ? [
              ['Valuta', 'DKK'],
              ['Finansiering', 'Digitaliseringspuljen'],
            ]
          : [];
    for (const [label, value] of labels) {
      md.push(`**${label}:** ${value}`, '');
      children.push(new Paragraph({ children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun(` ${value}`)] }));
    }
    for (let paragraph = 0; paragraph < 38; paragraph++) {
      md.push(`${SENTENCE} (${index + 1}.${paragraph + 1})`, '');
      children.push(new Paragraph(`${SENTENCE} (${index + 1}.${paragraph + 1})`));
    }
    const head = index === 6 ? ['Perspektiv', 'Måltal', 'Metode', 'Udgangspunkt', 'Mål'] : ['Post', 'Art', '2026', '2027', '2028'];
    const rows = Array.from({ length: 7 }, (_, row) =>
      index === 6
        ? ['Ekstern nytte', `Måltal ${row + 1}`, 'Objektiv', '10 %', '90 %']
        : [`Post ${row + 1}`, row % 2 ? 'Drift' : 'Investering', '10.000 kr.', '20.000 kr.', '30.000 kr.'],
    );
    md.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---|').join('')}`, ...rows.map((row) => `| ${row.join(' | ')} |`), '');
    children.push(
      new Table({ rows: [head, ...rows].map((row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) }),
    );
  });
  const markdown = join(dir, 'big.md');
  const word = join(dir, 'big.docx');
  writeFileSync(markdown, md.join('\n'));
  writeFileSync(word, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return { markdown, word };
}
