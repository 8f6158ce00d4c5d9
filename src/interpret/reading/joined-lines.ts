/**
 * Wrapped lines read as one text — a sentence that continues on the next line — while every
 * character keeps the place it is written: `at(offset)` gives the line and column of
 * `text[offset]`. The lines are trimmed and joined by one space.
 */
import { columnAt, type TextLine } from '../../model/document.js';

export interface JoinedLines {
  text: string;
  at: (offset: number) => { line: number; column: number };
}

export function joinLines(lines: readonly TextLine[]): JoinedLines {
  const places: { offset: number; line: TextLine; lead: number }[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += ' ';
    places.push({ offset: text.length, line, lead: line.text.length - line.text.trimStart().length });
    text += line.text.trim();
  }
  const at = (offset: number): { line: number; column: number } => {
    // The last line that starts at or before `offset` (binary search: lines are in offset order).
    let low = 0;
    let high = places.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (places[middle]!.offset <= offset) low = middle;
      else high = middle - 1;
    }
    const place = places[low]!;
    return { line: place.line.line, column: columnAt(place.line, place.lead + offset - place.offset) };
  };
  return { text, at };
}
