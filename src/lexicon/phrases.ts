/**
 * The one normaliser (`fold`) and the one phrase matcher: whole words, case and spacing
 * ignored, `*` for the rest of a word. Every word list is matched through here.
 */
import type { Lang } from '../model/model.js';
import type { TextHit } from '../model/access.js';

/** Word lists kept per language; a proposal is matched against all four, whatever its language. */
export type WordLists = Partial<Record<Lang, readonly string[]>>;

export function allPhrases(lists: WordLists): string[] {
  return Object.values(lists).flatMap((list) => [...(list ?? [])]);
}

/**
 * What is worked out about a text (folded, indexed, matched against a list) is kept for the file
 * being linted: rules ask about the same texts (every field, every section) list after list,
 * and a file's texts outnumber any small cache. `forgetTexts` empties the stores when the next
 * file starts; a store that grows past STORE_CAP (a caller that never forgets) starts over.
 */
const stores: Map<string, unknown>[] = [];
const STORE_CAP = 4096;

function textStore<T>(): Map<string, T> {
  const store = new Map<string, T>();
  stores.push(store);
  return store;
}

function remember<T>(store: Map<string, T>, text: string, value: T): T {
  if (store.size >= STORE_CAP) store.clear();
  store.set(text, value);
  return value;
}

/** Drops what is kept about the texts of the file before: call when a new file starts. */
export function forgetTexts(): void {
  for (const store of stores) store.clear();
}

const folds = textStore<string>();

/** Fold case and spacing so phrase matching ignores them; keeps letters intact. */
export function fold(text: string): string {
  return (
    folds.get(text) ??
    remember(
      folds,
      text,
      text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[\s\u00a0]+/g, ' '),
    )
  );
}

/** The regular expression of a phrase (already folded): for `phraseAlternation`. */
function phraseBody(phrase: string): string {
  return phrase
    .split(GAP)
    .map((piece) =>
      piece
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'))
        .join('[\\p{L}\\p{N}]*'),
    )
    .join(GAP_EXPRESSION);
}

/**
 * " … " in a phrase: up to GAP_WORDS words of the same sentence between the words around it
 * ("när avtalet … är tecknat" finds "när avtalet med leverantören är tecknat").
 */
const GAP = ' … ';
const GAP_WORDS = 4;
const GAP_EXPRESSION = `(?:[\\s-]+[^\\s.!?;:-]+){0,${GAP_WORDS}}[\\s-]+`;
/** What ends a word of a gap, beside spaces and hyphens: a sentence or clause stop. */
const GAP_STOPS = new Set(['.', '!', '?', ';', ':'].map((char) => char.charCodeAt(0)));

/*
 * `findPhrase` matches as the regular expression
 *   (?<![\p{L}\p{N}]) phrase (?![\p{L}\p{N}])
 * would over the folded text, with a space in the phrase standing for [\s-]+ and `*` for
 * [\p{L}\p{N}]* — but without running one expression per phrase over the whole text. A list is
 * compiled once into a trie of its phrases' parts, and the folded text is walked once from each
 * place a match may start, through the trie, for every phrase of the list at the same time.
 * test/unit/phrases.property.test.ts checks it against that regular expression.
 */

/** A phrase's parts: a code unit to match, or SPACE_PART ([\s-]+), STAR_PART ([\p{L}\p{N}]*) or GAP_PART (GAP_EXPRESSION). */
const SPACE_PART = -1;
const STAR_PART = -2;
const GAP_PART = -3;

interface FoldedIndex {
  folded: string;
  /** Every offset (end included) not preceded by a letter or digit: where a match may start. */
  starts: Int32Array;
  /** Those of the starts where a letter or digit is: where a phrase that opens with one may start. */
  wordStarts: Int32Array;
}

