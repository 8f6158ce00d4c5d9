/**
 * An object field's keys named in running text instead of under labels or sub-headings:
 * "Maps are shown in the municipal GIS (standardisation); parking zone data are maintained once
 * … (coherence). Efficiency gains (…) will be used to …". The sentence that names a key is its
 * text, located where it is written (a sentence may wrap over lines). Read only where at least
 * two keys are named, so a stray "efficiency" is no criterion.
 */
import { type Block, paragraphsOf } from '../../model/document.js';
import type { MapNode, Range } from '../../model/model.js';
import { phraseMatches } from '../../lexicon/phrases.js';
import { fieldVocab } from '../../lexicon/vocabulary.js';
import { joinLines } from './joined-lines.js';
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
    const joined = joinLines(paragraph.lines);
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
