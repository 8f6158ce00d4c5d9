/**
 * The located document of a Word file written out as Markdown, with where each Markdown
 * character stands in the Word file, so the Markdown loader's field reading serves Word files
 * until the reading works on the located document itself (src/interpret/). Every range the
 * Markdown loader gives is mapped back: line = paragraph, column = character in it.
 */
import type { Block, LocatedDocument, TextLine } from '../document.js';
import { columnAt } from '../document.js';
import type { Conflict, MapNode, ModelNode, Range, Section } from '../model.js';
import type { LoadProblem } from './problems.js';

interface Place {
  line: number;
  column: number;
}

export interface MarkdownTwin {
  text: string;
  /** `places[l - 1][c - 1]`: where Markdown line l, column c stands in the Word file (one more entry: the line's end). */
  places: Place[][];
}

/** Characters that would be Markdown syntax inside text. */
const SYNTAX = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '!']);

class Writer {
  readonly lines: string[] = [];
  readonly places: Place[][] = [];
  private text = '';
  private place: Place[] = [];
  private last: Place = { line: 1, column: 1 };

  /** Markup of the Markdown form: stands where the next (or last) written character stands. */
  markup(text: string, at: Place = this.last): void {
    this.text += text;
    for (let index = 0; index < text.length; index++) this.place.push(at);
  }

  /** A line's text with its bold spans, each character placed where the Word file has it. */
  textLine(line: TextLine, escapeStart = true): void {
    const strongAt = new Map<number, string>();
    for (const [start, end] of line.strong) {
      strongAt.set(start, `${strongAt.get(start) ?? ''}**`);
      strongAt.set(end, `**${strongAt.get(end) ?? ''}`);
    }
    for (let index = 0; index <= line.text.length; index++) {
      const at = { line: line.line, column: columnAt(line, index) };
      const mark = strongAt.get(index);
      if (mark) this.markup(mark, at);
      if (index === line.text.length) break;
      const char = line.text[index]!;
      // At a line's start "-", "+", "=" and "12." would open a list or underline a heading.
      const opensBlock =
        escapeStart &&
        ((index === 0 && (char === '-' || char === '+' || char === '=')) || ((char === '.' || char === ')') && /^\d+$/.test(line.text.slice(0, index))));
      if (SYNTAX.has(char) || opensBlock) this.markup('\\', at);
      this.text += char === '\t' ? ' ' : char;
      this.place.push(at);
      this.last = { line: at.line, column: at.column + 1 };
    }
  }

  end(): void {
    this.place.push(this.last);
    this.lines.push(this.text);
    this.places.push(this.place);
    this.text = '';
    this.place = [];
  }

  blank(): void {
    this.end();
  }
}

export function markdownTwin(document: LocatedDocument): MarkdownTwin {
  const writer = new Writer();
  const block = (item: Block, indent: string): void => {
    if (item.type === 'heading') {
      writer.markup(`${indent}${'#'.repeat(Math.min(6, item.depth))} `, { line: item.line.line, column: columnAt(item.line, 0) });
      writer.textLine(item.line, false);
      writer.end();
      writer.blank();
    } else if (item.type === 'paragraph') {
      for (const line of item.lines) {
        writer.markup(indent, { line: line.line, column: columnAt(line, 0) });
        writer.textLine(line);
        writer.end();
      }
      writer.blank();
    } else if (item.type === 'list') {
      item.items.forEach((entry, index) => {
        const marker = item.ordered ? `${index + 1}. ` : '- ';
        entry.blocks.forEach((inner, position) => {
          if (inner.type === 'paragraph') {
            inner.lines.forEach((line, count) => {
              writer.markup(position === 0 && count === 0 ? `${indent}${marker}` : `${indent}${' '.repeat(marker.length)}`, {
                line: line.line,
                column: columnAt(line, 0),
              });
              writer.textLine(line, false);
              writer.end();
            });
          } else block(inner, `${indent}${' '.repeat(marker.length)}`);
        });
      });
      writer.blank();
    } else if (item.type === 'table') {
      item.rows.forEach((row, index) => {
        writer.markup(`${indent}|`, { line: row.range.line, column: 1 });
        for (const cell of row.cells) {
          writer.markup(' ', { line: cell.range.line, column: 1 });
          cell.lines.forEach((line, count) => {
            if (count) writer.markup(' ');
            writer.textLine(line, false);
          });
          writer.markup(' |');
        }
        writer.end();
        if (index === 0) {
          writer.markup(`${indent}|${row.cells.map(() => '---|').join('')}`, { line: row.range.endLine, column: row.range.endColumn });
          writer.end();
        }
      });
      writer.blank();
    } else if (item.type === 'quote') {
      for (const inner of item.blocks) block(inner, indent);
    }
  };
  for (const item of document.blocks) block(item, '');
  return { text: writer.lines.join('\n'), places: writer.places };
}

/** Ranges of the Markdown twin → ranges in the Word file. */
export class RangeMapper {
  constructor(private readonly places: Place[][]) {}

  private at(line: number, column: number): Place {
    const row = this.places[Math.min(Math.max(line, 1), this.places.length) - 1];
    if (!row?.length) return { line: 1, column: 1 };
    return row[Math.min(Math.max(column, 1), row.length) - 1]!;
  }

  range(range: Range): Range {
    const start = this.at(range.line, range.column);
    // The end is exclusive: the place of the last character covered, one further.
    const last = range.endColumn > 1 ? this.at(range.endLine, range.endColumn - 1) : this.at(range.endLine, 1);
    const end = range.endColumn > 1 ? { line: last.line, column: last.column + 1 } : last;
    return end.line < start.line || (end.line === start.line && end.column < start.column)
      ? { ...start, endLine: start.line, endColumn: start.column }
      : { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  node<T extends ModelNode>(node: T, seen = new Set<ModelNode>()): T {
    if (seen.has(node)) return node;
    seen.add(node);
    node.range = this.range(node.range);
    if (node.keyRange) node.keyRange = this.range(node.keyRange);
    if (node.kind === 'map') for (const value of (node as MapNode).entries.values()) this.node(value, seen);
    if (node.kind === 'list') for (const item of node.items) this.node(item, seen);
    return node;
  }

  section(section: Section): Section {
    return { ...section, headingRange: this.range(section.headingRange), range: this.range(section.range) };
  }

  conflict(conflict: Conflict): Conflict {
    return { ...conflict, frontRange: this.range(conflict.frontRange), sectionRange: this.range(conflict.sectionRange) };
  }

  problem(problem: LoadProblem): LoadProblem {
    return { ...problem, range: this.range(problem.range) };
  }
}
