/**
 * Helpers rules share: finding a field with its location, reading text, matching word lists
 * in four languages. No rule re-implements these.
 */
import type { Lang, ListNode, MapNode, ModelNode, Proposal, Range, ScalarNode } from './model.js';

export { defineRule } from './rule-api.js';
export type { Rule, RuleContext } from './rule-api.js';
export { parseAmount } from './amount.js';

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

export function asMap(node: ModelNode | undefined): MapNode | undefined {
  return node?.kind === 'map' ? node : undefined;
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
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ');
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

/**
 * A phrase list indexed by how its phrases begin (their first one or two letters, lower-case),
 * so a scan tries at each word only the few phrases that can start there, longest first.
 */
interface CompiledList {
  buckets: Map<string, { phrase: string; pattern: RegExp }[]>;
}

/** Compiled lists per array: [case-insensitive, with all-caps phrases case-sensitive]. */
const listCache = new WeakMap<readonly string[], [CompiledList?, CompiledList?]>();
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

function compile(phrases: readonly string[], exactCaps: boolean): CompiledList {
  const buckets = new Map<string, { phrase: string; pattern: RegExp }[]>();
  for (const phrase of [...new Set(phrases)].sort((a, b) => b.length - a.length)) {
    const exact = exactCaps && isAllCaps(phrase);
    const written = exact ? phrase : fold(phrase);
    const head = written.toLowerCase();
    const key = WORD_CHAR.test(head[1] ?? '') ? head.slice(0, 2) : head.slice(0, 1);
    const pattern = new RegExp(`${phraseBody(written)}(?![\\p{L}\\p{N}])`, exact ? 'uy' : 'iuy');
    buckets.set(key, [...(buckets.get(key) ?? []), { phrase, pattern }]);
  }
  return { buckets };
}

/**
 * Where the text contains the phrases, in text order, with the same matching as `findPhrase`
 * (whole words, case and spacing ignored, `*` for the rest of a word) — except that with
 * `exactCaps` a phrase written in capitals and digits only matches case-sensitively. At each
 * place the longest phrase wins and the scan goes on after it, so a phrase inside another's
 * match is not reported again. The compiled list is kept per array: pass the same array.
 */
export function phraseMatches(text: string, phrases: readonly string[], options: { exactCaps?: boolean } = {}): PhraseMatch[] {
  if (!phrases.length) return [];
  const slot = options.exactCaps === true ? 1 : 0;
  let cached = listCache.get(phrases);
  if (!cached) listCache.set(phrases, (cached = []));
  const { buckets } = (cached[slot] ??= compile(phrases, slot === 1));
  const matches: PhraseMatch[] = [];
  let from = 0;
  for (const start of text.matchAll(WORD_START)) {
    const index = start.index;
    if (index < from) continue;
    const first = text[index]!.toLowerCase();
    const second = text[index + 1]?.toLowerCase() ?? '';
    const candidates = [...(WORD_CHAR.test(second) ? buckets.get(first + second) ?? [] : []), ...(buckets.get(first) ?? [])];
    if (candidates.length > 1) candidates.sort((a, b) => b.phrase.length - a.phrase.length);
    for (const { phrase, pattern } of candidates) {
      pattern.lastIndex = index;
      const match = pattern.exec(text);
      if (!match) continue;
      matches.push({ phrase, index, matched: match[0] });
      from = index + match[0].length;
      break;
    }
  }
  return matches;
}

/** The first text in the proposal that contains one of the phrases. */
export function findInTexts(proposal: Proposal, phrases: readonly string[], where?: (hit: TextHit) => boolean): TextHit | undefined {
  return firstHit(where ? texts(proposal).filter(where) : texts(proposal), phrases);
}

/** The first of some texts (from `texts` or `textsOf`) that contains one of the phrases. */
export function firstHit(hits: readonly TextHit[], phrases: readonly string[]): TextHit | undefined {
  return hits.find((hit) => findPhrase(hit.text, phrases) !== undefined);
}

export function listOf(node: ModelNode | undefined): ListNode | undefined {
  return node?.kind === 'list' ? node : undefined;
}

/** Message-friendly list: "a, b and c" without language-specific conjunctions. */
export function joinList(values: readonly string[]): string {
  return values.join(', ');
}
