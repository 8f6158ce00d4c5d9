/**
 * A Word file (`.docx`, `.docm`) → the located document (SPEC §1), or one located `parse` problem
 * saying how to fix the file. The package is opened by hand (docx-zip.ts: bounded), its parts
 * found through their relationships as Word finds them, each XML part parsed by saxes with DTDs
 * refused (docx-xml.ts). Macros (`.docm`) are never run: the VBA part is never even unpacked.
 */
import type { LocatedDocument } from '../document.js';
import type { OutlineHeading, Range } from '../model.js';
import { BodyReader } from './docx-body.js';
import { type DocxReadOptions, Numbering, Styles } from './docx-styles.js';
import { child, elements, parseXml, textOf, type XmlElement, XmlError } from './docx-xml.js';
import { readZip, UnpackBudget, unpack, type ZipEntry, ZipError } from './docx-zip.js';
import type { LoadProblem } from './problems.js';

export type { DocxReadOptions } from './docx-styles.js';

export interface DocxResult {
  document?: LocatedDocument;
  /** The headings with their drawn numbers, in order (for a finding's heading path). */
  outline?: OutlineHeading[];
  problems: LoadProblem[];
}

const START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The compound-file signature: an old binary .doc, or any Office file saved with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MAIN_TYPES = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  template: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  macros: 'application/vnd.ms-word.document.macroEnabled.main+xml',
  macroTemplate: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
};

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

const ZIP_FAULTS: Record<ZipError['fault'], string> = {
  notZip: 'docxNotZip',
  truncated: 'docxTruncated',
  tooManyEntries: 'docxTooLarge',
  tooLargeUnpacked: 'docxTooLarge',
  encrypted: 'docxEncrypted',
  badEntry: 'docxDamaged',
};

/** A fault of the file as a whole: one problem, at its start. */
export class DocxFault extends Error {
  constructor(
    readonly messageId: string,
    readonly data?: Record<string, string | number>,
  ) {
    super(messageId);
  }
}

export function loadDocx(bytes: Uint8Array, options: DocxReadOptions = {}): DocxResult {
  try {
    return read(bytes, options);
  } catch (error) {
    const problem = (messageId: string, data?: Record<string, string | number>): DocxResult => ({
      problems: [{ ruleId: 'parse', messageId, range: START, ...(data ? { data } : {}) }],
    });
    if (error instanceof DocxFault) return problem(error.messageId, error.data);
    if (error instanceof ZipError) return problem(ZIP_FAULTS[error.fault]);
    throw error;
  }
}

/** A Word package opened: its entries as stored, its main part, and its parts parsed on demand. */
export interface WordPackage {
  entries: ZipEntry[];
  /** The main document part's name, e.g. `word/document.xml`. */
  main: string;
  /** Whether the main part is macro-enabled (`.docm`, `.dotm`). */
  macros: boolean;
  /** A part's text (undefined when absent), unpacked within the file's budget. */
  text(name: string): string | undefined;
  /** A part parsed (undefined when absent); a part that is no XML, or declares a DTD, throws a `DocxFault`. */
  part(name: string, options?: { positions?: boolean }): XmlElement | undefined;
  /** The name of the main part's related part of a kind (`styles`, `numbering`, `comments`). */
  related(kind: string): string | undefined;
}

/** Opens a Word package, or throws `DocxFault` / `ZipError` for a file that is none. */
export function openWordPackage(bytes: Uint8Array): WordPackage {
  if (OLE.every((byte, index) => bytes[index] === byte)) throw new DocxFault('docxOle');
  const list = readZip(bytes);
  const entries = new Map<string, ZipEntry>();
  for (const entry of list) entries.set(entry.name, entry);
  const budget = new UnpackBudget();
  const text = (name: string): string | undefined => {
    const entry = entries.get(name);
    return entry ? new TextDecoder().decode(unpack(entry, budget)) : undefined;
  };
  const part = (name: string, options: { positions?: boolean } = {}): XmlElement | undefined => {
    const source = text(name);
    if (source === undefined) return undefined;
    try {
      return parseXml(source, options);
    } catch (error) {
      if (!(error instanceof XmlError)) throw error;
      throw new DocxFault(error.fault === 'dtd' ? 'docxDtd' : 'docxXml', { part: name, detail: error.message });
    }
  };
  const main = mainPart(entries, part);
  const contentType = typeOf(part('[Content_Types].xml'), main);
  if (!Object.values(MAIN_TYPES).includes(contentType ?? '')) throw new DocxFault('docxNotWord');
  const macros = contentType === MAIN_TYPES.macros || contentType === MAIN_TYPES.macroTemplate;
  return { entries: list, main, macros, text, part, related: relationships(part, main) };
}

