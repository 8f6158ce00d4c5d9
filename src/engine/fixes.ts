/**
 * Fixes and suggestions, in ESLint's shape: a fix replaces the text between two offsets of the
 * file's source (`range: [start, end]`, after a byte-order mark) with `text`. Rules describe a
 * fix by parser positions (line and column); the engine turns them into offsets. What a fix
 * writes comes from the interpretation and the lexicon: the computed total in the author's
 * number style, the field a misspelt key means in the author's language, a section heading
 * and the template's guidance in the author's language.
 */
import type { Lang, MapNode, ModelNode, Proposal, Range } from '../model/model.js';
import { LineIndex } from '../model/lines.js';
import { parseAmount } from '../interpret/amount.js';
import { FILL_IN, fieldGuidance, fieldHeading, nearMissKey } from '../lexicon/sections.js';
import { fieldVocab } from '../lexicon/vocabulary.js';
import type { MessageData } from './rule-api.js';

/** A fix as rules describe it: replace what is written in `range` with `text`. */
export interface FixDescriptor {
  range: Range;
  text: string;
}

/** A fix as findings carry it (ESLint's shape), with the replaced region's lines and columns for SARIF. */
export interface Fix {
  range: [number, number];
  text: string;
  /** The replaced region by line and column (1-based, end exclusive). */
  region: Range;
}

/** A change a reader may choose to apply (ESLint's `suggestions`): never applied by `--fix`. */
export interface Suggestion {
  messageId: string;
  data?: MessageData;
  /** The suggestion's description in the file's language. */
  desc: string;
  fix: Fix;
}

const indexes = new WeakMap<Proposal, LineIndex>();

function lineIndex(proposal: Proposal): LineIndex {
  let index = indexes.get(proposal);
  if (!index) {
    index = new LineIndex(proposal.source);
    indexes.set(proposal, index);
  }
  return index;
}

/** The offsets of a located range in the proposal's source. */
export function offsetsOf(proposal: Proposal, range: Range): [number, number] {
  const lines = lineIndex(proposal);
  return [lines.offset(range.line, range.column), lines.offset(range.endLine, range.endColumn)];
}

/** A fix descriptor as a finding's fix: offsets from its positions; undefined when the range is not in the source. */
export function toFix(proposal: Proposal, descriptor: FixDescriptor): Fix | undefined {
  const [start, end] = offsetsOf(proposal, descriptor.range);
  if (start < 0 || end < start || end > proposal.source.length) return undefined;
  return { range: [start, end], text: descriptor.text, region: { ...descriptor.range } };
}

/**
 * A stated amount rewritten to `value`: only the number in the written text changes, in the
 * author's style (its thousands separator, its scale — "469.000 kr." → "479.000 kr.",
 * "1 150 t.kr." stays in thousands); the currency and words around it stay. Undefined when
 * the written number cannot be read back as the stated amount.
 */
