/**
 * Helpers rules share: finding a field with its location, reading text, matching word lists
 * in four languages. No rule re-implements these.
 */
import type { Lang, MapNode, ModelNode, Proposal, Range, ScalarNode } from './model.js';

export { defineRule } from './rule-api.js';
export type { Localised, MessageData, Rule, RuleContext } from './rule-api.js';
export { parseAmount } from './amount.js';
import { formatAmount } from './amount.js';
import type { Localised } from './rule-api.js';

const LANGUAGES: readonly Lang[] = ['en', 'da', 'sv', 'nb'];

/** A word or phrase of the tool's own in every language, for message data. */
export function inEveryLanguage(word: (lang: Lang) => string): Localised {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, word(lang)])) as unknown as Localised;
}

/** An amount as a reader of each language writes it ("1.450.000", "1 450 000"). */
export function amountText(value: number): Localised {
  return inEveryLanguage((lang) => formatAmount(value, lang));
}

/** The node at a canonical path ("owner.name", "followUp.metrics"), if present. */
export function get(proposal: Proposal | MapNode, path: string): ModelNode | undefined {
  let node: ModelNode | undefined = 'root' in proposal ? proposal.root : proposal;
  for (const part of path.split('.')) {
    if (node?.kind !== 'map') return undefined;
    node = node.entries.get(part);
  }
  return node;
}

export function isScalar(node: ModelNode | undefined): node is ScalarNode {
  return node?.kind === 'scalar';
}

export function asList(node: ModelNode | undefined): ModelNode[] {
  return node?.kind === 'list' ? node.items : [];
}

/** Text of a scalar (numbers and booleans as written), trimmed; '' when absent or not a scalar. */
export function textOf(node: ModelNode | undefined): string {
  if (node?.kind !== 'scalar' || node.value === null) return '';
  return String(node.value).trim();
}

/** All the text under a node, joined: for rules that look for words anywhere in a field. */
export function deepText(node: ModelNode | undefined): string {
  if (!node) return '';
  if (node.kind === 'scalar') return node.value === null ? '' : String(node.value);
  if (node.kind === 'list') return node.items.map(deepText).join('\n');
  return [...node.entries.values()].map(deepText).join('\n');
}

/** Placeholders authors leave where a value should be, in four languages. */
const PLACEHOLDER = /^(tbd|tba|todo|\?+|-+|–|n\/?a|na|none|unknown|ukendt|ved ikke|vides ikke|uafklaret|ikke afklaret|mangler|vet ej|vet inte|okänd|oklart|ej klart|ingen|ikke avklart|ukjent|vet ikke|uavklart|xxx+|\.\.\.|…|<[^>]*>|\[[^\]]*\])$/i;

/**
 * A placeholder with a note after it: "TBD (afventer direktionen)", "Ukendt – afklares i
 * styregruppen", "Afventer beslutning". Only words that cannot open a real value count here.
 */
const PLACEHOLDER_LEAD = /^(?:(?:tbd|tba|todo|\?+|n\/a|ukendt|uafklaret|ikke afklaret|vet ej|vet inte|okänd|oklart|ikke avklart|ukjent|uavklart|xxx+)\s*[-–—:(,;]|(?:afventer|avventer|avvaktar|inväntar|awaiting|pending|udpeges senere|utses senare|to be (?:decided|appointed|confirmed))(?![\p{L}\p{N}]))/iu;

export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return PLACEHOLDER.test(trimmed.replace(/[.!]+$/, '').trim()) || PLACEHOLDER_LEAD.test(trimmed);
}

/** A value is given when it is present, not empty and not a placeholder. */
export function isGiven(node: ModelNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') {
    if (node.value === null || node.value === false) return false;
    const text = String(node.value).trim();
    return text !== '' && !isPlaceholder(text);
  }
  if (node.kind === 'list') return node.items.some(isGiven);
  return [...node.entries.values()].some(isGiven);
}

/**
 * Where a missing field belongs: the key of its nearest present ancestor, else the front
 * matter, else line 1.
 */
export function anchorFor(proposal: Proposal, path: string): Range {
  const parts = path.split('.');
  for (let length = parts.length - 1; length > 0; length--) {
    const parent = get(proposal, parts.slice(0, length).join('.'));
    if (parent) return parent.keyRange ?? parent.range;
  }
  return proposal.anchor;
}

export interface TextHit {
  text: string;
  range: Range;
  /** Canonical field path or section heading the text is in. */
  where: string;
  /** Where the value's key is written (YAML and label lines), when it has one. */
  keyRange?: Range;
}

