/**
 * word/document.xml's body → the located document's blocks. Every `w:p` in the body, in
 * document order and including each one inside a table cell, is one line of the synthesized
 * source: its number is the `line` a finding gives (Word users follow "paragraph 12"), its
 * characters the columns. Tracked changes read as accepted: insertions and moves-to are text,
 * deletions and moves-from are not. Drawings, text boxes, fields' instructions, footnote and
 * comment references are not proposal text.
 */
import type { OutlineHeading, Range } from '../model.js';
import type { Block, ListBlock, ListItem, TableBlock, TableCell, TableRow, TextLine } from '../document.js';
import { child, elements, isOn, path, type XmlElement } from './docx-xml.js';
import { type Numbering, numbering, type Styles } from './docx-styles.js';

/** Containers whose children are read as if they stood in their place (inserted text, links, fields' results). */
function transparent(name: string): boolean {
  switch (name) {
    case 'w:ins':
    case 'w:moveTo':
    case 'w:hyperlink':
    case 'w:smartTag':
    case 'w:customXml':
    case 'w:fldSimple':
    case 'w:dir':
    case 'w:bdo':
      return true;
    default:
      return false;
  }
}

/** Never text: deleted, moved away, drawn (text boxes included), or the code behind a field. */
function notText(name: string): boolean {
  switch (name) {
    case 'w:del':
    case 'w:moveFrom':
    case 'w:drawing':
    case 'w:pict':
    case 'w:object':
    case 'mc:AlternateContent':
    case 'w:instrText':
    case 'w:delText':
    case 'w:delInstrText':
      return true;
    default:
      return false;
  }
}

interface ReadParagraph {
  line: number;
  /** The paragraph as one source line: line breaks inside it are spaces here. */
  text: string;
  bold: boolean[];
  breaks: number[];
  depth?: number;
  list?: { numId: string; level: number };
  /** The number Word draws before it, when it is in a numbered list. */
  number?: string;
}

export class BodyReader {
  /** The source lines: `lines[n - 1]` is paragraph n. */
  readonly lines: string[] = [];
  readonly blocks: Block[] = [];
  /** The headings in order, each with the number Word draws before it ("4. Økonomi"): what a finding's heading path names. */
  readonly outline: OutlineHeading[] = [];
  /** The paragraphs' elements: `paragraphs[n - 1]` is paragraph n (where an annotation anchors). */
  readonly paragraphs: XmlElement[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly lists: Numbering,
  ) {}

  read(body: XmlElement): void {
    this.container(elements(body), this.blocks);
  }

  /** Block-level children of the body or of a block content control, appended to `out`. */
  private container(children: XmlElement[], out: Block[], label?: string): void {
    let openList: { root: ListBlock; levels: ListBlock[] } | undefined;
    let pending = label;
    for (const item of children) {
      if (item.name === 'w:p') {
        const paragraph = this.paragraph(item, pending);
        pending = undefined;
        if (!paragraph.text.trim()) continue;
        const range = lineRange(paragraph);
        if (paragraph.depth !== undefined) {
          openList = undefined;
          const line = joined(paragraph);
          out.push({ type: 'heading', depth: paragraph.depth, line, range });
          this.outline.push({ line: paragraph.line, depth: paragraph.depth, text: [paragraph.number, line.text].filter(Boolean).join(' ') });
        } else if (paragraph.list) {
          openList = this.addItem(openList, paragraph, range, out);
        } else {
          openList = undefined;
          out.push({ type: 'paragraph', lines: split(paragraph), range });
        }
      } else if (item.name === 'w:tbl') {
        openList = undefined;
        const table = this.table(item);
        if (table) out.push(table);
      } else if (item.name === 'w:sdt') {
        openList = undefined;
        this.container(elements(child(item, 'w:sdtContent') ?? item), out, fieldLabel(item));
      } else if (transparent(item.name)) {
        this.container(elements(item), out);
      }
    }
  }

  private addItem(open: { root: ListBlock; levels: ListBlock[] } | undefined, paragraph: ReadParagraph, range: Range, out: Block[]) {
    const { numId, level } = paragraph.list!;
    const item: ListItem = { blocks: [{ type: 'paragraph', lines: split(paragraph), range }], range };
    let state = open;
    if (!state) {
      const root: ListBlock = { type: 'list', ordered: this.lists.ordered(numId, level), items: [], range };
      out.push(root);
      state = { root, levels: [root] };
    }
    // Deeper than the open levels: a nested list in the last item of the level above.
    while (state.levels.length <= level) {
      const parent = state.levels.at(-1)!;
      const last = parent.items.at(-1);
      if (!last) break;
      const nested: ListBlock = { type: 'list', ordered: this.lists.ordered(numId, state.levels.length), items: [], range };
      last.blocks.push(nested);
      state.levels.push(nested);
    }
    state.levels.length = Math.min(state.levels.length, level + 1);
    for (const list of state.levels) list.range = { ...list.range, endLine: range.endLine, endColumn: range.endColumn };
    state.levels.at(-1)!.items.push(item);
    extendItems(state.levels, range);
    return state;
  }

