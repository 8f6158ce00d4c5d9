/**
 * Words that show a proposal building a function a shared public component already provides
 * (src/lexicon/duplication.ts, DOMAIN-RESEARCH §1b), and where a text uses them. A function's
 * `terms` ("eget login", "egen brevlåda") count on their own; its `weakTerms` ("login",
 * "portal") only in a sentence that also has a build verb ("udvikle", "bygga", "etablere").
 */
import type { Lang } from '../model/model.js';
import { duplicationTerms, type PerLanguage } from '../lexicon/duplication.js';
import { phraseMatches, type PhraseMatch } from '../lexicon/phrases.js';

export interface DuplicationHit {
  /** Function code (components.json `functions`): ID, MAIL, PORTAL, … */
  fn: string;
  /** The term from the list, and where the text has it (offset, and the words as written). */
  phrase: string;
  index: number;
  matched: string;
  /** A weak term, counted because a build verb stands in the same sentence. */
  weak: boolean;
}

export interface DuplicationOptions {
  /** Function codes to look for; default all. */
  functions?: readonly string[];
  /** Count weak terms without a build verb (to see which function a text is about). */
  weakAlone?: boolean;
}

interface Lists {
  /** Phrases (stable arrays, so `phraseMatches` compiles each once) and the functions of each. */
  strong: string[];
  weak: string[];
  verbs: string[];
  functionsOf: Map<string, string[]>;
}

const listsCache = new Map<string, Lists>();

function listsFor(langs: readonly Lang[], functions: readonly string[]): Lists {
  const key = `${langs.join(',')}|${functions.join(',')}`;
  let lists = listsCache.get(key);
  if (!lists) {
    const { terms, weakTerms, buildVerbs } = duplicationTerms();
    const functionsOf = new Map<string, string[]>();
    const collect = (byFunction: Record<string, PerLanguage>, kind: string): string[] =>
      functions.flatMap((fn) =>
        langs
          .flatMap((lang) => byFunction[fn]?.[lang] ?? [])
          .map((phrase) => {
            const entry = `${kind}\u0000${phrase}`;
            functionsOf.set(entry, [...new Set([...(functionsOf.get(entry) ?? []), fn])]);
            return phrase;
          }),
      );
    lists = { strong: collect(terms, 'strong'), weak: collect(weakTerms, 'weak'), verbs: langs.flatMap((lang) => buildVerbs[lang] ?? []), functionsOf };
    listsCache.set(key, lists);
  }
  return lists;
}

/**
 * Sentence spans: a sentence ends at . ! ? before a space or the end, at a blank line, and
 * before a list item or heading. "borger.dk" and "f.eks." inside a sentence do not end it
 * unless a space follows the full stop.
 */
function sentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?](?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)]|#)[ \t])/g)) {
    const end = match.index + match[0].length;
    spans.push([start, end]);
    start = end;
  }
  spans.push([start, text.length]);
  return spans;
}

const overlaps = (a: { index: number; matched: string }, b: { index: number; matched: string }): boolean =>
  a.index < b.index + b.matched.length && b.index < a.index + a.matched.length;

/**
 * Every duplication phrase in the text, in text order, in the given languages' lists. All-caps
 * terms ("SSO", "SFTP") match case-sensitively. A weak term inside a term of the same function
 * is not repeated.
 */
export function duplicationHits(text: string, langs: readonly Lang[], options: DuplicationOptions = {}): DuplicationHit[] {
  const data = duplicationTerms();
  const functions = options.functions ?? [...new Set([...Object.keys(data.terms), ...Object.keys(data.weakTerms)])];
  const { strong, weak, verbs, functionsOf } = listsFor(langs, functions);
  const hits: DuplicationHit[] = [];
  for (const match of phraseMatches(text, strong, { exactCaps: true })) {
    for (const fn of functionsOf.get(`strong\u0000${match.phrase}`) ?? []) hits.push({ fn, ...match, weak: false });
  }
  // Linear in the matches, however long the text: sentences and verbs are found by search in
  // index order, strong hits by function.
  let verbHits: PhraseMatch[] | undefined;
  let spans: [number, number][] | undefined;
  const strongByFn = new Map<string, { hits: DuplicationHit[]; longest: number }>();
  for (const hit of [...hits].sort((x, y) => x.index - y.index)) {
    const entry = strongByFn.get(hit.fn) ?? { hits: [], longest: 0 };
    entry.hits.push(hit);
    entry.longest = Math.max(entry.longest, hit.matched.length);
    strongByFn.set(hit.fn, entry);
  }
  /** A strong hit of `fn` overlapping `match`: only those starting within the longest one's length before it can. */
  const strongOverlaps = (fn: string, match: PhraseMatch): boolean => {
    const entry = strongByFn.get(fn);
    if (!entry) return false;
    const end = match.index + match.matched.length;
    for (
      let at = firstAtLeast(entry.hits.length, (index) => entry.hits[index]!.index > match.index - entry.longest);
      at < entry.hits.length && entry.hits[at]!.index < end;
      at++
    ) {
      if (overlaps(entry.hits[at]!, match)) return true;
    }
    return false;
  };
  for (const match of phraseMatches(text, weak, { exactCaps: true })) {
    if (!options.weakAlone) {
      verbHits ??= phraseMatches(text, verbs, { exactCaps: true }).sort((a, b) => a.index - b.index);
      spans ??= sentences(text);
      const [from, to] = spans[firstAtLeast(spans.length, (at) => spans![at]![1] > match.index)] ?? [0, text.length];
      let verbFound = false;
      for (let at = firstAtLeast(verbHits.length, (index) => verbHits![index]!.index >= from); at < verbHits.length && verbHits[at]!.index < to; at++) {
        if (!overlaps(verbHits[at]!, match)) {
          verbFound = true;
          break;
        }
      }
      if (!verbFound) continue;
    }
    for (const fn of functionsOf.get(`weak\u0000${match.phrase}`) ?? []) {
      if (!strongOverlaps(fn, match)) hits.push({ fn, ...match, weak: true });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The first index in [0, length) where `test` holds (it holds from some index on), or `length`. */
function firstAtLeast(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
