/**
 * A reviewed copy of a Word file: one Word comment per finding, anchored to the paragraph the
 * finding's `line` numbers (as the loader counts them: docx-body.ts). Only the main part, the
 * comments part, and — when the file had no comments — the content types and the main part's
 * relationships change; every other entry is copied as the very bytes it was stored as.
 */
import { newEntry, writeZip, type ZipEntry } from '../model/loaders/docx-zip.js';
import { openWordPackage, readBody } from '../model/loaders/docx.js';
import { elements, type XmlElement } from '../model/loaders/docx-xml.js';

export interface Annotation {
  /** The paragraph (1-based, the finding's `line`); one that does not exist goes on the first. */
  paragraph: number;
  /** The comment's paragraphs. */
  text: string[];
}

export const COMMENT_AUTHOR = 'itstrat';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

interface Edit {
  from: number;
  to: number;
  text: string;
}

export function annotateDocx(bytes: Uint8Array, annotations: readonly Annotation[]): Uint8Array {
  const word = openWordPackage(bytes);
  const paragraphs = readBody(word, {}, true).paragraphs;
  if (!paragraphs.length) throw new Error('the document has no paragraph to anchor a comment to');
  const existing = word.related('comments');
  const commentsXml = existing ? word.text(existing) : undefined;
  let nextId = 1 + Math.max(-1, ...commentIds(existing ? word.part(existing) : undefined));

  // Anchors, grouped per paragraph so several comments on one paragraph nest cleanly.
  const starts = new Map<XmlElement, string[]>();
  const ends = new Map<XmlElement, string[]>();
  const comments: string[] = [];
  for (const annotation of annotations) {
    const paragraph = paragraphs[annotation.paragraph - 1] ?? paragraphs[0]!;
    const id = nextId++;
    (starts.get(paragraph) ?? starts.set(paragraph, []).get(paragraph)!).push(`<w:commentRangeStart w:id="${id}"/>`);
    (ends.get(paragraph) ?? ends.set(paragraph, []).get(paragraph)!).unshift(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    const body = annotation.text.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
    comments.push(`<w:comment w:id="${id}" w:author="${COMMENT_AUTHOR}" w:initials="IS">${body}</w:comment>`);
  }

  const document = word.text(word.main)!;
  const edits: Edit[] = [];
  for (const [paragraph, opening] of starts) {
    const at = paragraph.at!;
    const closing = ends.get(paragraph)!.join('');
    if (at.openEnd === at.closeEnd) {
      // `<w:p/>`: opened, given the anchors, and closed.
      edits.push({ from: at.openEnd - 2, to: at.openEnd, text: `>${opening.join('')}${closing}</w:p>` });
      continue;
    }
    // The anchor starts after the paragraph's properties, which must come first.
    const first = elements(paragraph)[0];
    const startAt = first?.name === 'w:pPr' ? first.at!.closeEnd : at.openEnd;
    edits.push({ from: startAt, to: startAt, text: opening.join('') });
    const closeTag = document.lastIndexOf('<', at.closeEnd - 1);
    edits.push({ from: closeTag, to: closeTag, text: closing });
  }

  const changed = new Map<string, string>();
  changed.set(word.main, applyEdits(document, edits));
  const folder = word.main.slice(0, word.main.lastIndexOf('/') + 1);
  if (existing && commentsXml !== undefined) {
    const close = commentsXml.lastIndexOf('</w:comments>');
    changed.set(existing, `${commentsXml.slice(0, close)}${comments.join('')}${commentsXml.slice(close)}`);
  } else {
    const names = new Set(word.entries.map((entry) => entry.name));
    let name = `${folder}comments.xml`;
    for (let n = 1; names.has(name); n++) name = `${folder}comments${n}.xml`;
    changed.set(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${comments.join('')}</w:comments>`);
    const types = word.text('[Content_Types].xml')!;
    changed.set('[Content_Types].xml', insertBefore(types, '</Types>', `<Override PartName="/${name}" ContentType="${COMMENTS_TYPE}"/>`));
    const relsName = `${folder}_rels/${word.main.slice(folder.length)}.rels`;
    const rels =
      word.text(relsName) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    let relId = 'itstratComments';
    for (let n = 1; rels.includes(`Id="${relId}"`); n++) relId = `itstratComments${n}`;
    const relationship = `<Relationship Id="${relId}" Type="${COMMENTS_RELATIONSHIP}" Target="${name.slice(folder.length)}"/>`;
    changed.set(relsName, insertBefore(rels, '</Relationships>', relationship));
  }

  const encoder = new TextEncoder();
  const out: ZipEntry[] = word.entries.map((entry) => {
    const text = changed.get(entry.name);
    if (text === undefined) return entry;
    changed.delete(entry.name);
    return newEntry(entry.name, encoder.encode(text));
  });
  for (const [name, text] of changed) out.push(newEntry(name, encoder.encode(text)));
  return writeZip(out);
}

function commentIds(comments: XmlElement | undefined): number[] {
  const top = comments && elements(comments).find((item) => item.name === 'w:comments');
  return (top ? elements(top) : []).map((item) => Number(item.attrs['w:id'])).filter(Number.isInteger);
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  // From the end, so earlier offsets stay true; at one offset, in the order they were made.
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.from - a.edit.from || b.index - a.index);
  for (const { edit } of ordered) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  return out;
}

function insertBefore(text: string, closing: string, addition: string): string {
  const at = text.lastIndexOf(closing);
  if (at < 0) throw new Error(`no ${closing} to add to`);
  return text.slice(0, at) + addition + text.slice(at);
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the markup characters escaped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}