function stringHits(node: ModelNode, where: string, hits: TextHit[]): TextHit[] {
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string' && node.value.trim()) hits.push({ text: node.value, range: node.range, where, ...(node.keyRange ? { keyRange: node.keyRange } : {}) });
  } else if (node.kind === 'list') {
    node.items.forEach((item) => stringHits(item, where, hits));
  } else {
    for (const [key, child] of node.entries) stringHits(child, where ? `${where}.${key}` : key, hits);
  }
  return hits;
}

/** Every piece of prose in the proposal with its location: string values and section texts. */
export function texts(proposal: Proposal): TextHit[] {
  const hits = stringHits(proposal.root, '', []);
  for (const section of proposal.sections) {
    if (!section.field && section.text) hits.push({ text: section.text, range: section.range, where: section.heading });
  }
  return hits;
}

/**
 * The prose of one field and everything under it: its string values, plus the text of the
 * Markdown sections that fill it (prose in an object field's section that no key holds, e.g.
 * paragraphs under "## Økonomi").
 */
export function textsOf(proposal: Proposal, path: string): TextHit[] {
  const node = get(proposal, path);
  const hits = node ? stringHits(node, path, []) : [];
  for (const section of proposal.sections) {
    if (section.text && (section.field === path || section.field?.startsWith(`${path}.`))) {
      hits.push({ text: section.text, range: section.range, where: section.heading });
    }
  }
  return hits;
}

/**
 * Every piece of prose, including the text of sections that fill a field (`texts` leaves
 * those out) and the headings themselves: for rules that look anywhere for something the
 * clause demands without a field, e.g. "säkerhetsprogram" written under
 * "## Informationssäkerhet", or a "## Risker" section. A section's text can repeat a field
 * value, so use it to find, not to count.
 */
export function allTexts(proposal: Proposal): TextHit[] {
  const hits = texts(proposal);
  for (const section of proposal.sections) {
    if (section.field && section.text) hits.push({ text: section.text, range: section.range, where: section.heading });
    hits.push({ text: section.heading, range: section.headingRange, where: section.heading });
  }
  return hits;
}

/** Word lists kept per language; a proposal is matched against all four, whatever its language. */
export type WordLists = Partial<Record<Lang, readonly string[]>>;

export function allPhrases(lists: WordLists): string[] {
  return Object.values(lists).flatMap((list) => [...(list ?? [])]);
}

/** Fold case and spacing so phrase matching ignores them; keeps letters intact. */
let lastFolded: { text: string; folded: string } | undefined;

/**
 * Callers match many phrases against the same text one at a time (a component's aliases), so
 * the last text folded is remembered.
 */
export function fold(text: string): string {
  if (lastFolded?.text === text) return lastFolded.folded;
  const folded = text.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ');
  lastFolded = { text, folded };
  return folded;
}

const phraseCache = new Map<string, RegExp>();

/** The regular expression of a phrase (already folded, or as written for exact matching). */
function phraseBody(phrase: string): string {
  return phrase
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'))
    .join('[\\p{L}\\p{N}]*');
}

function phraseSource(phrase: string): string {
  return `(?<![\\p{L}\\p{N}])${phraseBody(phrase)}(?![\\p{L}\\p{N}])`;
}

/**
 * Whole-word, case-insensitive match of any phrase; returns the first phrase found. A `*`
 * stands for the rest of a word: "selvbetjening*" finds "selvbetjeningsløsning", and
 * "tilpass* dagens" finds "tilpasse dagens" and "tilpasses dagens".
 */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
  const haystack = fold(text);
  for (const phrase of phrases) {
    let pattern = phraseCache.get(phrase);
    if (!pattern) {
      pattern = new RegExp(phraseSource(fold(phrase)), 'u');
      phraseCache.set(phrase, pattern);
    }
    if (pattern.test(haystack)) return phrase;
  }
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
  return code === SPACE || code === HYPHEN || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
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
  if (!cached) listCache.set(phrases, (cached = []));
  const buckets = (cached[slot] ??= compile(phrases, slot === 1));
  let lower = text.toLowerCase();
  // A letter whose lower case is longer ("İ") would shift offsets: keep such letters as written.
  if (lower.length !== text.length) lower = [...text].map((char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
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
    const candidates = long && short ? [...long, ...short].sort((a, b) => b.phrase.length - a.phrase.length) : long ?? short;
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

/** The first of some texts (from `texts` or `textsOf`) that contains one of the phrases. */
export function firstHit(hits: readonly TextHit[], phrases: readonly string[]): TextHit | undefined {
  return hits.find((hit) => findPhrase(hit.text, phrases) !== undefined);
}

/** Message-friendly list: "a, b and c" without language-specific conjunctions. */
export function joinList(values: readonly string[]): string {
  return values.join(', ');
}
