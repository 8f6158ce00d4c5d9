/**
 * A reviewed copy of a Word file: one Word comment per finding, anchored to the paragraph the
 * finding's `line` numbers (as the loader counts them: docx-body.ts). Only the main part, the
 * comments part, and — when the file had no comments — the content types and the main part's
 * relationships change; every other entry is copied as the very bytes it was stored as.
 */
import { newEntry, writeZip, type ZipEntry } from '../model/loaders/docx-zip.js';
import { openWordPackage, readBody } from '../model/loaders/docx.js';
import { elements, parseXml, type XmlElement } from '../model/loaders/docx-xml.js';

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
  const document = word.text(word.main)!;
  // New ids follow every id in use: the comments', and anchors the document may hold without one.
  const anchored = [...document.matchAll(/<w:comment(?:RangeStart|RangeEnd|Reference)\b[^>]*?w:id="(\d+)"/g)].map((match) => Number(match[1]));
  let nextId = 1 + Math.max(-1, ...commentIds(existing ? word.part(existing) : undefined), ...anchored);

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

  const edits: Edit[] = [];
  for (const [paragraph, opening] of starts) {
    const at = paragraph.at!;
    const closing = ends.get(paragraph)!.join('');
    if (at.openEnd !== at.closeEnd) {
      // The anchor starts after the paragraph's properties, which must come first.
      const first = elements(paragraph)[0];
      const startAt = first?.name === 'w:pPr' ? first.at!.closeEnd : at.openEnd;
      edits.push({ from: startAt, to: startAt, text: opening.join('') });
    }
    edits.push(closingEdit(document, paragraph, at.openEnd === at.closeEnd ? opening.join('') + closing : closing, 'w:p'));
  }

  const changed = new Map<string, string>();
  changed.set(word.main, applyEdits(document, edits));
  const folder = word.main.slice(0, word.main.lastIndexOf('/') + 1);
  if (existing && commentsXml !== undefined) {
    changed.set(existing, appendTo(commentsXml, 'w:comments', comments.join('')));
  } else {
    const names = new Set(word.entries.map((entry) => entry.name));
    let name = `${folder}comments.xml`;
    for (let n = 1; names.has(name); n++) name = `${folder}comments${n}.xml`;
    changed.set(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${comments.join('')}</w:comments>`);
    const types = word.text('[Content_Types].xml')!;
    changed.set('[Content_Types].xml', appendTo(types, 'Types', `<Override PartName="/${name}" ContentType="${COMMENTS_TYPE}"/>`));
    const relsName = `${folder}_rels/${word.main.slice(folder.length)}.rels`;
    const rels =
      word.text(relsName) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    let relId = 'itstratComments';
    for (let n = 1; rels.includes(`Id="${relId}"`); n++) relId = `itstratComments${n}`;
    const relationship = `<Relationship Id="${relId}" Type="${COMMENTS_RELATIONSHIP}" Target="${name.slice(folder.length)}"/>`;
    changed.set(relsName, appendTo(rels, 'Relationships', relationship));
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

/** `content` added as the element's last children; `<x/>` is opened and closed around it. */
function closingEdit(text: string, element: XmlElement, content: string, name: string): Edit {
  const at = element.at!;
  if (at.openEnd === at.closeEnd) return { from: at.openEnd - 2, to: at.openEnd, text: `>${content}</${name}>` };
  const closeTag = text.lastIndexOf('<', at.closeEnd - 1);
  return { from: closeTag, to: closeTag, text: content };
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  // From the end, so earlier offsets stay true; at one offset, in the order they were made.
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.from - a.edit.from || b.index - a.index);
  for (const { edit } of ordered) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
  return out;
}

/** `content` added as the last children of the part's root element `root`. */
function appendTo(text: string, root: string, content: string): string {
  const element = elements(parseXml(text, { positions: true })).find((item) => item.name === root);
  if (!element) throw new Error(`no ${root} element to add to`);
  return applyEdits(text, [closingEdit(text, element, content, root)]);
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the markup characters escaped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}