/** A node of a list's trie: where its phrases' parts lead, and the first phrase that ends here. */
interface TrieNode {
  codes?: Map<number, TrieNode>;
  space?: TrieNode;
  star?: TrieNode;
  gap?: TrieNode;
  /** The index (in the list) of the first phrase ending here, or NONE. */
  phrase: number;
  /** The lowest phrase index at or below this node: a walk that has found one as low stops. */
  lowest: number;
  /** At the root: every phrase opens with a letter or digit, so only word starts need a walk. */
  wordsOnly?: boolean;
}

const NONE = Number.MAX_SAFE_INTEGER;
const indexes = textStore<FoldedIndex>();
const tries = new WeakMap<readonly string[], TrieNode>();
/** Per text, per list's trie: the index of the first phrase found (NONE: none). */
const found = textStore<Map<TrieNode, number>>();

function indexOf(text: string): FoldedIndex {
  const index = indexes.get(text);
  if (index) return index;
  const folded = fold(text);
  const starts: number[] = [];
  const wordStarts: number[] = [];
  for (let at = 0; at <= folded.length; at++) {
    // Not after a letter or digit, and not inside a surrogate pair (the expression steps by code points).
    if (at > 0 && (wordBefore(folded, at) || isLowInPair(folded, at))) continue;
    starts.push(at);
    if (wordAt(folded, at)) wordStarts.push(at);
  }
  return remember(indexes, text, { folded, starts: Int32Array.from(starts), wordStarts: Int32Array.from(wordStarts) });
}

function partsOf(phrase: string): number[] {
  const form = fold(phrase);
  const parts: number[] = [];
  for (let at = 0; at < form.length; at++) {
    if (form.startsWith(GAP, at)) {
      parts.push(GAP_PART);
      at += GAP.length - 1;
      continue;
    }
    const code = form.charCodeAt(at);
    parts.push(code === SPACE ? SPACE_PART : code === STAR ? STAR_PART : code);
  }
  return parts;
}

function trieOf(phrases: readonly string[]): TrieNode {
  let root = tries.get(phrases);
  if (root) return root;
  root = { phrase: NONE, lowest: NONE };
  for (let which = 0; which < phrases.length; which++) {
    let node = root;
    node.lowest = Math.min(node.lowest, which);
    for (const part of partsOf(phrases[which]!)) {
      let next: TrieNode | undefined;
      if (part === SPACE_PART) next = node.space ??= { phrase: NONE, lowest: NONE };
      else if (part === STAR_PART) next = node.star ??= { phrase: NONE, lowest: NONE };
      else if (part === GAP_PART) next = node.gap ??= { phrase: NONE, lowest: NONE };
      else {
        node.codes ??= new Map();
        next = node.codes.get(part);
        if (!next) {
          next = { phrase: NONE, lowest: NONE };
          node.codes.set(part, next);
        }
      }
      node = next;
      node.lowest = Math.min(node.lowest, which);
    }
    node.phrase = Math.min(node.phrase, which);
  }
  root.wordsOnly =
    root.phrase === NONE &&
    !root.space &&
    !root.star &&
    !root.gap &&
    root.codes !== undefined &&
    [...root.codes.keys()].every((code) => wordAt(String.fromCharCode(code), 0) === 1);
  tries.set(phrases, root);
  return root;
}

/**
 * The lowest phrase index below `node` that matches the text from `at` to a word's end, or
 * `best` when none is lower; stops once one at or below `enough` is found. A space or `*` part
 * tries every length its run can take, as the expression backtracks.
 */
function walk(node: TrieNode, text: string, at: number, best: number, enough: number): number {
  if (node.lowest >= best) return best;
  if (node.phrase < best && wordAt(text, at) === 0) {
    best = node.phrase;
    if (best <= enough) return best;
  }
  const child = node.codes?.get(text.charCodeAt(at));
  if (child) {
    best = walk(child, text, at + 1, best, enough);
    if (best <= enough) return best;
  }
  if (node.space) {
    for (let end = at; isSpaceCode(text.charCodeAt(end)); ) {
      best = walk(node.space, text, ++end, best, enough);
      if (best <= enough) return best;
    }
  }
  if (node.star) {
    for (let end = at; ; ) {
      best = walk(node.star, text, end, best, enough);
      if (best <= enough) return best;
      const step = wordAt(text, end);
      if (!step) break;
      end += step;
    }
  }
  if (node.gap) {
    for (const end of gapEnds(text, at)) {
      best = walk(node.gap, text, end, best, enough);
      if (best <= enough) return best;
    }
  }
  return best;
}

