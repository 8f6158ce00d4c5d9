/**
 * An object field's keys named in running text instead of under labels or sub-headings:
 * "Maps are shown in the municipal GIS (standardisation); parking zone data are maintained once
 * … (coherence). Efficiency gains (…) will be used to …". The sentence that names a key, with the
 * sentences after it in its paragraph that name no other key, is its text, located where it is
 * written (a sentence may wrap over lines). Read only where at least two keys are named, so a
 * stray "efficiency" is no criterion.
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
    /** The key the last sentence named: the sentences after it that name none go on about it. */
    let current: { key: string; from: number } | undefined;
    let from = 0;
    while (from < joined.text.length) {
      const end = sentenceEnd(joined.text, from);
      const stop = Math.min(joined.text.length, end + 1);
      const sentence = joined.text.slice(from, stop);
      const named = names.filter(({ key, phrases }) => !found.has(key) && phrases.length && phraseMatches(sentence, phrases).length);
      const lead = sentence.length - sentence.trimStart().length;
      if (named.length) current = named.length === 1 ? { key: named[0]!.key, from: from + lead } : undefined;
      for (const { key } of named) found.set(key, located(joined, from + lead, stop));
      if (!named.length && current && sentence.trim()) found.set(current.key, located(joined, current.from, stop));
      from = stop;
    }
  }
  if (found.size < MIN_KEYS) return undefined;
  const entries = new Map([...found].map(([key, { text, range }]) => [key, { kind: 'scalar' as const, value: text, range, keyRange: range, key }]));
  const ranges = [...found.values()].map(({ range }) => range);
  return { kind: 'map', entries, range: { ...ranges[0]!, endLine: ranges[ranges.length - 1]!.endLine, endColumn: ranges[ranges.length - 1]!.endColumn } };
}

/** The text of the joined lines from `from` to `to`, trimmed, and where it is written. */
function located(joined: ReturnType<typeof joinLines>, from: number, to: number): { text: string; range: Range } {
  const raw = joined.text.slice(from, to);
  const text = raw.trim();
  const start = joined.at(from + raw.indexOf(text));
  const last = joined.at(from + raw.indexOf(text) + text.length - 1);
  return { text, range: { line: start.line, column: start.column, endLine: last.line, endColumn: last.column + 1 } };
}
