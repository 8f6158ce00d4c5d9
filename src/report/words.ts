/** The shape of the report's own words (headings, column names; each language's are in src/lexicon/<lang>/report.ts), and its number formats. */
import { localeOf, words } from '../lexicon/words.js';
import type { Lang } from '../model/model.js';

export interface BaseWords {
  title: string;
  summary: string;
  proposals: string;
  compliant: string;
  withErrors: string;
  withWarningsOnly: string;
  parseFailures: string;
  errors: string;
  warnings: string;
  suppressed: string;
  businessCases: string;
  businessCasesNote: string;
  currency: string;
  rules: string;
  rulesNote: string;
  rule: string;
  description: string;
  clauses: string;
  clausesNote: string;
  clause: string;
  strategy: string;
  failing: string;
  warned: string;
  checked: string;
  proposal: string;
  proposalTitle: string;
  owner: string;
  strategies: string;
  costs: string;
  financialBenefits: string;
  net: string;
  payback: string;
  npv: string;
  failedRules: string;
  warnedRules: string;
  never: string;
  none: string;
  more: (n: number) => string;
}

const WORDS: Record<Lang, BaseWords> = words('report', 'base');

/** Words of the overview, coverage, register, trend and proposal sections. */
export interface MoreWords {
  generated: string;
  version: string;
  config: string;
  noConfig: string;
  comparedWith: string;
  contents: string;
  complianceByStrategy: string;
  complianceNote: string;
  compliantClean: string;
  clausesChart: string;
  totalsByStrategy: string;
  totalsByFocusArea: string;
  totalsByOwnerBody: string;
  totalsNote: string;
  investment: string;
  operating: string;
  focusArea: string;
  ownerBody: string;
  noneGiven: string;
  followUp: string;
  perspectivesNote: string;
  elements: (strategy: string) => string;
  elementsNote: string;
  present: string;
  missing: string;
  register: string;
  registerNote: string;
  deviations: string;
  noDeviations: string;
  disables: string;
  noDisables: string;
  solutions: string;
  alternative: string;
  grounds: string;
  explanation: string;
  exception: string;
  reason: string;
  disabledAt: string;
  trend: string;
  trendNote: string;
  newFindings: string;
  fixedFindings: string;
  unchanged: string;
  change: string;
  changes: Record<'added' | 'removed' | 'kept', string>;
  details: string;
  file: string;
  status: string;
  statuses: Record<'compliant' | 'warnings' | 'errors' | 'unparsed', string>;
  findings: (n: number) => string;
  suppressedFindings: (n: number) => string;
  noFindings: string;
  line: string;
  message: string;
  severity: string;
  severities: Record<'error' | 'warning', string>;
  unclassified: string;
  unpriced: string;
  horizon: string;
  discountRate: string;
  filter: string;
  search: string;
  all: string;
  sortBy: (column: string) => string;
  shown: string;
  truncated: (omitted: number) => string;
  focusAreas: Record<string, string>;
  /** The canonical values of `sharedSolution.status` and `sharedSolution.grounds`. */
  sharedStatuses: Record<string, string>;
  groundLabels: Record<string, string>;
}

const MORE: Record<Lang, MoreWords> = words('report', 'more');

export type ReportWords = BaseWords & MoreWords;

export interface ReportText {
  words: ReportWords;
  /** A whole number in the report's locale. */
  count: (value: number) => string;
  /** An amount, rounded to whole units, with its currency. */
  money: (value: number, currency: string) => string;
  /** A fraction as a percentage ("4 %"). */
  percent: (value: number) => string;
  /** A date (ISO 8601) as the locale writes it, with the time in UTC. */
  date: (iso: string) => string;
}

export function reportText(lang: Lang): ReportText {
  const number = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 });
  return {
    words: { ...WORDS[lang], ...MORE[lang] },
    count: (value) => number.format(value),
    money: (value, currency) => `${number.format(value)}\u00a0${currency}`,
    percent: (value) => new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 2 }).format(value),
    date: (iso) => `${new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`,
  };
}