/**
 * Where a gap that starts at `at` may end, as GAP_EXPRESSION would: after a run of spaces, with
 * up to GAP_WORDS words (each followed by its run of spaces) before it — every length of each
 * run, as the expression backtracks.
 */
function gapEnds(text: string, at: number): number[] {
  const ends: number[] = [];
  let from = at;
  for (let words = 0; ; words++) {
    let end = from;
    while (isSpaceCode(text.charCodeAt(end))) ends.push(++end);
    if (end === from || words === GAP_WORDS) break;
    let word = end;
    while (word < text.length && !isSpaceCode(text.charCodeAt(word)) && !GAP_STOPS.has(text.charCodeAt(word))) word++;
    if (word === end) break;
    from = word;
  }
  return ends;
}

/** The index of the first phrase of the list (the trie's) found in the text, NONE if none; `any` stops at the first found. */
function firstPhraseIn(text: string, root: TrieNode, any: boolean): number {
  const known = found.get(text)?.get(root);
  if (known !== undefined) return known;
  const index = indexOf(text);
  const { folded } = index;
  const enough = any ? NONE - 1 : root.lowest;
  let best = NONE;
  if (root.wordsOnly) {
    // The root has only letters and digits to go on: a word start whose first one is none of them is passed at once.
    const codes = root.codes!;
    for (const at of index.wordStarts) {
      const child = codes.get(folded.charCodeAt(at));
      if (!child) continue;
      best = walk(child, folded, at + 1, best, enough);
      if (best <= enough) break;
    }
  } else {
    for (const at of index.starts) {
      best = walk(root, folded, at, best, enough);
      if (best <= enough) break;
    }
  }
  // An `any` walk may stop at a later phrase than the first: keep only answers that are the first.
  if (!any || best === NONE || best === root.lowest) (found.get(text) ?? remember(found, text, new Map<TrieNode, number>())).set(root, best);
  return best;
}

/** The length of the letter or digit (one code point) at `at`, or 0. */
function wordAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return isWordCode(code) ? 1 : 0;
}

function isLowInPair(text: string, at: number): boolean {
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/** Whether a letter or digit (one code point) ends just before `at`. */
function wordBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHAR.test(text.slice(at - 2, at));
  }
  return isWordCode(code);
}

/**
 * Whole-word, case-insensitive match of any phrase; returns the first phrase (in the list's
 * order) found anywhere in the text. A `*` stands for the rest of a word: "selvbetjening*" finds
 * "selvbetjeningsløsning", and "tilpass* dagens" finds "tilpasse dagens" and "tilpasses dagens".
 */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
  const which = firstPhraseIn(text, trieOf(phrases), false);
  return which === NONE ? undefined : phrases[which];
}

export interface PhraseMatch {
  /** The phrase (from the list) that matched. */
  phrase: string;
  /** Where in the text it matched (UTF-16 offset) and what it matched, as written. */
  index: number;
  matched: string;
}

