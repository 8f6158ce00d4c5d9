import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/cli/annotate-docx.js';
import { loadDocx } from '../../src/model/loaders/docx.js';
import { readZip } from '../../src/model/loaders/docx-zip.js';
import { elements, parseXml, textOf, type XmlElement } from '../../src/model/loaders/docx-xml.js';
import { buildDocx, HeadingLevel, Paragraph, patchParts, Table, TableCell, TableRow } from './build.js';

async function sample(): Promise<Uint8Array> {
  return buildDocx([
    new Paragraph({ text: 'Titel 😀', heading: HeadingLevel.HEADING_1 }),
    new Paragraph(''),
    new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Celle')] })] })] }),
    new Paragraph('Sidste & <vigtigste>'),
  ]);
}

/** Every element named `name` under `element`, in document order. */
function all(element: XmlElement, name: string, found: XmlElement[] = []): XmlElement[] {
  for (const item of elements(element)) {
    if (item.name === name) found.push(item);
    all(item, name, found);
  }
  return found;
}

/** Each comment's author and text, and the paragraph (1-based) that holds both its range start and its reference. */
function commentsOf(bytes: Uint8Array): { paragraph: number; author: string; text: string }[] {
  const files = unzipSync(bytes);
  const paragraphs = all(parseXml(strFromU8(files['word/document.xml']!)), 'w:p');
  const ids = (paragraph: XmlElement, name: string) => all(paragraph, name).map((item) => item.attrs['w:id']);
  return all(parseXml(strFromU8(files['word/comments.xml']!)), 'w:comment').map((comment) => {
    const id = comment.attrs['w:id'];
    const paragraph = paragraphs.findIndex((item) => ids(item, 'w:commentRangeStart').includes(id) && ids(item, 'w:commentReference').includes(id));
    return { paragraph: paragraph + 1, author: comment.attrs['w:author']!, text: all(comment, 'w:t').map(textOf).join('|') };
  });
}

describe('annotating a Word file', () => {
  it('adds one comment per finding at its paragraph and keeps every other part as stored', async () => {
    const input = await sample();
    const output = annotateDocx(input, [
      { paragraph: 1, text: ['Mangler ejer', 'ESB-4: «citat»'] },
      { paragraph: 2, text: ['Tomt afsnit'] },
      { paragraph: 3, text: ['I tabellen'] },
      { paragraph: 4, text: ['To på samme', 'x < y & "z"'] },
      { paragraph: 4, text: ['Anden'] },
      { paragraph: 99, text: ['Intet sted'] },
    ]);
    expect(commentsOf(output)).toEqual([
      { paragraph: 1, author: 'itstrat', text: 'Mangler ejer|ESB-4: «citat»' },
      { paragraph: 2, author: 'itstrat', text: 'Tomt afsnit' },
      { paragraph: 3, author: 'itstrat', text: 'I tabellen' },
      { paragraph: 4, author: 'itstrat', text: 'To på samme|x < y & "z"' },
      { paragraph: 4, author: 'itstrat', text: 'Anden' },
      { paragraph: 1, author: 'itstrat', text: 'Intet sted' },
    ]);
    const before = new Map(readZip(input).map((entry) => [entry.name, entry]));
    const after = readZip(output);
    const changed = after.filter((entry) => {
      const old = before.get(entry.name);
      return !old || Buffer.compare(Buffer.from(old.data), Buffer.from(entry.data)) !== 0 || old.crc !== entry.crc;
    });
    expect(changed.map((entry) => entry.name).sort()).toEqual([
      '[Content_Types].xml',
      'word/_rels/document.xml.rels',
      'word/comments.xml',
      'word/document.xml',
    ]);
    // The text reads the same: comments are not proposal text.
    expect(loadDocx(output).document!.source).toBe(loadDocx(input).document!.source);
  });

  it('adds to the comments a document already has', async () => {
    const once = annotateDocx(await sample(), [{ paragraph: 1, text: ['Først'] }]);
    const twice = annotateDocx(once, [{ paragraph: 4, text: ['Siden'] }]);
    expect(commentsOf(twice).map((comment) => [comment.paragraph, comment.text])).toEqual([
      [1, 'Først'],
      [4, 'Siden'],
    ]);
    const types = strFromU8(unzipSync(twice)['[Content_Types].xml']!);
    expect(types.match(/comments\+xml/g)).toHaveLength(1);
  });

  it('adds to an empty, self-closing comments part (as pandoc writes one)', async () => {
    const once = annotateDocx(await sample(), [{ paragraph: 1, text: ['Først'] }]);
    const emptied = patchParts(once, {
      'word/comments.xml': () => '<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" />',
    });
    expect(commentsOf(annotateDocx(emptied, [{ paragraph: 4, text: ['Siden'] }])).map((comment) => [comment.paragraph, comment.text])).toEqual([[4, 'Siden']]);
  });

  it('anchors to self-closing paragraphs', async () => {
    const input = patchParts(await sample(), {
      'word/document.xml': (xml) => xml.replace(/<w:p>(?:(?!<w:p>).)*?<w:t[^>]*>Celle<\/w:t><\/w:r><\/w:p>/, '<w:p/>'),
    });
    expect(commentsOf(annotateDocx(input, [{ paragraph: 3, text: ['Tom celle'] }]))).toEqual([{ paragraph: 3, author: 'itstrat', text: 'Tom celle' }]);
  });
});