export function restatedAmount(proposal: Proposal, node: ModelNode, value: number): FixDescriptor | undefined {
  if (node.kind !== 'scalar' || typeof node.value !== 'number' || node.value === 0) return undefined;
  const [start, end] = offsetsOf(proposal, node.range);
  const written = proposal.source.slice(start, end);
  const number = /[0-9](?:[0-9]|[ .,'\u00a0\u202f](?=[0-9]))*/.exec(written);
  if (!number) return undefined;
  const token = number[0];
  // A YAML number is what YAML reads ("1.000" is one): it is rewritten as YAML writes numbers.
  if (Number(token) === node.value) return replacing(proposal, start + number.index, token.length, String(Math.round(value * 100) / 100));
  const tokenValue = parseAmount(token);
  if (!tokenValue) return undefined;
  const scale = node.value / tokenValue;
  const scaled = value / scale;
  if (!Number.isFinite(scaled) || scaled < 0) return undefined;
  const text = inStyleOf(token, scaled);
  if (parseAmount(text) !== Math.round(scaled * 100) / 100) return undefined;
  return replacing(proposal, start + number.index, token.length, text);
}

/** A fix replacing `length` characters of the source at `offset`. */
function replacing(proposal: Proposal, offset: number, length: number, text: string): FixDescriptor {
  const at = lineIndex(proposal);
  const from = at.position(offset);
  const to = at.position(offset + length);
  return { range: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }, text };
}

/** `value` written with the grouping and decimal marks of `token` ("1.450.000", "1 450 000", "1,025,000", "99,5"). */
function inStyleOf(token: string, value: number): string {
  const groups = /[0-9]{1,3}((?:[ .,'\u00a0\u202f])[0-9]{3})+$/.exec(token.replace(/[.,][0-9]{1,2}$/, ''));
  const group = groups ? groups[1]![0]! : '';
  const decimalMark = /[.,][0-9]{1,2}$/.exec(token)?.[0][0] ?? (group === '.' ? ',' : '.');
  const [whole, fraction] = (Math.round(value * 100) / 100).toFixed(2).split('.') as [string, string];
  const grouped = group ? whole.replace(/\B(?=([0-9]{3})+$)/g, group) : whole;
  return fraction === '00' ? grouped : `${grouped}${decimalMark}${fraction.replace(/0$/, '')}`;
}

/**
 * The fix for a key that is no field of `map` (at canonical `path`): a value a YAML flow
 * mapping split on its decimal comma (`{ target: 99,5 % }` reads `target: 99` and a key
 * `5 %`) is quoted whole; a near miss of a field (`ownr`) is spelt as the field, when the
 * map does not have that field already.
 */
export function keyFix(proposal: Proposal, map: MapNode, path: string, key: string): FixDescriptor | undefined {
  const child = map.entries.get(key);
  if (!child?.keyRange) return undefined;
  return decimalCommaFix(proposal, map, child) ?? nearMissFix(proposal, map, path, child);
}

function decimalCommaFix(proposal: Proposal, map: MapNode, child: ModelNode): FixDescriptor | undefined {
  const [keyStart, keyEnd] = offsetsOf(proposal, child.keyRange!);
  const written = proposal.source.slice(keyStart, keyEnd);
  if (!/^[0-9]+(?: ?[^\s,:{}[\]"'#]+)?$/.test(written) || (child.kind === 'scalar' && child.value !== null)) return undefined;
  for (const entry of map.entries.values()) {
    if (entry.kind !== 'scalar' || typeof entry.value !== 'number' || !Number.isInteger(entry.value)) continue;
    const [start, end] = offsetsOf(proposal, entry.range);
    if (proposal.source.slice(end, keyStart) !== ',' || !/^[0-9]+$/.test(proposal.source.slice(start, end))) continue;
    return {
      range: { ...startOf(entry.range), endLine: child.keyRange!.endLine, endColumn: child.keyRange!.endColumn },
      text: `"${proposal.source.slice(start, keyEnd)}"`,
    };
  }
  return undefined;
}

function startOf(range: Range): { line: number; column: number } {
  return { line: range.line, column: range.column };
}

function nearMissFix(proposal: Proposal, map: MapNode, path: string, child: ModelNode): FixDescriptor | undefined {
  const [start, end] = offsetsOf(proposal, child.keyRange!);
  const written = proposal.source.slice(start, end);
  if (written !== child.key) return undefined;
  const near = nearMissKey(path, written, proposal.language);
  if (!near || map.entries.has(near.field)) return undefined;
  return { range: child.keyRange!, text: near.text };
}

/**
 * A suggestion for a top-level field a Markdown proposal lacks: its heading in the author's
 * language at the level of the proposal's other field headings, with the template's guidance
 * as a "fill in" line, added at the end of the file.
 */
export function missingSectionFix(proposal: Proposal, path: string, lang: Lang): { fix: FixDescriptor; heading: string } | undefined {
  if (proposal.format !== 'markdown' || path.includes('.') || !fieldVocab(path)) return undefined;
  if (proposal.root.entries.has(path)) return undefined;
  const heading = fieldHeading(path, lang);
  const levels = proposal.sections.filter((section) => section.field && !section.field.includes('.')).map((section) => section.level);
  const level = levels.length ? Math.min(...levels) : 2;
  const eol = /\r\n?|\n/.exec(proposal.source)?.[0] ?? '\n';
  const guidance = fieldGuidance(path, lang);
  const source = proposal.source;
  const lead = source.length === 0 || source.endsWith('\n') || source.endsWith('\r') ? eol : eol + eol;
  const text = `${lead}${'#'.repeat(level)} ${heading}${eol}${eol}<!-- ${FILL_IN[lang]}${guidance ? `: ${guidance}` : '.'} -->${eol}`;
  const end = lineIndex(proposal).position(source.length);
  const at = { line: end.line, column: end.column, endLine: end.line, endColumn: end.column };
  return { fix: { range: at, text }, heading };
}

/**
 * ESLint's way of applying fixes in one pass: sorted by their start, each applied unless it
 * overlaps (or touches) one already applied; the skipped ones wait for the next pass.
 */
export function applyFixes(text: string, fixes: readonly Pick<Fix, 'range' | 'text'>[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = Number.NEGATIVE_INFINITY;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (last >= start || start > end || start < 0 || end > text.length) continue;
    output += text.slice(Math.max(0, last), start) + fix.text;
    last = end;
    applied++;
  }
  return { output: output + text.slice(Math.max(0, last)), applied };
}
