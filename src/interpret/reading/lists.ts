/**
 * A list field written in a line of prose ("MitID, Digital Post"; "Begrundelse: … fordi …, og det
 * er væsentligt dyrere"): its items, each where it is written.
 */
import type { ListNode, ModelNode, Range, ScalarNode } from '../../model/model.js';
import { canonicalValue, CONJUNCTIONS, fieldVocab } from '../../lexicon/vocabulary.js';
import { allPhrases, phraseAlternation, phraseMatches } from '../../lexicon/phrases.js';
import { coerceScalar } from '../normalise.js';

/** A conjunction between the items of a list. */
const LEADING_CONJUNCTION = new RegExp(`^\\s*(?:${phraseAlternation(allPhrases(CONJUNCTIONS))})\\s+`, 'iu');

/** "MitID, Digital Post" → list items with their own columns. */
export function splitList(path: string, text: string, range: Range): ListNode {
  const list = splitAtCommas(path, text, range);
  const values = fieldVocab(path)?.values;
  if (!values || !fieldVocab(path)?.valuesInProse) return list;
  if (text.split(/[,;]/).every((piece) => !piece.trim() || canonicalValue(path, piece.trim().replace(/[.]$/, '')) !== undefined)) return list;
  // "Begrundelse: Modulet ville øge implementeringstiden, fordi …, og det er væsentligt dyrere":
  // a sentence, not a list. Its items are the values it names, each where it is written.
  return valuesInSentence(path, values, text, range) ?? list;
}

const valuePhraseCache = new Map<string, { phrases: string[]; valueOf: Map<string, string> }>();

function valuesInSentence(path: string, values: Record<string, string[]>, text: string, range: Range): ListNode | undefined {
  let cached = valuePhraseCache.get(path);
  if (!cached) {
    const canonical = new Map<string, string>();
    for (const [value, aliases] of Object.entries(values))
      for (const alias of aliases) if (alias.length >= 6 && !canonical.has(alias)) canonical.set(alias, value);
    cached = { phrases: [...canonical.keys()], valueOf: canonical };
    valuePhraseCache.set(path, cached);
  }
  const items: ModelNode[] = [];
  const seen = new Set<string>();
  for (const match of phraseMatches(text, cached.phrases)) {
    const value = cached.valueOf.get(match.phrase)!;
    if (seen.has(value)) continue;
    seen.add(value);
    const column = range.column + match.index;
    items.push({ kind: 'scalar', value, range: { line: range.line, column, endLine: range.line, endColumn: column + match.matched.length } });
  }
  return items.length ? { kind: 'list', items, range } : undefined;
}

function splitAtCommas(path: string, text: string, range: Range): ListNode {
  const items: ModelNode[] = [];
  const pattern = /[^,;]+/g;
  // Values named inside sentences (deviation grounds) are found by their words, not merged here.
  const enumerated = Boolean(fieldVocab(path)?.values) && !fieldVocab(path)?.valuesInProse;
  let last: { known: boolean } | undefined;
  for (const match of text.matchAll(pattern)) {
    // "…, samt tillgänglighet och service": the conjunction joins the list, it is not the value.
    const value = (enumerated ? match[0].replace(LEADING_CONJUNCTION, '') : match[0]).trim().replace(/[.]$/, '');
    if (!value) continue;
    const start = match.index! + match[0].indexOf(value);
    const known = enumerated && canonicalValue(path, value) !== undefined;
    // A value whose own name has commas ("Förbättrad förmåga att sammanställa, analysera och
    // återanvända information", "… for citizens, businesses and visitors"): the piece that names
    // no value continues the one before.
    if (enumerated && !known && last?.known && items.length) {
      const previous = items[items.length - 1] as ScalarNode;
      items[items.length - 1] = { ...previous, range: { ...previous.range, endColumn: range.column + start + value.length } };
      continue;
    }
    const column = range.column + start;
    items.push(coerceScalar(path, { kind: 'scalar', value, range: { line: range.line, column, endLine: range.line, endColumn: column + value.length } }));
    last = { known };
  }
  return { kind: 'list', items, range };
}
