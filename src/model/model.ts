/**
 * The located proposal model: what every loader produces and every rule reads.
 * Rules never see YAML or mdast nodes, only these, so a parser can be swapped
 * without touching a rule.
 */

/** The languages: one per folder of src/lexicon/ (src/model/langs.ts is generated from them). */
import type { Lang } from './langs.js';

export { LANGS, type Lang } from './langs.js';

/** 1-based line and column; end is exclusive, as in ESLint. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface NodeBase {
  /** Where the value is written. */
  range: Range;
  /** Where its key, heading or column header is written, if it has one. */
  keyRange?: Range;
  /** The key or heading as the author wrote it (before normalisation). */
  key?: string;
}

export type Scalar = string | number | boolean | null;

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: Scalar;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  entries: Map<string, ModelNode>;
  /** The words of a line read from a sentence or bullet, as written: what the interpretation reads beyond its keys. */
  text?: string;
}

export interface ListNode extends NodeBase {
  kind: 'list';
  items: ModelNode[];
}

export type ModelNode = ScalarNode | MapNode | ListNode;

/** A Markdown section (or, for YAML, nothing): prose rules search for demands without a field. */
export interface Section {
  heading: string;
  level: number;
  /** Canonical field path the heading maps to, if any (e.g. "businessCase.costs"). */
  field?: string;
  headingRange: Range;
  /** From the heading to the end of the section's own text. */
  range: Range;
  text: string;
}

/** An inline `itstrat-disable` / `itstrat-enable` comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids named; a disable naming none disables nothing (a `directive` error), an enable naming none ends every disable. */
  rules: string[];
  /** Text after `--`; a disable without one is itself a finding. */
  reason: string;
  range: Range;
}

export interface Proposal {
  filePath: string;
  format: 'yaml' | 'markdown' | 'docx';
  /** Language of the text: the `language` field, else guessed from the vocabulary used, else `en`. */
  language: Lang;
  root: MapNode;
  sections: Section[];
  directives: Directive[];
  /** Where a missing top-level field belongs: the front matter, or line 1. */
  anchor: Range;
  /** Number of lines in the file, for ranges that cover it all. */
  lineCount: number;
  /** The file's text as written (after a BOM), for locating words inside a located value. */
  source: string;
  /** Fields given both in front matter and in a section, with different values. */
  conflicts: Conflict[];
  /** Totals written in a table's cells (a row's "I alt", a total row's year cells), with what they total. */
  tableTotals: TableTotal[];
  /** Word: the headings in order with the numbers Word draws, for a finding's heading path. */
  outline?: OutlineHeading[];
}

/** A total an author wrote in a table, and the sum of the cells it totals. */
export interface TableTotal {
  /** A row's total (over its year columns), or a column's (a total row's cell, over the rows above). */
  kind: 'row' | 'column';
  /** The row's item or the column's header, as written. */
  label: string;
  stated: number;
  computed: number;
  /** Where the stated total is written. */
  range: Range;
}

/** A heading of a Word document: its paragraph, depth and text as the reader sees it ("4. Økonomi"). */
export interface OutlineHeading {
  line: number;
  depth: number;
  text: string;
}

export interface Conflict {
  field: string;
  frontRange: Range;
  sectionRange: Range;
}