/** A phrase written in capitals and digits only ("SSO", "CPR", "1177"): its lower-case form is another word. */
export function isAllCaps(phrase: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(phrase);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 a letter or digit, 2 not. */
const wordCodes = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (Number.isNaN(code)) return false;
  let known = wordCodes[code]!;
  if (known === 0) wordCodes[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const SPACE = 0x20;
const STAR = 0x2a;
/** Stands for a gap (" … ") in a compiled entry's codes: no code unit has this value. */
const GAP_CODE = -1;
const HYPHEN = 0x2d;

function isSpaceCode(code: number): boolean {
  return (
    code === SPACE ||
    code === HYPHEN ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

interface Entry {
  phrase: string;
  /** The phrase folded (or as written, when matched exactly), as code units; spaces single. */
  codes: number[];
  exact: boolean;
}

/**
 * Whether the entry matches the text (or its lower-case copy) from `at`, per `findPhrase`'s
 * rules: a space stands for any run of spaces and hyphens, `*` for the rest of a word.
 * Returns the end of the match.
 */
function matchAt(entry: Entry, text: string, lower: string, at: number): number | undefined {
  const source = entry.exact ? text : lower;
  const { codes } = entry;
  const step = (i: number, pos: number): number | undefined => {
    for (; i < codes.length; i++) {
      const code = codes[i]!;
      if (code === GAP_CODE) {
        for (const end of gapEnds(text, pos)) {
          const found = step(i + 1, end);
          if (found !== undefined) return found;
        }
        return undefined;
      } else if (code === SPACE) {
        const start = pos;
        while (pos < text.length && isSpaceCode(text.charCodeAt(pos))) pos++;
        if (pos === start) return undefined;
      } else if (code === STAR) {
        let end = pos;
        while (isWordCode(text.charCodeAt(end))) end++;
        for (let next = end; next >= pos; next--) {
          const found = step(i + 1, next);
          if (found !== undefined) return found;
        }
        return undefined;
      } else if (source.charCodeAt(pos) === code) {
        pos++;
      } else {
        return undefined;
      }
    }
    return isWordCode(text.charCodeAt(pos)) ? undefined : pos;
  };
  return step(0, at);
}

/** A phrase list indexed by its phrases' first one or two code units, longest phrase first. */
type CompiledList = Map<number, Entry[]>;

/** Compiled lists per array: [case-insensitive, with all-caps phrases case-sensitive]. */
const listCache = new WeakMap<readonly string[], [CompiledList?, CompiledList?]>();

function keyOf(first: number, second: number): number {
  return isWordCode(second) ? first * 0x10000 + second : first;
}

function compile(phrases: readonly string[], exactCaps: boolean): CompiledList {
  const buckets: CompiledList = new Map();
  for (const phrase of [...new Set(phrases)].sort((a, b) => b.length - a.length)) {
    const exact = exactCaps && isAllCaps(phrase);
    const form = exact ? phrase.normalize('NFC') : fold(phrase).trim();
    if (!form) continue;
    const head = form.toLowerCase();
    const key = keyOf(head.charCodeAt(0), head.charCodeAt(1));
    const codes = form
      .split(GAP)
      .flatMap((piece, index) => [...(index ? [GAP_CODE] : []), ...[...piece].flatMap((char) => [...char].map((unit) => unit.charCodeAt(0)))]);
    buckets.set(key, [...(buckets.get(key) ?? []), { phrase, codes, exact }]);
  }
  return buckets;
}

const lowers = textStore<string>();

/** The text in lower case, offset for offset. */
function lowerOf(text: string): string {
  let lower = lowers.get(text);
  if (lower === undefined) {
    lower = text.toLowerCase();
    // A letter whose lower case is longer ("İ") would shift offsets: keep such letters as written.
    if (lower.length !== text.length) lower = [...text].map((char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
    remember(lowers, text, lower);
  }
  return lower;
}

/** A list's two-unit bucket merged with its one-unit bucket, longest phrase first, made once per pair. */
const mergedCache = new WeakMap<CompiledList, Map<number, Entry[]>>();

function mergedCandidates(buckets: CompiledList, key: number, long: Entry[], short: Entry[]): Entry[] {
  let merged = mergedCache.get(buckets);
  if (!merged) {
    merged = new Map();
    mergedCache.set(buckets, merged);
  }
  let candidates = merged.get(key);
  if (!candidates) {
    candidates = [...long, ...short].sort((a, b) => b.phrase.length - a.phrase.length);
    merged.set(key, candidates);
  }
  return candidates;
}

/**
 * Where the text contains the phrases, in text order, with the same matching as `findPhrase`
 * (whole words, case and spacing ignored, `*` for the rest of a word) — except that with
 * `exactCaps` a phrase written in capitals and digits only matches case-sensitively. At each
 * place the longest phrase wins and the scan goes on after it, so a phrase inside another's
 * match is not reported again. No regular expressions: a list of hundreds of phrases costs
 * next to nothing to prepare. The prepared list is kept per array: pass the same array.
 */
export function phraseMatches(text: string, phrases: readonly string[], options: { exactCaps?: boolean } = {}): PhraseMatch[] {
  if (!phrases.length || !text) return [];
  const slot = options.exactCaps === true ? 1 : 0;
  let cached = listCache.get(phrases);
  if (!cached) {
    cached = [];
    listCache.set(phrases, cached);
  }
  cached[slot] ??= compile(phrases, slot === 1);
  const buckets = cached[slot];
  let known = matched.get(text);
  let matches = known?.get(buckets);
  if (!matches) {
    matches = scan(text, buckets);
    known ??= remember(matched, text, new Map<CompiledList, PhraseMatch[]>());
    known.set(buckets, matches);
  }
  // A copy: the caller may sort or change its array.
  return matches.slice();
}

/** Per text, per compiled list: its matches, as `phraseMatches` returns them. */
const matched = textStore<Map<CompiledList, PhraseMatch[]>>();

/** Per text: where its words start (a letter or digit not after one), which is where a phrase may match. */
const wordStarts = textStore<Int32Array>();

function wordStartsOf(text: string): Int32Array {
  const known = wordStarts.get(text);
  if (known) return known;
  const starts: number[] = [];
  let previousWord = false;
  for (let index = 0; index < text.length; index++) {
    const word = isWordCode(text.charCodeAt(index));
    if (word && !previousWord) starts.push(index);
    previousWord = word;
  }
  return remember(wordStarts, text, Int32Array.from(starts));
}

function scan(text: string, buckets: CompiledList): PhraseMatch[] {
  const lower = lowerOf(text);
  const matches: PhraseMatch[] = [];
  // The scan goes on after a match: a word start inside it is not tried.
  let after = 0;
  for (const index of wordStartsOf(text)) {
    if (index < after) continue;
    const first = lower.charCodeAt(index);
    const second = lower.charCodeAt(index + 1);
    const long = isWordCode(second) ? buckets.get(first * 0x10000 + second) : undefined;
    const short = buckets.get(first);
    const candidates = long && short ? mergedCandidates(buckets, first * 0x10000 + second, long, short) : (long ?? short);
    if (!candidates) continue;
    for (const entry of candidates) {
      const end = matchAt(entry, text, lower, index);
      if (end === undefined) continue;
      matches.push({ phrase: entry.phrase, index, matched: text.slice(index, end) });
      after = end;
      break;
    }
  }
  return matches;
}

/**
 * The phrases as one alternation for a regular expression (longest first, a space for any run of
 * spaces and hyphens, `*` for the rest of a word), for a pattern that places words among digits
 * and signs: an amount with its scale and currency.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map((phrase) => fold(phrase).trim()))]
    .sort((a, b) => b.length - a.length)
    .map(phraseBody)
    .join('|');
}

/** Whether the text opens with one of the phrases (matched as `phraseMatches` does): "Nej, ikke endnu". */
export function opensWith(text: string, phrases: readonly string[]): boolean {
  return phraseMatches(text, phrases)[0]?.index === 0;
}

/** The first of some texts (from `texts` or `textsOf`) that contains one of the phrases. */
export function firstHit(hits: readonly TextHit[], phrases: readonly string[]): TextHit | undefined {
  const root = trieOf(phrases);
  return hits.find((hit) => firstPhraseIn(hit.text, root, true) !== NONE);
}

/** Message-friendly list: "a, b and c" without language-specific conjunctions. */
export function joinList(values: readonly string[]): string {
  return values.join(', ');
}
