/**
 * One XML part of a Word file → a small element tree, streamed by saxes. saxes never fetches
 * or expands a DTD; a part that declares one is refused outright (Word never writes one, so a
 * DOCTYPE is a file built to attack a reader: entity expansion or external entities).
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Qualified name as written, e.g. `w:p`. */
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
  /** With `positions`: where the open tag ends and the close tag ends (equal for `<x/>`), in UTF-16 units of the text. */
  at?: { openEnd: number; closeEnd: number };
}

export class XmlError extends Error {
  constructor(
    readonly fault: 'dtd' | 'syntax',
    detail: string,
  ) {
    super(detail);
  }
}

/** Elements nested deeper than this are no Word document (Word's own nesting stays far below). */
const MAX_DEPTH = 256;

export function parseXml(text: string, options: { positions?: boolean } = {}): XmlElement {
  const positions = options.positions === true;
  const parser = new SaxesParser({ xmlns: false, position: positions });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let error: XmlError | undefined;
  parser.on('doctype', () => {
    error ??= new XmlError('dtd', 'DOCTYPE');
  });
  parser.on('error', (cause) => {
    error ??= new XmlError('syntax', cause.message.split('\n')[0]!);
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    if (positions) element.at = { openEnd: parser.position, closeEnd: parser.position };
    stack.at(-1)!.children.push(element);
    stack.push(element);
    if (stack.length > MAX_DEPTH) error ??= new XmlError('syntax', 'nesting too deep');
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (positions && element?.at) element.at.closeEnd = parser.position;
  });
  parser.on('text', (value) => {
    stack.at(-1)!.children.push(value);
  });
  // saxes reports an error through the handler and goes on; the first one decides, and a
  // DOCTYPE stops the parse before anything after it is read.
  const CHUNK = 64 * 1024;
  for (let at = 0; at < text.length && !error; at += CHUNK) parser.write(text.slice(at, at + CHUNK));
  if (!error) parser.close();
  if (error) throw error;
  return root;
}

/** The element children of `element` (text dropped). */
export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const item of element.children) if (typeof item !== 'string' && item.name === name) return item;
  return undefined;
}

/** The descendant reached by following child names, e.g. `path(style, 'w:pPr', 'w:outlineLvl')`. */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = element;
  for (const name of names) at = child(at, name);
  return at;
}

/** The concatenated text inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((item) => (typeof item === 'string' ? item : textOf(item))).join('');
}

/** An OOXML on/off property (`<w:b/>`, `<w:b w:val="0"/>`): present and not switched off. */
export function isOn(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attrs['w:val'];
  return value === undefined || !(value === '0' || value === 'false' || value === 'off');
}
