/**
 * Markdown → located document (SPEC §1): front matter read by the YAML loader, then headings,
 * paragraphs, lists, GFM tables and quotes with their text as a reader sees it and exact
 * positions from the mdast nodes. Which heading or label names which field is not decided here
 * (src/interpret/read-document.ts does that, for Word documents too).
 * This module pulls in unified + remark, so it is imported only when a Markdown file is linted.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import remarkFrontmatter from 'remark-frontmatter';
import type { Content, PhrasingContent, Root, Table } from 'mdast';
import type { Block, LocatedDocument, TableRow, TextLine } from '../document.js';
import type { Range } from '../model.js';
import { LineIndex } from '../lines.js';
import { loadYamlMapping } from './yaml.js';
import type { LoadProblem } from './problems.js';

export interface MarkdownResult {
  document?: LocatedDocument;
  problems: LoadProblem[];
}

/**
 * GFM tables and strikethrough only: struck-out text (`~~525~~ 555`) is a revision, not the
 * proposal's text; the rest of GFM (autolink literals above all) costs parse time and says nothing.
 */
function remarkGfmParts(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.micromarkExtensions.push(gfmTable(), gfmStrikethrough());
  data.fromMarkdownExtensions ??= [];
  data.fromMarkdownExtensions.push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmParts).freeze();

interface Pos {
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number; offset?: number };
}

function rangeOf(pos: Pos | undefined): Range {
  if (!pos) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { line: pos.start.line, column: pos.start.column, endLine: pos.end.line, endColumn: pos.end.column };
}

export function loadMarkdown(text: string): MarkdownResult {
  const problems: LoadProblem[] = [];
  const unclosed = unclosedFrontMatter(text);
  if (unclosed) return { problems: [{ ruleId: 'parse', messageId: 'frontMatterUnclosed', range: unclosed }] };
  // micromark drops a byte-order mark at the start, which would shift every offset by one against
  // our own text (the file's first BOM is already gone; this is a second one). A zero-width space
  // of the same length keeps offsets and positions true and is as invisible.
  const tree = processor.parse(text.charCodeAt(0) === 0xfeff ? `\u200b${text.slice(1)}` : text) as Root;
  const first = tree.children[0];
  let front: LocatedDocument['front'];
  if (first?.type === 'yaml') {
    const range = rangeOf(first.position);
    const result = loadYamlMapping(first.value, first.position!.start.line);
    problems.push(...result.problems);
    if (result.problems.some((problem) => problem.ruleId === 'parse') && !result.root) return { problems };
    if (!result.root && first.value.trim()) return { problems };
    front = { ...(result.root ? { root: result.root } : {}), range };
  }
  const reader = new TextReader(text);
  const body = tree.children.slice(first?.type === 'yaml' ? 1 : 0);
  const blocks = reader.blocks(body);
  const hidden = reader.hidden.length ? { hidden: reader.hidden } : {};
  return { document: { blocks, source: text, ...(front ? { front } : {}), ...hidden }, problems };
}

/** "---" on line 1 with no closing fence: remark would silently read it as a thematic break. */
function unclosedFrontMatter(text: string): Range | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  if (/\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.test(text.slice(3))) return undefined;
  return { line: 1, column: 1, endLine: 1, endColumn: 4 };
}

/**
 * The characters of read text, each with where it is written (an offset into the source) and
 * whether it is bold: three parallel arrays rather than an object per character, which a whole
 * document's text would otherwise cost the garbage collector.
 */
class Chars {
  readonly chars: string[] = [];
  readonly offsets: number[] = [];
  readonly strong: boolean[] = [];

  push(char: string, offset: number, strong: boolean): void {
    this.chars.push(char);
    this.offsets.push(offset);
    this.strong.push(strong);
  }
}

/** How far a character is looked for past markup before it is taken as written where the last one ended. */
const MAX_SKIP = 256;

/** An inline HTML line break (`<br>`, `<br/>`), as wiki and Word exports write them in table cells. */
const HTML_BREAK = /^<br\s*\/?>$/i;

class TextReader {
  /** Guidance comments: in the source, not in the proposal. */
  readonly hidden: Range[] = [];
  /** Built once, so a position is found without rescanning the text. */
  private readonly index: LineIndex;

  constructor(private readonly source: string) {
    this.index = new LineIndex(source);
  }

  blocks(nodes: readonly Content[]): Block[] {
    const blocks: Block[] = [];
    for (const node of nodes) {
      const range = rangeOf(node.position);
      switch (node.type) {
        case 'heading': {
          const line = this.lines(node.children, node.position!.start.offset!)[0];
          if (line) blocks.push({ type: 'heading', depth: node.depth, line, range });
          else blocks.push({ type: 'heading', depth: node.depth, line: this.emptyLine(node.position!), range });
          break;
        }
        case 'paragraph':
          blocks.push({ type: 'paragraph', lines: this.lines(node.children, node.position!.start.offset!), range });
          break;
        case 'list':
          blocks.push({
            type: 'list',
            ordered: Boolean(node.ordered),
            items: node.children.map((item) => ({ blocks: this.blocks(item.children), range: rangeOf(item.position) })),
            range,
          });
          break;
        case 'blockquote':
          blocks.push({ type: 'quote', blocks: this.blocks(node.children), range });
          break;
        case 'table':
          blocks.push({ type: 'table', rows: this.rows(node), range });
          break;
        case 'html':
          // Guidance comments (`<!-- Skriv … -->`) are for the author: neither text nor extent.
          if (/^<!--[\s\S]*-->$/.test(node.value.trim())) this.hidden.push(range);
          else blocks.push({ type: 'other', range });
          break;
        default:
          if (node.position) blocks.push({ type: 'other', range });
      }
    }
    return blocks;
  }

