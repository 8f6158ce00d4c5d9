/**
 * Keys and values as written → the proposal's fields: an author's key ("ejer", "systemägare")
 * becomes the canonical field, an author's value the canonical value (enum aliases, amounts and
 * years written as text, a list written as one string). For a YAML proposal, its front matter,
 * and the labels and tables of a prose document alike.
 */
import type { ListNode, MapNode, ModelNode, Range, ScalarNode, Section } from '../model/model.js';
import type { LoadProblem } from '../model/loaders/problems.js';
import { own } from '../model/own.js';
import { ANSWER_NO, ANSWER_YES, NEGATION, NONE } from '../lexicon/negation.js';
import { allPhrases, fold, opensWith } from '../lexicon/phrases.js';
import { currencyCodesIn } from '../lexicon/units.js';
import { canonicalValue, factKeysAt, fieldVocab, keysAt, NESTED_HEADINGS, norm, valuesNamedIn, YEAR_WORDS } from '../lexicon/vocabulary.js';
import { parseAmount } from './amount.js';
import { formatDay, parseDay } from './dates.js';
import { isPlaceholder } from './given.js';

/**
 * A mapping as its parser read it (keys as written, values as written) → the same mapping under
 * canonical keys with canonical values. A second key naming the same field is a problem.
 */
export function normaliseMapping(raw: MapNode, problems: LoadProblem[]): MapNode {
  const map = normaliseMap(raw, '', problems);
  placeNested(map, raw, problems);
  return map;
}

function normaliseMap(raw: MapNode, path: string, problems: LoadProblem[]): MapNode {
  const map: MapNode = { ...raw, entries: new Map() };
  for (const [rawKey, node] of raw.entries) {
    if (!path && nestedField(rawKey, node)) continue;
    const value = normaliseNode(node, childPath(path, canonicalKey(path, rawKey)), problems, false);
    addEntry(map, path, rawKey, value, problems);
  }
  return map;
}

/**
 * A field of the business case written at the top level (`arbejdsgang:`, `evaluation:` beside
 * `businessCase:`, SPEC §1), as the document's headings of the same name are: its canonical key
 * inside the business case, or undefined when the key is a top-level field or none.
 */
function nestedField(rawKey: string, node: ModelNode): string | undefined {
  if (keysAt('')!.byAlias.has(norm(rawKey))) return undefined;
  const key = keysAt('businessCase')!.byAlias.get(norm(rawKey));
  if (!key || !own(NESTED_HEADINGS, key)) return undefined;
  // Lines only as a list: `budget: 400000` is no cost line.
  return !isListField(`businessCase.${key}`) || node.kind === 'list' ? key : undefined;
}

