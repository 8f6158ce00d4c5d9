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
  /** The tries (by number) that may match the text; see `HeadRegistry`. */
  marks: Marks;
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
  /** At a `wordsOnly` root: the phrases' first two code units. */
  heads?: Heads;
  /** At a `wordsOnly` root: its number among the tries (see `HeadRegistry`). */
  id?: number;
}

/*
 * Most word starts of a text begin no phrase of a given list. Before any map is asked, a word
 * start is tested against two small bit sets of the list: the hashed pairs of code units its
 * phrases open with, and the first code units of those whose second part is not a plain code
 * unit (a space, a `*`, a one-letter phrase). A clear bit rules the place out; a set bit may be
 * a collision, so the maps still decide.
 */
interface Heads {
  pairs: Uint32Array;
  firsts: Uint32Array;
}

const PAIR_BITS = 0x3fff;
const FIRST_BITS = 0x3ff;

function newHeads(): Heads {
  return { pairs: new Uint32Array((PAIR_BITS + 1) >>> 5), firsts: new Uint32Array((FIRST_BITS + 1) >>> 5) };
}

function pairHash(first: number, second: number): number {
  return ((first << 7) ^ second) & PAIR_BITS;
}

function addPair(heads: Heads, first: number, second: number): void {
  const bit = pairHash(first, second);
  heads.pairs[bit >>> 5]! |= 1 << (bit & 31);
}

function addFirst(heads: Heads, first: number): void {
  const bit = first & FIRST_BITS;
  heads.firsts[bit >>> 5]! |= 1 << (bit & 31);
}