/** The body of the main part read into blocks; `positions` keeps where each paragraph's tags end (for annotating). */
export function readBody(word: WordPackage, options: DocxReadOptions = {}, positions = false): BodyReader {
  const body = child(child(word.part(word.main, { positions }), 'w:document'), 'w:body');
  if (!body) throw new DocxFault('docxNotWord');
  const styles = new Styles(word.part(word.related('styles') ?? 'word/styles.xml'), options);
  const numbering = new Numbering(word.part(word.related('numbering') ?? 'word/numbering.xml'));
  const reader = new BodyReader(styles, numbering);
  reader.read(body);
  return reader;
}

function read(bytes: Uint8Array, options: DocxReadOptions): DocxResult {
  const word = openWordPackage(bytes);
  const reader = readBody(word, options);
  const document: LocatedDocument = { blocks: reader.blocks, source: reader.lines.join('\n') };
  const title = coreTitle(word);
  if (title) document.title = { text: title, range: START };
  const problems: LoadProblem[] = word.macros ? [{ ruleId: 'parse', messageId: 'docxMacros', range: START }] : [];
  return { document, outline: reader.outline, problems };
}

/** The main document part, as the package relationships name it. */
function mainPart(entries: Map<string, ZipEntry>, part: (name: string) => XmlElement | undefined): string {
  const target = relationTargets(part('_rels/.rels'), `${RELATIONSHIP}officeDocument`)[0];
  if (target !== undefined) return target.replace(/^\//, '');
  // An OpenDocument file is a zip too: its `mimetype` entry says so.
  const mimetype = entries.get('mimetype');
  if (mimetype && mimetype.method === 0 && new TextDecoder().decode(mimetype.data).startsWith('application/vnd.oasis.opendocument'))
    throw new DocxFault('docxOdt');
  throw new DocxFault('docxNotWord');
}

/** The content type [Content_Types].xml gives a part: its own override, else its extension's default. */
function typeOf(types: XmlElement | undefined, name: string): string | undefined {
  const list = elements(child(types, 'Types') ?? { name: '', attrs: {}, children: [] });
  const override = list.find((item) => item.name === 'Override' && item.attrs.PartName?.replace(/^\//, '') === name);
  if (override) return override.attrs.ContentType;
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return list.find((item) => item.name === 'Default' && item.attrs.Extension?.toLowerCase() === extension)?.attrs.ContentType;
}

/** The targets of a relationships part's relationships of `type`. */
function relationTargets(rels: XmlElement | undefined, type: string): string[] {
  return elements(child(rels, 'Relationships') ?? { name: '', attrs: {}, children: [] })
    .filter((item) => item.name === 'Relationship' && item.attrs.Type === type && item.attrs.TargetMode !== 'External')
    .map((item) => item.attrs.Target ?? '');
}

/** A function giving the path of the main part's related part of a kind (`styles`, `numbering`). */
function relationships(part: (name: string) => XmlElement | undefined, main: string): (kind: string) => string | undefined {
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const rels = part(`${folder}_rels/${main.slice(folder.length)}.rels`);
  return (kind) => {
    const target = relationTargets(rels, `${RELATIONSHIP}${kind}`)[0];
    if (target === undefined) return undefined;
    return target.startsWith('/') ? target.slice(1) : folder + target;
  };
}

/** docProps/core.xml's title, when the author set one. */
function coreTitle(word: WordPackage): string | undefined {
  const properties = child(word.part('docProps/core.xml'), 'cp:coreProperties');
  const title = properties && elements(properties).find((item) => item.name === 'dc:title');
  const text = title ? textOf(title).replace(/\s+/g, ' ').trim() : '';
  return text || undefined;
}