  private table(table: XmlElement): TableBlock | undefined {
    const rows: TableRow[] = [];
    for (const row of rowsOf(table)) {
      const cells: TableCell[] = [];
      for (const cell of cellsOf(row)) {
        const lines: TextLine[] = [];
        const first = this.lines.length + 1;
        this.cellText(elements(cell), lines);
        const last = Math.max(first, this.lines.length);
        const range: Range = { line: first, column: 1, endLine: last, endColumn: (this.lines[last - 1]?.length ?? 0) + 1 };
        const merged = path(cell, 'w:tcPr', 'w:vMerge');
        const continued = merged !== undefined && merged.attrs['w:val'] !== 'restart';
        cells.push({ lines: continued ? [] : lines, range });
        // A cell spanning columns appears once; empty cells keep the columns after it in place.
        const span = Number(path(cell, 'w:tcPr', 'w:gridSpan')?.attrs['w:val'] ?? 1);
        for (let extra = 1; extra < Math.min(span, 64); extra++) cells.push({ lines: [], range });
      }
      if (cells.length) rows.push({ cells, range: spanning(cells[0]!.range, cells.at(-1)!.range) });
    }
    if (!rows.length) return undefined;
    return { type: 'table', rows, range: spanning(rows[0]!.range, rows.at(-1)!.range) };
  }

  /** A cell's paragraphs (and those of tables nested in it) as lines. */
  private cellText(children: XmlElement[], out: TextLine[], label?: string): void {
    let pending = label;
    for (const item of children) {
      if (item.name === 'w:p') {
        const paragraph = this.paragraph(item, pending);
        pending = undefined;
        if (paragraph.text.trim()) out.push(...(paragraph.depth === undefined ? split(paragraph) : [joined(paragraph)]));
      } else if (item.name === 'w:tbl') {
        for (const row of rowsOf(item)) for (const cell of cellsOf(row)) this.cellText(elements(cell), out);
      } else if (item.name === 'w:sdt') {
        this.cellText(elements(child(item, 'w:sdtContent') ?? item), out, fieldLabel(item));
      } else if (transparent(item.name)) this.cellText(elements(item), out);
    }
  }

  /** One paragraph: its number, text, bold characters, line breaks, heading depth or list level. */
  private paragraph(element: XmlElement, label: string | undefined): ReadParagraph {
    const properties = child(element, 'w:pPr');
    const styleId = path(properties, 'w:pStyle')?.attrs['w:val'];
    const outline = path(properties, 'w:outlineLvl')?.attrs['w:val'];
    const paragraph: ReadParagraph = { line: this.lines.length + 1, text: '', bold: [], breaks: [] };
    const paragraphBold = this.styles.bold(styleId);
    const add = (text: string, bold: boolean): void => {
      paragraph.text += text;
      for (let index = 0; index < text.length; index++) paragraph.bold.push(bold);
    };
    const visit = (node: XmlElement, placeholder: boolean): void => {
      for (const item of elements(node)) {
        if (item.name === 'w:r') {
          if (!placeholder) this.run(item, paragraphBold, add, paragraph);
        } else if (item.name === 'w:sdt') {
          const content = child(item, 'w:sdtContent');
          const label = fieldLabel(item);
          if (label && !paragraph.text.trim() && !startsWithLabel(textOfRuns(content), label)) add(`${label}: `, true);
          if (content) visit(content, placeholder || isOn(path(item, 'w:sdtPr', 'w:showingPlcHdr')) === true);
        } else if (transparent(item.name)) visit(item, placeholder);
      }
    };
    if (label && !startsWithLabel(textOfRuns(element), label)) add(`${label}: `, true);
    visit(element, false);
    this.lines.push(paragraph.text);
    this.paragraphs.push(element);
    paragraph.depth = this.styles.headingDepth(styleId, outline === undefined ? undefined : Number(outline));
    const numPr = path(properties, 'w:numPr');
    const list = numPr ? numbering(numPr) : this.styles.numbered(styleId);
    if (list && this.lists.exists(list.numId)) {
      // Every numbered paragraph counts, so a heading's number is the one Word shows.
      paragraph.number = this.lists.next(list.numId, list.level);
      if (paragraph.depth === undefined) paragraph.list = list;
    }
    return paragraph;
  }

