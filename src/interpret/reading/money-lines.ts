/**
 * Cost and benefit lines written in prose: "- Lisens: 120 000 kr per år (drift)", "Gevinster:
 * færre opkald (økonomisk, 300 000 kr); bedre service (kvalitativ)". Each line keeps its words,
 * amount, currency and the kind the author named, located where it is written.
 */
import { sliceLine, type TextLine } from '../../model/document.js';
import type { ListNode, MapNode, ModelNode, Range } from '../../model/model.js';
import {
  AMOUNT_MARKS,
  BENEFIT_HEADS,
  canonicalValue,
  CONJUNCTIONS,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  KIND_VALUES,
  SCALES,
  TOTAL_STATEMENTS,
} from '../../lexicon/vocabulary.js';
import { allPhrases, opensWith, phraseAlternation, phraseMatches } from '../../lexicon/phrases.js';
import { currencyIn, parseAmount } from '../amount.js';
import { joinLines } from './joined-lines.js';
import { endsSentence, labelLine, looksLikeLabel, sentenceEnd } from './labels.js';

const BENEFIT_WORDS = allPhrases(BENEFIT_HEADS);
const TOTAL_WORDS = allPhrases(TOTAL_STATEMENTS);

/** An amount in running text, with a currency or scale beside it ("120 000 kr", "€84,000", "1,2 mio."). */
const SIGNS = allPhrases(CURRENCY_SIGNS);
const AMOUNT_IN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${phraseAlternation(SIGNS)})\\s?)?\\d(?:[\\d.,']|[ \\u00a0](?=\\d))*` +
    // In running text only the scales' words, not their short forms ("30 t" is hours).
    `(?:\\s?(?:${phraseAlternation(SCALES.flatMap((scale) => allPhrases(scale.words)))}))?` +
    `(?:\\s?(?:${phraseAlternation([...SIGNS, ...allPhrases(CURRENCY_WORDS), ...allPhrases(AMOUNT_MARKS)])}))?(?![\\p{L}\\p{N}])`,
  'giu',
);

export function amountIn(text: string): { value: number; index: number; text: string } | undefined {
  for (const match of text.matchAll(AMOUNT_IN_TEXT)) {
    const written = match[0].trim();
    if (!/[\p{L}€]/u.test(written.replace(/^\d[\d .,']*/, '')) && !SIGNS.some((sign) => written.toLowerCase().startsWith(sign))) continue;
    const value = parseAmount(written);
    if (value !== undefined) return { value, index: match.index!, text: written };
  }
  return undefined;
}

/**
 * The amount of a cost or benefit line: one with its currency or scale, else the number a label
 * gives ("- Licenser och drift per år (drift): 1 100 000", the currency stated once elsewhere).
 */
export function lineAmount(text: string): { value: number; index: number; text: string } | undefined {
  const found = amountIn(text);
  if (found) return found;
  const label = labelLine(text);
  const number = label ? /^\d(?:[\d.,']|[ \u00a0](?=\d))*(?![\p{L}\p{N}%])/u.exec(label.value) : null;
  const value = number ? parseAmount(number[0].trim()) : undefined;
  return value === undefined ? undefined : { value, index: label!.valueAt, text: number![0].trim() };
}

/**
 * One regular expression for the kinds' names: its leftmost match is the kind, and at one place
 * the kind listed first wins. (Compiled when first needed: case-insensitive Unicode patterns are
 * slow to compile.)
 */
interface KindMatcher {
  pattern: RegExp;
  kinds: string[];
}

let kindNames: KindMatcher | undefined;

function kindMatcher(): KindMatcher {
  if (!kindNames) {
    const lists = Object.entries(KIND_VALUES);
    const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const source = lists.map(([, words], index) => `(?<k${index}>${words.map(escaped).join('|')})`).join('|');
    kindNames = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu'), kinds: lists.map(([kind]) => kind) };
  }
  return kindNames;
}

/**
 * The kind a line names ("(drift)", "investering", "kvalitativ"), if any: the author's label. A
 * kind in parentheses wins over a kind's name in the item ("Sparet tid: 160.000 kr. om året
 * (økonomisk gevinst)"). Words that only hint at a kind ("om året", "licens") are read by
 * src/interpret/cost-kind.ts, the same for YAML, Markdown and Word.
 */
export function kindIn(text: string): string | undefined {
  for (const aside of [...text.matchAll(/\(([^()]*)\)/g)].reverse()) {
    const named = firstKind(aside[1]!);
    if (named) return named;
  }
  return firstKind(text);
}

function firstKind(text: string): string | undefined {
  const { pattern, kinds } = kindMatcher();
  const found = pattern.exec(text);
  if (!found?.groups) return undefined;
  const index = kinds.findIndex((_, position) => found.groups![`k${position}`] !== undefined);
  return index < 0 ? undefined : kinds[index];
}

/** One cost or benefit line from a sentence or bullet: its words, amount and kind. */
export function moneyLine(path: string, text: string, range: Range): MapNode {
  // The whole line is kept: words beside the amount ("… kr. om året") say what kind of line it is (src/interpret/cost-kind.ts).
  const map: MapNode = { kind: 'map', entries: new Map(), range, text };
  const label = labelLine(text);
  const item = label && looksLikeLabel(label.label) ? label.label.trim() : text.replace(/[.;,]+$/, '').trim();
  map.entries.set('item', { kind: 'scalar', value: item, range, keyRange: range, key: 'item' });
  const amount = lineAmount(text);
  if (amount) {
    map.entries.set('amount', { kind: 'scalar', value: amount.value, range, keyRange: range, key: 'amount' });
    const currency = currencyIn(amount.text);
    if (currency) map.entries.set('currency', { kind: 'scalar', value: currency, range, keyRange: range, key: 'currency' });
  }
  const kind = kindIn(text);
  if (kind && canonicalValue(`${path}.kind`, kind)) map.entries.set('kind', { kind: 'scalar', value: kind, range, keyRange: range, key: 'kind' });
  return map;
}

/** "(drift) og licens": a conjunction after a parenthesis joins two money lines. */
const JOINT_AFTER_PARENTHESIS = new RegExp(`(?<=\\))\\s+(?:${phraseAlternation(allPhrases(CONJUNCTIONS))})\\s+`, 'giu');
/** Parts between commas and semicolons — not the decimal comma of "1,2 mill. kr". */
const MONEY_PARTS = /(?:[^,;()]|(?<=\d),(?=\d)|\([^()]*\))+/g;

/** The lines of a "Gevinster: …" sentence, which may wrap: parts split across the wrap keep their own places. */
export function moneyLines(path: string, parts: readonly TextLine[]): ModelNode[] {
  const { text, at } = joinLines(parts);
  const items: ModelNode[] = [];
  // "… (kvantitativ, 300 000 kr) og bedre service (kvalitativ)": a conjunction after a closing
  // parenthesis starts the next line too.
  const pieces = [...text.matchAll(MONEY_PARTS)].flatMap((match) => {
    const found: { text: string; index: number }[] = [];
    let from = 0;
    for (const joint of match[0].matchAll(JOINT_AFTER_PARENTHESIS)) {
      found.push({ text: match[0].slice(from, joint.index), index: match.index! + from });
      from = joint.index! + joint[0].length;
    }
    found.push({ text: match[0].slice(from), index: match.index! + from });
    return found;
  });
  for (const piece of pieces) {
    const value = piece.text.trim().replace(/[.;,]+$/, '');
    if (!value) continue;
    const startOffset = piece.index + piece.text.indexOf(value);
    const start = at(startOffset);
    const end = at(startOffset + value.length - 1);
    items.push(moneyLine(path, value, { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 }));
  }
  return items;
}

/** "Gevinster: færre opkald (økonomisk, 300 000 kr); bedre service (kvalitativ)" → one line per part. */
export function moneyList(path: string, value: TextLine, range: Range): ListNode {
  return { kind: 'list', items: moneyLines(path, [value]), range };
}

/**
 * Cost and benefit lines stated in sentences, for a business case with no table, bullet or label
 * line of them ("Investering 420 000 kr 2027 (kameror, installation). Drift och förvaltning
 * 96 000 kr per år från 2027. Direkt nytta 520 000 kr per år från 2028 …"): each part of a
 * sentence that states an amount is a line, located where it is written.
 */
export function moneySentences(path: string, lines: readonly TextLine[]): ModelNode[] {
  const items: ModelNode[] = [];
  let sentence: TextLine[] = [];
  const settle = (): void => {
    if (!sentence.length) return;
    // "Nyttan består av minskad tid … (cirka 0,25 årsarbetare, 140 000 kr per år)": a sentence led
    // by a benefit word states benefits in all its parts.
    const benefits = opensWith(sentence[0]!.text.trim(), BENEFIT_WORDS);
    for (const item of moneyLines(path, sentence)) {
      // "… totalt 96 000 kr", "Den samlade kostnaden blir 241 000 kr": a total is no line.
      if (item.kind !== 'map' || !item.entries.has('amount') || phraseMatches(item.text ?? '', TOTAL_WORDS).length) continue;
      if (benefits && !item.entries.has('kind'))
        item.entries.set('kind', { kind: 'scalar', value: 'financial', range: item.range, keyRange: item.range, key: 'kind' });
      items.push(item);
    }
    sentence = [];
  };
  for (const line of lines) {
    let from = 0;
    while (from < line.text.length) {
      const end = sentenceEnd(line.text, from);
      const stop = end < line.text.trimEnd().length ? end + 1 : line.text.length;
      if (line.text.slice(from, stop).trim()) sentence.push(sliceLine(line, from, stop));
      // A line that ends its sentence ends it ("… i 2027." and "Gevinst: …" on the next line).
      if (stop < line.text.length || end < line.text.trimEnd().length || endsSentence(line.text)) settle();
      from = stop;
    }
  }
  settle();
  return items;
}