/** Put the business case's fields written at the top level into it (made for them when absent). */
function placeNested(map: MapNode, raw: MapNode, problems: LoadProblem[]): void {
  for (const [rawKey, node] of raw.entries) {
    const key = nestedField(rawKey, node);
    if (!key) continue;
    let businessCase = map.entries.get('businessCase');
    if (!businessCase) {
      businessCase = { kind: 'map', entries: new Map(), range: node.keyRange ?? node.range, ...keyOf(node) };
      map.entries.set('businessCase', businessCase);
    }
    const value = normaliseNode(node, `businessCase.${key}`, problems, false);
    // Beside a business case that is no mapping, the key stays where it is written: an unknown key.
    if (businessCase.kind === 'map') addEntry(businessCase, 'businessCase', rawKey, value, problems);
    else map.entries.set(rawKey, value);
  }
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
  const index = keysAt(parentPath) ?? factKeysAt(parentPath);
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

const DATE_FIELDS = /^schedule\.(start|end)$/;

const CURRENCY_FIELDS = /^businessCase\.(currency|costs\.currency|benefits\.currency)$/;

/** The date (as the schema writes it) a value opens with, when prose follows it; undefined when it is one already or opens with none. */
function leadingDay(text: string): string | undefined {
  const lead = /^\s*(\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}[./]\d{1,2}[./]\d{4})(?=$|[\s,;:(–—-])/.exec(text);
  if (!lead || lead[0].trim() === text.trim()) return undefined;
  const month = /^\d{4}-\d{1,2}$/.test(lead[1]!);
  const day = parseDay(lead[1]);
  if (!day) return undefined;
  return month ? formatDay(day).slice(0, 7) : formatDay(day);
}

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
  // "2026-05-31, så att …", "31.5.2026 (efter sommaren)": the date a schedule's value opens with.
  if (DATE_FIELDS.test(path)) {
    const day = leadingDay(node.value);
    return day ? { ...node, value: day } : node;
  }
  // "2026", and for the horizon "5 år", "5 years", "5 år (2025–2029)".
  const whole = INTEGER_FIELDS.test(path) ? leadingCount(node.value) : null;
  if (whole && (path.endsWith('.year') ? /^\s*\d{1,4}\s*$/.test(node.value) : true)) {
    return { ...node, value: Number(whole[1]) };
  }
  // "Danske kroner (DKK)", "dkk", "€": the one currency code the value names.
  if (CURRENCY_FIELDS.test(path)) {
    const codes = new Set(currencyCodesIn(node.value, { ignoreCase: true }));
    return codes.size === 1 ? { ...node, value: [...codes][0]! } : node;
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

/** Words that, as a whole value, say "no" ("nej", "false", "ingen"). */
const BARE_NO = new Set([...allPhrases(ANSWER_NO), ...allPhrases(NONE)].map((word) => fold(word)));

/**
 * The shapes authors write where the schema wants an object, after the keys and values are
 * read (a YAML file, front matter, a document's labels and sections alike):
 * - a sentence where a structured field with a text key is expected (`efterkalkyl: …`,
 *   "Effekthemtagning: förskolecheferna ansvarar …") fills that text key (`method`, `plan`);
 * - a sentence where a structured field without one is expected ("Säkerhet: …",
 *   "Effektmål: …" in a paragraph) is prose about that field: a section of it, which the rules
 *   that read the field's text read, and not a value of the wrong type;
 * - "nej", `false`, a placeholder there is the field not given (the rule that needs it says so).
 * A field that may be one string (an owner's name) stays as written.
 */
export function shapeFields(root: MapNode): { root: MapNode; prose: Section[] } {
  const prose: Section[] = [];
  return { root: shapeMap(root, '', prose), prose };
}

function shapeMap(map: MapNode, path: string, prose: Section[]): MapNode {
  const entries = new Map<string, ModelNode>();
  for (const [key, node] of map.entries) {
    const shaped = shapeNode(node, childPath(path, key), prose);
    if (shaped) entries.set(key, shaped);
  }
  answerKeys(entries, path);
  return { ...map, entries };
}

/** A field whose value is one text (a description, the advantages, a plan): no keys, no list of values, no facts form. */
function isTextField(path: string): boolean {
  const vocab = fieldVocab(path);
  return (
    !!vocab &&
    !vocab.keys &&
    !vocab.values &&
    !vocab.list &&
    !vocab.facts &&
    !vocab.listOrText &&
    !DATE_FIELDS.test(path) &&
    !INTEGER_FIELDS.test(path) &&
    !isAmountPath(path)
  );
}

/**
 * A list or mapping where one text is expected, as the text it says: the items one a line
 * (`fordele: [Færre opkald, Hurtigere svar]`), a mapping's values after their keys as written
 * (`arbejdsgang: { i dag: …, fremover: … }`).
 */
function joinedText(node: ModelNode): string {
  if (node.kind === 'scalar') return node.value === null ? '' : String(node.value);
  if (node.kind === 'list') return node.items.map(joinedText).join('\n');
  return [...node.entries.entries()].map(([key, value]) => `${value.key ?? key}: ${joinedText(value)}`).join('\n');
}

const YES = allPhrases(ANSWER_YES);
const NO = [...allPhrases(ANSWER_NO), ...allPhrases(NONE), ...allPhrases(NEGATION)];

/** Yes or no, as a whole answer opens ("nej", "Ja, via kommunens avtal", `false`); undefined when it is neither. */
function yesOrNo(node: ModelNode): boolean | undefined {
  if (node.kind !== 'scalar') return undefined;
  if (typeof node.value === 'boolean') return node.value;
  const text = fold(String(node.value ?? '')).trim();
  if (opensWith(text, NO)) return false;
  return opensWith(text, YES) ? true : undefined;
}

/**
 * A yes/no question that answers another key (`används: nej` → `status`): the answer it gives,
 * under the question's key as written, where that key is not given itself; a question answered
 * neither yes nor no stays, an unknown key.
 */
function answerKeys(entries: Map<string, ModelNode>, path: string): void {
  for (const [key, node] of entries) {
    const answers = fieldVocab(childPath(path, key))?.answers;
    if (!answers) continue;
    const yes = yesOrNo(node);
    if (yes === undefined) continue;
    entries.delete(key);
    if (entries.has(answers.key)) continue;
    const withOther = answers.noWith.keys.some((other) => entries.has(other));
    const value = yes ? answers.yes : withOther ? answers.noWith.value : answers.no;
    entries.set(answers.key, { kind: 'scalar', value, range: node.range, ...keyOf(node) });
  }
}

function shapeNode(node: ModelNode, path: string, prose: Section[]): ModelNode | undefined {
  const vocab = fieldVocab(path);
  if (node.kind !== 'scalar' && isTextField(path)) return { kind: 'scalar', value: joinedText(node), range: node.range, ...keyOf(node) };
  if (node.kind === 'map') return shapeMap(node, path, prose);
  if (node.kind === 'list') return { ...node, items: node.items.map((item) => (item.kind === 'map' ? shapeMap(item, path, prose) : item)) };
  if (!vocab?.keys || vocab.list || vocab.oneString || node.value === null || node.value === true || typeof node.value === 'number') return node;
  const text = String(node.value).trim();
  if (node.value === false || !text || isPlaceholder(text) || BARE_NO.has(fold(text.replace(/[.!]+$/, '')))) return { ...node, value: null };
  if (vocab.textKey) {
    const inner: ScalarNode = { kind: 'scalar', value: node.value, range: node.range, key: vocab.textKey };
    return { kind: 'map', entries: new Map([[vocab.textKey, inner]]), range: node.range, ...keyOf(node) };
  }
  const headingRange = node.keyRange ?? node.range;
  prose.push({
    heading: node.key ?? path.split('.').pop()!,
    level: 0,
    field: path,
    headingRange,
    range: { line: headingRange.line, column: headingRange.column, endLine: node.range.endLine, endColumn: node.range.endColumn },
    text,
  });
  return undefined;
}