function hasPair(heads: Heads, first: number, second: number): boolean {
  const bit = pairHash(first, second);
  return (heads.pairs[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function hasFirst(heads: Heads, first: number): boolean {
  const bit = first & FIRST_BITS;
  return (heads.firsts[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/*
 * A text is asked about list after list, and most lists have no phrase in it. So every list
 * gets a number when it is prepared, and the hashed heads of all lists are kept together: per
 * pair of code units (and per first unit), the numbers of the lists whose phrases may open so.
 * Each text's word starts are looked up there once, which marks the lists that may match it;
 * a list not marked is answered "none" at once. A list prepared after a text was marked is not
 * known to its marks and is matched the long way.
 */
interface HeadRegistry {
  count: number;
  /** Pairs are keyed only where the second unit is a letter or digit (the compiled lists' keys). */
  wordPairsOnly: boolean;
  /** Per hashed pair, per hashed first unit: a bit set of the lists' numbers. */
  pairs: (Uint32Array | undefined)[];
  firsts: (Uint32Array | undefined)[];
}

function newRegistry(wordPairsOnly: boolean): HeadRegistry {
  return { count: 0, wordPairsOnly, pairs: new Array(PAIR_BITS + 1).fill(undefined), firsts: new Array(FIRST_BITS + 1).fill(undefined) };
}

/** Numbers a list whose phrases open with the heads added by `each`; returns its number. */
function register(registry: HeadRegistry, each: (pair: (first: number, second: number) => void, single: (first: number) => void) => void): number {
  const id = registry.count++;
  const word = id >>> 5;
  const add = (slots: (Uint32Array | undefined)[], slot: number): void => {
    let bits = slots[slot];
    if (!bits || bits.length <= word) {
      const grown = new Uint32Array(word + 1);
      if (bits) grown.set(bits);
      bits = grown;
      slots[slot] = grown;
    }
    bits[word]! |= 1 << (id & 31);
  };
  each(
    (first, second) => add(registry.pairs, pairHash(first, second)),
    (first) => add(registry.firsts, first & FIRST_BITS),
  );
  return id;
}

/** The lists (by number) that may match a text, of the `known` lists numbered when it was marked. */
interface Marks {
  bits: Uint32Array;
  known: number;
}

/** Marks the lists of the registry that may match at each of the word starts of `text`. */
function marksOf(registry: HeadRegistry, text: string, starts: Int32Array): Marks {
  const bits = new Uint32Array((registry.count + 31) >>> 5);
  for (const at of starts) {
    const first = text.charCodeAt(at);
    const second = text.charCodeAt(at + 1);
    orInto(bits, registry.firsts[first & FIRST_BITS]);
    if (!registry.wordPairsOnly || isWordCode(second)) orInto(bits, registry.pairs[pairHash(first, second)]);
  }
  return { bits, known: registry.count };
}

function orInto(bits: Uint32Array, slot: Uint32Array | undefined): void {
  if (slot) for (let word = 0; word < slot.length; word++) bits[word]! |= slot[word]!;
}

/** Whether the list numbered `id` may match where `marks` were taken (lists numbered since may). */
function mayMatch(marks: Marks, id: number | undefined): boolean {
  return id === undefined || id >= marks.known || (marks.bits[id >>> 5]! & (1 << (id & 31))) !== 0;
}

const NONE = Number.MAX_SAFE_INTEGER;
const indexes = textStore<FoldedIndex>();
const trieHeads = newRegistry(false);
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
  const words = Int32Array.from(wordStarts);
  return remember(indexes, text, { folded, starts: Int32Array.from(starts), wordStarts: words, marks: marksOf(trieHeads, folded, words) });
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
  if (root.wordsOnly) {
    const heads = newHeads();
    const codes = root.codes!;
    root.id = register(trieHeads, (pair, single) => {
      for (const [first, child] of codes) {
        // A phrase may end after its first unit, or go on with a space, `*` or a gap: any second unit will do.
        if (child.phrase !== NONE || child.space || child.star || child.gap) {
          addFirst(heads, first);
          single(first);
        }
        for (const second of child.codes?.keys() ?? []) {
          addPair(heads, first, second);
          pair(first, second);
        }
      }
    });
    root.heads = heads;
  }
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
  if (!mayMatch(index.marks, root.id)) return NONE;
  const { folded } = index;
  const enough = any ? NONE - 1 : root.lowest;
  let best = NONE;
  if (root.wordsOnly) {
    // The root has only letters and digits to go on: a word start whose first one is none of them is passed at once.
    const codes = root.codes!;
    const heads = root.heads!;
    for (const at of index.wordStarts) {
      const first = folded.charCodeAt(at);
      if (!hasFirst(heads, first) && !hasPair(heads, first, folded.charCodeAt(at + 1))) continue;
      const child = codes.get(first);
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
  return matchFrom(entry.codes, 0, entry.exact ? text : lower, text, at);
}

/** `matchAt` from part `i` of the codes at `pos` (`source` is the text or its lower-case copy). */
function matchFrom(codes: readonly number[], i: number, source: string, text: string, pos: number): number | undefined {
  for (; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === GAP_CODE) {
      for (const end of gapEnds(text, pos)) {
        const found = matchFrom(codes, i + 1, source, text, end);
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
        const found = matchFrom(codes, i + 1, source, text, next);
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
}

/** A phrase list indexed by its phrases' first one or two code units, longest phrase first. */
interface CompiledList {
  buckets: Map<number, Entry[]>;
  /** The keys' code units: a pair for a two-unit key, a first unit for a one-unit key. */
  heads: Heads;
  /** Its number among the compiled lists (see `HeadRegistry`). */
  id: number;
}

/** Compiled lists per array: [case-insensitive, with all-caps phrases case-sensitive]. */
const listCache = new WeakMap<readonly string[], [CompiledList?, CompiledList?]>();

function keyOf(first: number, second: number): number {
  return isWordCode(second) ? first * 0x10000 + second : first;
}

function compile(phrases: readonly string[], exactCaps: boolean): CompiledList {
  const buckets = new Map<number, Entry[]>();
  const heads = newHeads();
  const keys: number[] = [];
  for (const phrase of [...new Set(phrases)].sort((a, b) => b.length - a.length)) {
    const exact = exactCaps && isAllCaps(phrase);
    const form = exact ? phrase.normalize('NFC') : fold(phrase).trim();
    if (!form) continue;
    const head = form.toLowerCase();
    const key = keyOf(head.charCodeAt(0), head.charCodeAt(1));
    if (key > 0xffff) addPair(heads, head.charCodeAt(0), head.charCodeAt(1));
    else addFirst(heads, head.charCodeAt(0));
    keys.push(key);
    const codes = form
      .split(GAP)
      .flatMap((piece, index) => [...(index ? [GAP_CODE] : []), ...[...piece].flatMap((char) => [...char].map((unit) => unit.charCodeAt(0)))]);
    buckets.set(key, [...(buckets.get(key) ?? []), { phrase, codes, exact }]);
  }
  const id = register(listHeads, (pair, single) => {
    for (const key of keys) {
      if (key > 0xffff) pair(Math.floor(key / 0x10000), key % 0x10000);
      else single(key);
    }
  });
  return { buckets, heads, id };
}

const listHeads = newRegistry(true);

/** A text in lower case (offset for offset), where its words start, and the compiled lists that may match it. */
interface LowerIndex {
  lower: string;
  /** Where its words start (a letter or digit not after one), which is where a phrase may match. */
  starts: Int32Array;
  marks: Marks;
}

const lowerIndexes = textStore<LowerIndex>();

function lowerIndexOf(text: string): LowerIndex {
  const known = lowerIndexes.get(text);
  if (known) return known;
  let lower = text.toLowerCase();
  // A letter whose lower case is longer ("İ") would shift offsets: keep such letters as written.
  if (lower.length !== text.length) lower = [...text].map((char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
  const starts: number[] = [];
  let previousWord = false;
  for (let index = 0; index < text.length; index++) {
    const word = isWordCode(text.charCodeAt(index));
    if (word && !previousWord) starts.push(index);
    previousWord = word;
  }
  const words = Int32Array.from(starts);
  return remember(lowerIndexes, text, { lower, starts: words, marks: marksOf(listHeads, lower, words) });
}

/** A list's two-unit bucket merged with its one-unit bucket, longest phrase first, made once per pair. */
const mergedCache = new WeakMap<Map<number, Entry[]>, Map<number, Entry[]>>();

function mergedCandidates(buckets: Map<number, Entry[]>, key: number, long: Entry[], short: Entry[]): Entry[] {
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
  const list = cached[slot];
  const index = lowerIndexOf(text);
  if (!mayMatch(index.marks, list.id)) return [];
  let known = matched.get(text);
  let matches = known?.get(list);
  if (!matches) {
    matches = scan(text, list, index);
    known ??= remember(matched, text, new Map<CompiledList, PhraseMatch[]>());
    known.set(list, matches);
  }
  // A copy: the caller may sort or change its array.
  return matches.slice();
}

/** Per text, per compiled list: its matches, as `phraseMatches` returns them. */
const matched = textStore<Map<CompiledList, PhraseMatch[]>>();

function scan(text: string, list: CompiledList, prepared: LowerIndex): PhraseMatch[] {
  const { buckets, heads } = list;
  const { lower } = prepared;
  const matches: PhraseMatch[] = [];
  // The scan goes on after a match: a word start inside it is not tried.
  let after = 0;
  for (const index of prepared.starts) {
    if (index < after) continue;
    const first = lower.charCodeAt(index);
    const second = lower.charCodeAt(index + 1);
    const pair = isWordCode(second) && hasPair(heads, first, second);
    const single = hasFirst(heads, first);
    if (!pair && !single) continue;
    const long = pair ? buckets.get(first * 0x10000 + second) : undefined;
    const short = single ? buckets.get(first) : undefined;
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
