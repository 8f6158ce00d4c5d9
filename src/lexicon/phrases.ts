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
 * The texts used lately, least recently used first: rules ask about the same few texts (the
 * whole proposal, a section, a field) in turn, and on a large file folding or indexing one again
 * costs more than the rule.
 */
function recentlyUsed<T>(size: number): { get(text: string): T | undefined; set(text: string, value: T): void } {
  const entries = new Map<string, T>();
  return {
    get(text) {
      const value = entries.get(text);
      if (value !== undefined) {
        entries.delete(text);
        entries.set(text, value);
      }
      return value;
    },
    set(text, value) {
      if (entries.size >= size) entries.delete(entries.keys().next().value!);
      entries.set(text, value);
    },
  };
}

const folds = recentlyUsed<string>(32);

/** Fold case and spacing so phrase matching ignores them; keeps letters intact. */
export function fold(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ');
    folds.set(text, folded);
  }
  return folded;
}

/** The regular expression of a phrase (already folded): for `phraseAlternation`. */
function phraseBody(phrase: string): string {
  return phrase
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'))
    .join('[\\p{L}\\p{N}]*');
}

/*
 * `findPhrase` matches as the regular expression
 *   (?<![\p{L}\p{N}]) phrase (?![\p{L}\p{N}])
 * would over the folded text, with a space in the phrase standing for [\s-]+ and `*` for
 * [\p{L}\p{N}]* — but without running one expression per phrase over the whole text. The folded
 * text is indexed once (where a match may start, by its first one and two code units), and each
 * phrase, compiled once into parts, is tried only where the text starts as it does.
 * test/unit/phrases.property.test.ts checks it against that regular expression.
 */

/** A phrase's parts: a code unit to match, or SPACE_PART ([\s-]+) or STAR_PART ([\p{L}\p{N}]*). */
const SPACE_PART = -1;
const STAR_PART = -2;

interface FoldedIndex {
  folded: string;
  /** Every offset (end included) not preceded by a letter or digit: where a match may start. */
  starts: Int32Array;
  /**
   * For a long text, those starts by the two code units there: an open-addressing table from the
   * pair to its first start (`keys`, `heads`), and each start's next one with the same pair.
   */
  table?: { keys: Uint32Array; heads: Int32Array; next: Int32Array; shift: number };
}

interface PhrasePlan {
  parts: Int32Array;
  /** Which starts to try: those with these one or two leading code units, or (neither) every start. */
  one?: number;
  two?: number;
}

const indexes = recentlyUsed<FoldedIndex>(64);
/** Below this many starts a text is scanned: a table would cost more than it saves. */
const TABLE_FROM = 48;
const planCache = new Map<string, PhrasePlan>();
const listPlans = new WeakMap<readonly string[], PhrasePlan[]>();

const pairKey = (text: string, at: number): number => (text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1)) >>> 0;
const slotOf = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;

