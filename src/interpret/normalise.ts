/**
 * Keys and values as written → the proposal's fields: an author's key ("ejer", "systemägare")
 * becomes the canonical field, an author's value the canonical value (enum aliases, amounts and
 * years written as text, a list written as one string). For a YAML proposal, its front matter,
 * and the labels and tables of a prose document alike.
 */
import type { ListNode, MapNode, ModelNode, Range, ScalarNode } from '../model/model.js';
import type { LoadProblem } from '../model/loaders/problems.js';
import { canonicalValue, fieldVocab, keysAt, norm, valuesNamedIn, YEAR_WORDS } from '../lexicon/vocabulary.js';
import { parseAmount } from './amount.js';

/**
 * A mapping as its parser read it (keys as written, values as written) → the same mapping under
 * canonical keys with canonical values. A second key naming the same field is a problem.
 */
export function normaliseMapping(raw: MapNode, problems: LoadProblem[]): MapNode {
  return normaliseMap(raw, '', problems);
}

function normaliseMap(raw: MapNode, path: string, problems: LoadProblem[]): MapNode {
  const map: MapNode = { ...raw, entries: new Map() };
  for (const [rawKey, node] of raw.entries) {
    const value = normaliseNode(node, childPath(path, canonicalKey(path, rawKey)), problems, false);
    addEntry(map, path, rawKey, value, problems);
  }
  return map;
}

/** `item`: the node is an item of a sequence at `path`, not the field's own value. */
function normaliseNode(node: ModelNode, path: string, problems: LoadProblem[], item: boolean): ModelNode {
  if (node.kind === 'map') return normaliseMap(node, path, problems);
  if (node.kind === 'list') return { ...node, items: node.items.map((entry) => normaliseNode(entry, path, problems, true)) };
  if (typeof node.value === 'string' && !item && isScalarList(path)) return { ...scalarAsList(path, node.value, node.range), ...keyOf(node) };
  return coerceScalar(path, node);
}

function keyOf(node: ModelNode): Pick<ModelNode, 'key' | 'keyRange'> {
  return { ...(node.key !== undefined ? { key: node.key } : {}), ...(node.keyRange ? { keyRange: node.keyRange } : {}) };
}

/** Canonical key for a key written inside the object at `parentPath` (unknown keys stay as written). */
export function canonicalKey(parentPath: string, key: string): string {
  const index = keysAt(parentPath);
  if (!index) return key;
  return index.byAlias.get(norm(key)) ?? key;
}

/** Path of list items' schema: "businessCase.costs" for an item of that list. */
export function childPath(parentPath: string, key: string): string {
  return parentPath ? `${parentPath}.${key}` : key;
}

/** Fields whose schema is an integer, written in a table cell or label line as text. */
/** Years after a count ("5 år", "5years"). */
const YEARS = Object.values(YEAR_WORDS).flat();

/**
 * "5", "5 år", "5years", "5 år (2025–2029)": the count a value opens with, unless a word other
 * than a unit of years is glued to it ("5x").
 */
function leadingCount(text: string): [string, string] | null {
  const found = /^\s*(\d{1,4})(?!\d)/.exec(text);
  if (!found) return null;
  const rest = text.slice(found[0].length);
  if (/^\w/.test(rest) && !YEARS.some((unit) => rest.toLowerCase().startsWith(unit) && !/^\w/.test(rest.slice(unit.length)))) return null;
  return [found[0], found[1]!];
}

const INTEGER_FIELDS = /(\.year|^businessCase\.horizonYears)$/;

function isAmountPath(path: string): boolean {
  return path.endsWith('.amount') || path === 'businessCase.totals.costs' || path === 'businessCase.totals.benefits';
}

/** Replace an enum alias or an amount written as text by its canonical value. */
export function coerceScalar(path: string, node: ScalarNode): ScalarNode {
  if (typeof node.value !== 'string') return node;
  if (fieldVocab(path)?.values) {
    const value = canonicalValue(path, node.value);
    return value ? { ...node, value } : node;
  }
  // "2026", and for the horizon "5 år", "5 years", "5 år (2025–2029)".
  const whole = INTEGER_FIELDS.test(path) ? leadingCount(node.value) : null;
  if (whole && (path.endsWith('.year') ? /^\s*\d{1,4}\s*$/.test(node.value) : true)) {
    return { ...node, value: Number(whole[1]) };
  }
  if (isAmountPath(path)) {
    const amount = parseAmount(node.value);
    return amount === undefined ? node : { ...node, value: amount };
  }
  return node;
}

/**
 * Add an entry under its canonical key. A second key naming the same field ("owner" and
 * "ejer") is a problem at the second key; the first one stays.
 */
export function addEntry(map: MapNode, parentPath: string, rawKey: string, node: ModelNode, problems: LoadProblem[]): void {
  const key = canonicalKey(parentPath, rawKey);
  const existing = map.entries.get(key);
  if (existing) {
    problems.push({
      ruleId: 'parse',
      messageId: 'duplicateField',
      data: { key: rawKey, field: key, line: (existing.keyRange ?? existing.range).line },
      range: node.keyRange ?? node.range,
    });
    return;
  }
  map.entries.set(key, { ...node, key: rawKey });
}

export function isListField(path: string): boolean {
  return fieldVocab(path.replace(/\.\d+/g, ''))?.list === true;
}

/**
 * A list written as one string — `løsninger: MitID, Digital Post`, `begrundelse: Løsningen er
 * væsentligt dyrere og øger implementeringstiden markant` — as the list it means: its pieces,
 * or, for values named inside a sentence (deviation grounds), the values the sentence names.
 * Each item keeps the string's range: the string is where they are written.
 */
export function scalarAsList(path: string, text: string, range: Range): ListNode {
  const pieces = text
    .split(/[,;]/)
    .map((piece) => piece.trim().replace(/[.]$/, ''))
    .filter(Boolean);
  const item = (value: string): ScalarNode => coerceScalar(path, { kind: 'scalar', value, range });
  if (fieldVocab(path)?.valuesInProse && pieces.some((piece) => canonicalValue(path, piece) === undefined)) {
    const named = valuesNamedIn(path, text);
    if (named.length) return { kind: 'list', items: named.map((value) => ({ kind: 'scalar', value, range })), range };
  }
  return { kind: 'list', items: pieces.map(item), range };
}

/** A list of plain values (focus areas, solutions, grounds), not of lines with keys. */
export function isScalarList(path: string): boolean {
  return isListField(path) && !fieldVocab(path)?.keys;
}
