/** What linting one file gives: its findings and the figures and identity reports show. */
import type { Lang, OutlineHeading } from '../model/model.js';
import type { Finding } from './engine.js';
import type { BusinessCaseFigures } from '../interpret/business-case-figures.js';

export interface FileResult {
  filePath: string;
  /** Findings that count, in line order. */
  findings: Finding[];
  /** Findings an inline disable with a reason covers. */
  suppressed: Finding[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /** Language the messages are in. */
  language: Lang;
  /** Strategy presets that applied to this file. */
  strategies: string[];
  /** Ids of the rules that ran on this file, sorted (empty when the file could not be parsed). */
  rulesChecked: string[];
  /** What reviewers will compute from the business case: totals, net, payback, NPV. */
  businessCase?: BusinessCaseFigures;
  /** The proposal's title, when it has one (for reports). */
  title?: string;
  /** Who the proposal names as owner: the name, else the body or role (for reports). */
  owner?: string;
  /** A Word file's headings: its findings' `line` is a paragraph, shown with the headings above it. */
  outline?: OutlineHeading[];
  /** `--fix`, `--fix-dry-run`: the file's text after its fixes, when they changed it (ESLint's `output`). */
  output?: string;
  /** `--stats`: where the file's time went. */
  stats?: FileStats;
}

/**
 * `--stats`, in the spirit of ESLint's: milliseconds per phase of one file's work and per rule,
 * for each lint pass (more than one when `--fix` lints a fixed text again).
 */
export interface FileStats {
  times: { passes: PassTimes[] };
  /** How many times `--fix` rewrote the text. */
  fixPasses: number;
}

export interface PassTimes {
  /** Reading and parsing the file into the located model. */
  load: { total: number };
  /** The facts drawn from it outside any rule: business-case figures and identity. */
  interpret: { total: number };
  /** Each rule's check, by rule id. */
  rules: Record<string, { total: number }>;
  total: number;
}