function indexOf(text: string): FoldedIndex {
  let index = indexes.get(text);
  if (index) return index;
  const folded = fold(text);
  const found: number[] = [];
  for (let at = 0; at <= folded.length; at++) {
    // Not after a letter or digit, and not inside a surrogate pair (the expression steps by code points).
    if (at > 0 && (wordBefore(folded, at) || isLowInPair(folded, at))) continue;
    found.push(at);
  }
  const starts = Int32Array.from(found);
  index = { folded, starts };
  if (starts.length >= TABLE_FROM) {
    const bits = 32 - Math.clz32(starts.length * 2);
    const shift = 32 - bits;
    const keys = new Uint32Array(1 << bits);
    const heads = new Int32Array(1 << bits).fill(-1);
    const next = new Int32Array(starts.length).fill(-1);
    for (let which = 0; which < starts.length; which++) {
      const at = starts[which]!;
      if (at + 1 >= folded.length) continue;
      const key = pairKey(folded, at);
      let slot = slotOf(key, shift);
      while (heads[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & ((1 << bits) - 1);
      next[which] = heads[slot]!;
      keys[slot] = key;
      heads[slot] = which;
    }
    index.table = { keys, heads, next, shift };
  }
  indexes.set(text, index);
  return index;
}

/** Whether the plan's phrase matches at one of the text's starts. */
function matchesIn(index: FoldedIndex, plan: PhrasePlan): boolean {
  const { folded, starts, table } = index;
  if (plan.two !== undefined && table) {
    const mask = table.heads.length - 1;
    let slot = slotOf(plan.two, table.shift);
    while (table.heads[slot] !== -1 && table.keys[slot] !== plan.two) slot = (slot + 1) & mask;
    for (let which = table.heads[slot]!; which !== -1; which = table.next[which]!) if (partsMatch(plan.parts, 2, folded, starts[which]! + 2)) return true;
    return false;
  }
  const first = plan.two !== undefined ? plan.two >>> 16 : plan.one;
  for (const at of starts) {
    if (first !== undefined && folded.charCodeAt(at) !== first) continue;
    if (partsMatch(plan.parts, 0, folded, at)) return true;
  }
  return false;
}

function planOf(phrase: string): PhrasePlan {
  let plan = planCache.get(phrase);
  if (plan) return plan;
  const codes: number[] = [];
  const form = fold(phrase);
  for (let at = 0; at < form.length; at++) {
    const code = form.charCodeAt(at);
    codes.push(code === SPACE ? SPACE_PART : code === STAR ? STAR_PART : code);
  }
  const parts = Int32Array.from(codes);
  plan = { parts };
  if (parts.length >= 2 && parts[0]! >= 0 && parts[1]! >= 0) plan.two = (parts[0]! * 0x10000 + parts[1]!) >>> 0;
  else if (parts.length >= 1 && parts[0]! >= 0) plan.one = parts[0]!;
  planCache.set(phrase, plan);
  return plan;
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

/** Whether the parts from `part` on match the folded text from `at`, up to a word's end. */
function partsMatch(parts: Int32Array, part: number, text: string, at: number): boolean {
  for (; part < parts.length; part++) {
    const code = parts[part]!;
    if (code === SPACE_PART || code === STAR_PART) {
      // Every length the run can take, longest first, as the expression backtracks.
      const ends: number[] = [];
      let end = at;
      for (;;) {
        const step = code === SPACE_PART ? (isSpaceCode(text.charCodeAt(end)) ? 1 : 0) : wordAt(text, end);
        if (!step) break;
        end += step;
        ends.push(end);
      }
      if (code === STAR_PART) ends.unshift(at);
      for (let choice = ends.length - 1; choice >= 0; choice--) if (partsMatch(parts, part + 1, text, ends[choice]!)) return true;
      return false;
    }
    if (text.charCodeAt(at) !== code) return false;
    at++;
  }
  return wordAt(text, at) === 0;
}

function plansOf(phrases: readonly string[]): PhrasePlan[] {
  let plans = listPlans.get(phrases);
  if (!plans) {
    plans = phrases.map(planOf);
    listPlans.set(phrases, plans);
  }
  return plans;
}

/**
 * Whole-word, case-insensitive match of any phrase; returns the first phrase (in the list's
 * order) found anywhere in the text. A `*` stands for the rest of a word: "selvbetjening*" finds
 * "selvbetjeningsløsning", and "tilpass* dagens" finds "tilpasse dagens" and "tilpasses dagens".
 */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
  const index = indexOf(text);
  const plans = plansOf(phrases);
  for (let which = 0; which < plans.length; which++) if (matchesIn(index, plans[which]!)) return phrases[which];
  return undefined;
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
      if (code === SPACE) {
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
    const codes = [...form].flatMap((char) => [...char].map((unit) => unit.charCodeAt(0)));
    buckets.set(key, [...(buckets.get(key) ?? []), { phrase, codes, exact }]);
  }
  return buckets;
}

const lowers = recentlyUsed<string>(32);

/** The text in lower case, offset for offset. */
function lowerOf(text: string): string {
  let lower = lowers.get(text);
  if (lower === undefined) {
    lower = text.toLowerCase();
    // A letter whose lower case is longer ("İ") would shift offsets: keep such letters as written.
    if (lower.length !== text.length) lower = [...text].map((char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
    lowers.set(text, lower);
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
  const lower = lowerOf(text);
  const matches: PhraseMatch[] = [];
  let previousWord = false;
  for (let index = 0; index < text.length; index++) {
    const word = isWordCode(text.charCodeAt(index));
    const start = word && !previousWord;
    previousWord = word;
    if (!start) continue;
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
      index = end - 1;
      previousWord = isWordCode(text.charCodeAt(index));
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
  return hits.find((hit) => findPhrase(hit.text, phrases) !== undefined);
}

/** Message-friendly list: "a, b and c" without language-specific conjunctions. */
export function joinList(values: readonly string[]): string {
  return values.join(', ');
}