  private run(run: XmlElement, paragraphBold: boolean, add: (text: string, bold: boolean) => void, paragraph: ReadParagraph): void {
    const properties = child(run, 'w:rPr');
    const bold = isOn(path(properties, 'w:b')) ?? (this.styles.bold(path(properties, 'w:rStyle')?.attrs['w:val']) || paragraphBold);
    for (const item of elements(run)) {
      if (notText(item.name)) continue;
      if (item.name === 'w:t') add(item.children.filter((part) => typeof part === 'string').join(''), bold);
      else if (item.name === 'w:tab' || item.name === 'w:ptab') add('\t', bold);
      else if (item.name === 'w:noBreakHyphen') add('-', bold);
      else if (item.name === 'w:cr' || (item.name === 'w:br' && (item.attrs['w:type'] ?? 'textWrapping') === 'textWrapping')) {
        paragraph.breaks.push(paragraph.text.length);
        add(' ', false);
      }
    }
  }
}

/** The name a content control gives its field: its title (what Word shows), else its tag. */
function fieldLabel(sdt: XmlElement): string | undefined {
  const properties = child(sdt, 'w:sdtPr');
  const name = path(properties, 'w:alias')?.attrs['w:val'] ?? path(properties, 'w:tag')?.attrs['w:val'];
  return name?.trim() || undefined;
}

function startsWithLabel(text: string, label: string): boolean {
  return text.trimStart().toLowerCase().startsWith(label.toLowerCase());
}

/** The text of the runs inside an element, for comparing with a label (not located). */
function textOfRuns(element: XmlElement | undefined): string {
  if (!element) return '';
  let text = '';
  for (const item of elements(element)) {
    if (notText(item.name)) continue;
    if (item.name === 'w:t') text += item.children.filter((part) => typeof part === 'string').join('');
    else text += textOfRuns(item);
    if (text.length > 200) break;
  }
  return text;
}

function rowsOf(table: XmlElement): XmlElement[] {
  return elements(table).flatMap((item) =>
    item.name === 'w:tr' ? [item] : item.name === 'w:sdt' || transparent(item.name) ? rowsOf(child(item, 'w:sdtContent') ?? item) : [],
  );
}

function cellsOf(row: XmlElement): XmlElement[] {
  return elements(row).flatMap((item) =>
    item.name === 'w:tc' ? [item] : item.name === 'w:sdt' || transparent(item.name) ? cellsOf(child(item, 'w:sdtContent') ?? item) : [],
  );
}

/** From the start of `first` to the end of `last`. */
function spanning(first: Range, last: Range): Range {
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

function lineRange(paragraph: ReadParagraph): Range {
  return { line: paragraph.line, column: 1, endLine: paragraph.line, endColumn: paragraph.text.length + 1 };
}

/** `[from, to)` of the paragraph as a trimmed text line, with its bold spans. */
function textLine(paragraph: ReadParagraph, from: number, to: number): TextLine | undefined {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(paragraph.text[start]!)) start++;
  while (end > start && /\s/.test(paragraph.text[end - 1]!)) end--;
  if (start === end) return undefined;
  const strong: [number, number][] = [];
  for (let index = start; index < end; index++) {
    if (!paragraph.bold[index] || /\s/.test(paragraph.text[index]!)) continue;
    let last = index;
    for (let next = index; next < end && paragraph.bold[next]; next++) if (!/\s/.test(paragraph.text[next]!)) last = next;
    // Bold words separated by bold spaces are one span, as `**Projekt ejer**` is.
    strong.push([index - start, last + 1 - start]);
    index = last;
  }
  return { text: paragraph.text.slice(start, end), line: paragraph.line, segments: [{ at: 0, column: start + 1 }], strong };
}

/** The paragraph's lines, one per line break. */
function split(paragraph: ReadParagraph): TextLine[] {
  const bounds = [0, ...paragraph.breaks.flatMap((at) => [at, at + 1]), paragraph.text.length];
  const lines: TextLine[] = [];
  for (let index = 0; index < bounds.length; index += 2) {
    const line = textLine(paragraph, bounds[index]!, bounds[index + 1]!);
    if (line) lines.push(line);
  }
  return lines;
}

/** The paragraph as one line (a heading: its line breaks read as spaces). */
function joined(paragraph: ReadParagraph): TextLine {
  return textLine(paragraph, 0, paragraph.text.length)!;
}

/** Items of every open level end where the newest item ends. */
function extendItems(levels: ListBlock[], range: Range): void {
  for (const list of levels.slice(0, -1)) {
    const last = list.items.at(-1);
    if (last) last.range = { ...last.range, endLine: range.endLine, endColumn: range.endColumn };
  }
}
