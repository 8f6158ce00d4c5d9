/**
 * An object field's keys named in running text instead of under labels or sub-headings:
 * "Maps are shown in the municipal GIS (standardisation); parking zone data are maintained once
 * … (coherence). Efficiency gains (…) will be used to …". The sentence that names a key is its
 * text, located where it is written (a sentence may wrap over lines). Read only where at least
 * two keys are named, so a stray "efficiency" is no criterion.
 */
import { columnAt, type Block, paragraphsOf, type TextLine } from '../../model/document.js';
import type { MapNode, Range } from '../../model/model.js';
import { phraseMatches } from '../../lexicon/phrases.js';
import { fieldVocab } from '../../lexicon/vocabulary.js';
import { sentenceEnd } from './labels.js';

/** Names shorter than this are everyday words, not a key's name. */
const MIN_NAME_LENGTH = 6;
const MIN_KEYS = 2;

export function keysInProse(path: string, blocks: readonly Block[]): MapNode | undefined {
  const keys = fieldVocab(path)?.keys;
  if (!keys) return undefined;
  const names = Object.entries(keys).map(([key, vocab]) => ({
    key,
    phrases: Object.values(vocab.aliases)
      .flatMap((list) => list ?? [])
      .filter((alias) => alias.length >= MIN_NAME_LENGTH)
      .map((alias) => alias.toLowerCase()),
  }));
  const found = new Map<string, { text: string; range: Range }>();
  for (const paragraph of paragraphsOf(blocks)) {
    const joined = join(paragraph.lines);
    let from = 0;
    while (from < joined.text.length) {
      const end = sentenceEnd(joined.text, from);
      const stop = Math.min(joined.text.length, end + 1);
      const sentence = joined.text.slice(from, stop);
      for (const { key, phrases } of names) {
        if (found.has(key) || !phrases.length || !phraseMatches(sentence, phrases).length) continue;
        const lead = sentence.length - sentence.trimStart().length;
        const text = sentence.trim();
        const start = joined.at(from + lead);
        const last = joined.at(from + lead + text.length - 1);
        found.set(key, { text, range: { line: start.line, column: start.column, endLine: last.line, endColumn: last.column + 1 } });
      }
      from = stop;
    }
  }
  if (found.size < MIN_KEYS) return undefined;
  const entries = new Map([...found].map(([key, { text, range }]) => [key, { kind: 'scalar' as const, value: text, range, keyRange: range, key }]));
  const ranges = [...found.values()].map(({ range }) => range);
  return { kind: 'map', entries, range: { ...ranges[0]!, endLine: ranges[ranges.length - 1]!.endLine, endColumn: ranges[ranges.length - 1]!.endColumn } };
}

/** A paragraph's lines as one text, and where each of its characters is written. */
function join(lines: readonly TextLine[]): { text: string; at: (offset: number) => { line: number; column: number } } {
  const places: { offset: number; line: TextLine; lead: number }[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += ' ';
    places.push({ offset: text.length, line, lead: line.text.length - line.text.trimStart().length });
    text += line.text.trim();
  }
  const at = (offset: number) => {
    let place = places[0]!;
    for (const candidate of places) if (candidate.offset <= offset) place = candidate;
    return { line: place.line.line, column: columnAt(place.line, place.lead + offset - place.offset) };
  };
  return { text, at };
}