  private rows(table: Table): TableRow[] {
    return table.children.map((row) => ({
      range: rangeOf(row.position),
      cells: row.children.map((cell) => {
        const first = cell.children[0]?.position;
        const last = cell.children[cell.children.length - 1]?.position;
        // A cell's place is its text, without the pipes and padding around it.
        const range =
          first && last ? { line: first.start.line, column: first.start.column, endLine: last.end.line, endColumn: last.end.column } : rangeOf(cell.position);
        return { lines: this.lines(cell.children, cell.position!.start.offset!), range };
      }),
    }));
  }

  private emptyLine(pos: Pos): TextLine {
    return { text: '', line: pos.start.line, segments: [{ at: 0, column: pos.end.column }], strong: [] };
  }

  /** Inline content → the lines a reader sees, each character placed where it is written. */
  private lines(children: readonly PhrasingContent[], startOffset: number): TextLine[] {
    const chars = new Chars();
    const visit = (node: PhrasingContent, strong: boolean): void => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          this.align(node.value, node.position!.start.offset!, node.position!.end.offset!, strong, chars);
          break;
        case 'break':
          chars.push('\n', node.position!.start.offset!, false);
          break;
        case 'html':
          if (HTML_BREAK.test(node.value.trim())) chars.push('\n', node.position!.start.offset!, false);
          break;
        case 'strong':
          for (const child of node.children) visit(child, true);
          break;
        case 'delete':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          break;
        default:
          if ('children' in node) for (const child of node.children as PhrasingContent[]) visit(child, strong);
      }
    };
    for (const child of children) visit(child, false);
    return this.split(chars, startOffset);
  }

  /**
   * Place each character of a text node's value in the source. The value differs from what is
   * written where markup was: an escape (`\*`), a character reference (`&amp;`, `&nbsp;`), the
   * line prefix of a wrapped line (indentation, `> `), code's backticks.
   */
  private align(value: string, from: number, to: number, strong: boolean, chars: Chars): void {
    let at = from;
    for (let index = 0; index < value.length; index++) {
      const char = value[index]!;
      if (this.source[at] === '&' && this.source[at] !== char) {
        const reference = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i.exec(this.source.slice(at, at + 40));
        if (reference) {
          chars.push(char, at, strong);
          // A reference to an astral character decodes to two code units, both written there.
          if (index + 1 < value.length && /[\ud800-\udbff]/.test(char)) chars.push(value[++index]!, at, strong);
          at += reference[0].length;
          continue;
        }
      }
      if (this.source[at] !== char) {
        // Markup between two characters is short (an escape, a line prefix, backticks): a bounded
        // look-ahead keeps a text whose characters were replaced (NUL → U+FFFD) linear.
        const limit = Math.min(to, at + MAX_SKIP);
        let found = at;
        while (found < limit && this.source[found] !== char) found++;
        if (found < limit) at = found;
      }
      chars.push(char, Math.min(at, Math.max(from, to - 1)), strong);
      at++;
    }
  }

  private split(read: Chars, startOffset: number): TextLine[] {
    const { chars } = read;
    const lines: TextLine[] = [];
    // Each line is a run of the arrays, [from, to), without its line break.
    let from = 0;
    const flush = (to: number): void => {
      lines.push(this.textLine(read, from, to, from < to ? read.offsets[from]! : startOffset));
    };
    for (let index = 0; index < chars.length; index++) {
      const char = chars[index];
      // A line ends at LF, CRLF or a lone CR, as in the source.
      if (char === '\r' || (char === '\n' && chars[index - 1] !== '\r')) {
        flush(index);
        from = index + 1;
      } else if (char === '\n') from = index + 1;
    }
    if (from < chars.length || !lines.length) flush(chars.length);
    return chars.length ? lines : [];
  }

  private textLine(read: Chars, from: number, to: number, offset: number): TextLine {
    const { line } = this.index.position(offset);
    const columnOf = (at: number): number => this.index.position(at).column;
    const { offsets } = read;
    const segments: TextLine['segments'] = [];
    const strong: TextLine['strong'] = [];
    for (let index = from; index < to; index++) {
      const at = index - from;
      if (index === from || offsets[index] !== offsets[index - 1]! + 1) segments.push({ at, column: columnOf(offsets[index]!) });
      if (read.strong[index]) {
        const open = strong[strong.length - 1];
        if (open && open[1] === at) open[1] = at + 1;
        else strong.push([at, at + 1]);
      }
    }
    if (!segments.length) segments.push({ at: 0, column: columnOf(offset) });
    return { text: read.chars.slice(from, to).join(''), line, segments, strong };
  }
}
