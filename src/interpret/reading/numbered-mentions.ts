/**
 * A field whose values are a strategy's numbered list, named by number in a sentence
 * ("Vision 2030 och inriktningsmål 2. Fokusområde 2 – förbättrad förmåga …", "Fokusområde 1
 * och 4 (medborgarservice; informationsutbyte)", "focus area 1 (…) and focus area 4"): the
 * values those numbers stand for, each where its number is written. Read where the field has
 * no section or label of its own: the heading is a hint, not a gate.
 */
import { rangeIn, type TextLine } from '../../model/document.js';
import type { ListNode, ModelNode } from '../../model/model.js';
import { allPhrases, phraseAlternation } from '../../lexicon/phrases.js';
import { CONJUNCTIONS, fieldVocab } from '../../lexicon/vocabulary.js';

const patterns = new Map<string, RegExp>();

function patternFor(path: string): RegExp | undefined {
  let pattern = patterns.get(path);
  if (!pattern) {
    const names = Object.values(fieldVocab(path)?.aliases ?? {}).flatMap((list) => list ?? []);
    if (!names.length) return undefined;
    const joiner = `(?:\\s*,\\s*|\\s+(?:${phraseAlternation(allPhrases(CONJUNCTIONS))})\\s+)`;
    // The name, then numbers joined by commas or conjunctions, each perhaps repeating the name.
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${phraseAlternation(names)})\\s+(\\d{1,2})(?![\\p{N}.,]\\d)((?:${joiner}(?:(?:${phraseAlternation(names)})\\s+)?\\d{1,2}(?![\\p{N}.,]\\d))*)`,
      'giu',
    );
    patterns.set(path, pattern);
  }
  return pattern;
}

/** The values a field's numbered list gives, as the first line that names them by number states them. */
export function numberedMentions(path: string, lines: readonly TextLine[]): ListNode | undefined {
  const vocab = fieldVocab(path);
  const pattern = patternFor(path);
  if (!vocab?.numbered || !vocab.values || !pattern) return undefined;
  const values = Object.keys(vocab.values);
  for (const line of lines) {
    const items: ModelNode[] = [];
    pattern.lastIndex = 0;
    for (const match of line.text.matchAll(pattern)) {
      for (const number of match[0].matchAll(/\d{1,2}/g)) {
        const value = values[Number(number[0]) - 1];
        if (!value || items.some((item) => item.kind === 'scalar' && item.value === value)) continue;
        const at = match.index! + number.index!;
        items.push({ kind: 'scalar', value, range: rangeIn(line, at, at + number[0].length) });
      }
    }
    if (items.length)
      return {
        kind: 'list',
        items,
        range: { ...items[0]!.range, endLine: items[items.length - 1]!.range.endLine, endColumn: items[items.length - 1]!.range.endColumn },
      };
  }
  return undefined;
}
