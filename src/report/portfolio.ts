/**
 * The portfolio model behind `itstrat report`: a plain, deterministic summary of many lint
 * results — per proposal, per rule, per strategy clause, and totals. No Maps, Sets, dates or
 * absolute paths, so the same inputs give the same JSON, and the renderers only lay it out.
 *
 * Words: a proposal *fails* a rule or clause when it has an error-severity finding from it
 * (or citing it), and is *warned* when it has only warnings; it is *compliant* when it has no
 * error-severity finding at all. Suppressed findings (disabled with a reason) count for none.
 */
import type { FileResult } from '../engine/file-result.js';
import type { Lang } from '../model/model.js';
import type { RuleMeta } from '../engine/rule-api.js';
import { localised, type Finding } from '../engine/engine.js';
import { neutralData } from '../engine/render.js';
import { clauseCatalogue, strategyIds, strategyOfClause } from '../lexicon/clauses.js';
import { strategyById } from '../lexicon/strategies.js';
import { displayPath, ruleDocsUrl } from '../formatters/common.js';
import { localRuleDescription } from './rule-descriptions.js';
import { compareTrend, type ProposalTrend } from './trend.js';

export const PORTFOLIO_FORMAT = 'itstrat-portfolio/2';

/** One finding as the report shows it: where, what (in the report's language), which clauses. */
export interface PortfolioFinding {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  ruleId: string;
  messageId: string;
  message: string;
  clauses: string[];
  /** What identifies the finding across runs and languages (rule, message, data; not the line), for `--compare`. */
  key: string;
}

/** A finding an inline disable covers, with the reason the author gave: for the steering group to approve. */
export interface PortfolioSuppression {
  line: number;
  ruleId: string;
  message: string;
  reason: string;
  /** The line of the disable comment. */
  directiveLine: number;
}

/** The shared-solution section as written ("følg eller forklar", STH-7, NOR-…): values as the interpretation reads them. */
export interface SharedSolutionFacts {
  /** The canonical status (`used`, `deviation`, `none-available`) or the text as written. */
  status: string | null;
  solutions: string[];
  alternative: string | null;
  grounds: string[];
  explanation: string | null;
  exception: string | null;
}

/**
 * What the report shows of a proposal beyond its findings and figures, read from the located
 * model through src/interpret/ by the CLI (src/cli/report-facts.ts): the report reads facts, it
 * never reads proposal text for meaning.
 */
export interface ProposalFacts {
  ownerBody: string | null;
  /** Focus areas (Stockholm's portfolios): canonical ids, or the text as written. */
  focusAreas: string[];
  /** Follow-up perspectives with a metric (canonical ids). */
  perspectives: string[];
  sharedSolution: SharedSolutionFacts | null;
  /** Canonical field path → given, for the fields the strategies in force demand. */
  elements: Record<string, boolean>;
}

export const NO_FACTS: ProposalFacts = { ownerBody: null, focusAreas: [], perspectives: [], sharedSolution: null, elements: {} };

/** When, by what and with which settings the report was made. */
export interface PortfolioStamp {
  /** ISO 8601 (UTC); `SOURCE_DATE_EPOCH` sets it for reproducible output. */
  generated: string;
  version: string;
  /** Strategies in force on any proposal, in catalogue order. */
  strategies: string[];
  /** The config file used, relative to the working directory; null when none. */
  config: string | null;
  /** The previous report `--compare` read, as given; null without it. */
  compare: string | null;
}

/** The business-case figures a portfolio office compares (from `FileResult.businessCase`). */
export interface PortfolioFigures {
  currency: string;
  costs: number;
  investment: number;
  operating: number;
  financialBenefits: number;
  unclassified: number;
  unpricedBenefitLines: number;
  /** Financial benefits − costs over the horizon. */
  net: number;
  horizonYears: number;
  /** First year the cumulative net is ≥ 0; null when it never is within the horizon. */
  paybackYear: number | null;
  npv: number;
  discountRate: number;
}

export interface PortfolioProposal {
  /** Relative to the working directory, with forward slashes. */
  path: string;
  title: string | null;
  owner: string | null;
  ownerBody: string | null;
  /** `compliant`, `warnings` (compliant with warnings), `errors` or `unparsed`. */
  status: ProposalStatus;
  language: Lang;
  strategies: string[];
  errorCount: number;
  warningCount: number;
  suppressedCount: number;
  /** No error-severity finding. */
  compliant: boolean;
  /** The file could not be read or parsed cleanly (it has a `parse` finding). */
  parseFailed: boolean;
  /** Rules with an error-severity finding here, sorted. */
  failedRules: string[];
  /** Rules with only warnings here, sorted. */
  warnedRules: string[];
  businessCase: PortfolioFigures | null;
  focusAreas: string[];
  perspectives: string[];
  sharedSolution: SharedSolutionFacts | null;
  elements: Record<string, boolean>;
  findings: PortfolioFinding[];
  suppressed: PortfolioSuppression[];
}

export type ProposalStatus = 'compliant' | 'warnings' | 'errors' | 'unparsed';

export interface PortfolioRule {
  id: string;
  description: string;
  /** The clauses the rule enforces, and any its findings cited, in catalogue order. */
  clauses: string[];
  docsUrl: string | null;
  /** Proposals the rule ran on. */
  checked: number;
  /** Proposals with an error-severity finding from the rule. */
  failing: number;
  /** Proposals with only warnings from the rule. */
  warned: number;
  /** Findings, by severity. */
  errors: number;
  warnings: number;
  /** Paths of the failing proposals, sorted. */
  failingProposals: string[];
}

export interface PortfolioClause {
  id: string;
  strategy: string | null;
  strategyName: string | null;
  /** The clause's short title, in the report's language. */
  title: string | null;
  modal: 'must' | 'should' | null;
  /** Rules whose findings cited the clause. */
  rules: string[];
  /** Proposals with an error-severity finding citing the clause. */
  failing: string[];
  /** Proposals with only warnings citing it. */
  warned: string[];
}

export interface PortfolioTotals {
  proposals: number;
  compliant: number;
  withErrors: number;
  /** Compliant, but with warnings. */
  withWarningsOnly: number;
  parseFailures: number;
  errors: number;
  warnings: number;
  suppressed: number;
}

/** Business-case sums per currency (amounts in different currencies are never added up). */
export interface CurrencyTotals {
  currency: string;
  proposals: number;
  costs: number;
  financialBenefits: number;
  net: number;
  npv: number;
}

/** Business-case sums of one group (a strategy, a focus area, an owner body) in one currency. */
export interface GroupTotals {
  /** A strategy id, a focus area, an owner body; null: proposals that name none. */
  group: string | null;
  currency: string;
  proposals: number;
  investment: number;
  operating: number;
  financialBenefits: number;
  npv: number;
}

export interface StrategyCompliance {
  strategy: string;
  name: string;
  proposals: number;
  compliant: number;
  withWarningsOnly: number;
  withErrors: number;
}

/** A proposal that deviates from a shared solution: what the steering group must approve. */
export interface Deviation {
  path: string;
  title: string | null;
  sharedSolution: SharedSolutionFacts;
}

export interface Portfolio {
  format: typeof PORTFOLIO_FORMAT;
  /** The language of the report's own words (headings, clause titles). */
  language: Lang;
  stamp: PortfolioStamp;
  totals: PortfolioTotals;
  businessCases: CurrencyTotals[];
  byStrategy: GroupTotals[];
  byFocusArea: GroupTotals[];
  byOwnerBody: GroupTotals[];
  compliance: StrategyCompliance[];
  /** Every proposal that deviates from a shared solution, by path. */
  deviations: Deviation[];
  /** Present with `--compare`: per proposal, new, fixed and unchanged findings. */
  trend: ProposalTrend[] | null;
  /** Most failing first, then most warned, then by id. */
  rules: PortfolioRule[];
  /** Clauses at least one proposal fails or is warned on, by strategy and number. */
  clauses: PortfolioClause[];
  /** By path. */
  proposals: PortfolioProposal[];
}

export interface PortfolioContext {
  cwd: string;
  /** Metadata of every rule the run knows, built-in and plugin. */
  rules: ReadonlyMap<string, RuleMeta>;
  language: Lang;
  /** Facts per result, by `filePath`; a file without (it did not parse) has none. */
  facts?: ReadonlyMap<string, ProposalFacts>;
  stamp: Omit<PortfolioStamp, 'strategies'>;
  /** The previous report, for `--compare`. */
  previous?: Portfolio;
}

/** Plain code-unit order: the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "OSK-6/7" < "OSK-10", "ESB-3.1a" < "ESB-8": numbers compare as numbers. */
function compareNatural(a: string, b: string): number {
  const left = a.split(/(\d+)/);
  const right = b.split(/(\d+)/);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (index % 2 === 1) return Number(x) - Number(y) || compareText(x, y);
    return compareText(x, y);
  }
  return left.length - right.length || compareText(a, b);
}

/** Catalogue order: by strategy (Esbjerg, Stockholm, Oskarshamn, Nordfyns, IKT Follo), then number. */
export function compareClauses(a: string, b: string): number {
  const order = strategyIds();
  const rank = (id: string): number => {
    const strategy = strategyOfClause(id);
    return strategy ? order.indexOf(strategy) : order.length;
  };
  return rank(a) - rank(b) || compareNatural(a, b);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function figuresOf(result: FileResult): PortfolioFigures | null {
  const figures = result.businessCase;
  if (!figures) return null;
  return {
    currency: figures.currency,
    costs: figures.costs.total,
    investment: figures.costs.investment,
    operating: figures.costs.operating,
    financialBenefits: figures.benefits.financial,
    unclassified: figures.costs.unclassified,
    unpricedBenefitLines: figures.benefits.unpricedLines,
    net: figures.net,
    horizonYears: figures.horizonYears,
    paybackYear: figures.paybackYear,
    npv: figures.npv,
    discountRate: figures.discountRate,
  };
}

interface RuleTally {
  checked: Set<string>;
  failing: Set<string>;
  warned: Set<string>;
  errors: number;
  warnings: number;
  clauses: Set<string>;
}

interface ClauseTally {
  rules: Set<string>;
  failing: Set<string>;
  warned: Set<string>;
}

export function buildPortfolio(results: readonly FileResult[], context: PortfolioContext): Portfolio {
  const entries = results.map((result) => ({ result, path: displayPath(context.cwd, result.filePath) })).sort((a, b) => compareText(a.path, b.path));

  const rules = new Map<string, RuleTally>();
  const clauses = new Map<string, ClauseTally>();
  const ruleTally = (id: string): RuleTally => {
    let tally = rules.get(id);
    if (!tally) {
      tally = { checked: new Set(), failing: new Set(), warned: new Set(), errors: 0, warnings: 0, clauses: new Set(context.rules.get(id)?.clauses ?? []) };
      rules.set(id, tally);
    }
    return tally;
  };
  const clauseTally = (id: string): ClauseTally => {
    let tally = clauses.get(id);
    if (!tally) {
      tally = { rules: new Set(), failing: new Set(), warned: new Set() };
      clauses.set(id, tally);
    }
    return tally;
  };

  const proposals: PortfolioProposal[] = [];
  for (const { result, path } of entries) {
    const parseFailed = result.findings.some((finding) => finding.ruleId === 'parse');
    for (const id of result.rulesChecked) ruleTally(id).checked.add(path);
    const failedRules = new Set<string>();
    const warnedRules = new Set<string>();
    const failedClauses = new Set<string>();
    const warnedClauses = new Set<string>();
    for (const finding of result.findings) {
      const tally = ruleTally(finding.ruleId);
      tally.checked.add(path);
      if (finding.severity === 2) tally.errors++;
      else tally.warnings++;
      (finding.severity === 2 ? failedRules : warnedRules).add(finding.ruleId);
      for (const clause of finding.clauses) {
        tally.clauses.add(clause);
        clauseTally(clause).rules.add(finding.ruleId);
        (finding.severity === 2 ? failedClauses : warnedClauses).add(clause);
      }
    }
    for (const finding of result.suppressed) ruleTally(finding.ruleId).checked.add(path);
    for (const id of failedRules) rules.get(id)!.failing.add(path);
    for (const id of warnedRules) if (!failedRules.has(id)) rules.get(id)!.warned.add(path);
    for (const id of failedClauses) clauses.get(id)!.failing.add(path);
    for (const id of warnedClauses) if (!failedClauses.has(id)) clauses.get(id)!.warned.add(path);
    const facts = context.facts?.get(result.filePath) ?? NO_FACTS;
    const shown = (finding: Finding): Finding => localised(finding, context.language, context.rules);
    proposals.push({
      path,
      title: result.title ?? null,
      owner: result.owner ?? null,
      ownerBody: facts.ownerBody,
      status: parseFailed ? 'unparsed' : result.errorCount ? 'errors' : result.warningCount ? 'warnings' : 'compliant',
      language: result.language,
      strategies: [...result.strategies].sort(compareText),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      suppressedCount: result.suppressed.length,
      compliant: result.errorCount === 0,
      parseFailed,
      failedRules: [...failedRules].sort(compareText),
      warnedRules: [...warnedRules].filter((id) => !failedRules.has(id)).sort(compareText),
      businessCase: figuresOf(result),
      focusAreas: facts.focusAreas,
      perspectives: facts.perspectives,
      sharedSolution: facts.sharedSolution,
      elements: facts.elements,
      findings: result.findings.map((finding) => {
        const { message } = shown(finding);
        return {
          line: finding.line,
          column: finding.column,
          severity: finding.severity === 2 ? 'error' : 'warning',
          ruleId: finding.ruleId,
          messageId: finding.messageId,
          message,
          clauses: [...finding.clauses],
          key: findingKey(finding),
        };
      }),
      suppressed: result.suppressed
        .filter((finding) => finding.suppression && finding.suppression.kind !== 'external')
        .map((finding) => ({
          line: finding.line,
          ruleId: finding.ruleId,
          message: shown(finding).message,
          reason: finding.suppression!.reason,
          directiveLine: finding.suppression!.line,
        })),
    });
  }
  // `parse` runs on every file, `directive` on every file that parsed.
  if (rules.has('parse')) for (const { path } of entries) rules.get('parse')!.checked.add(path);
  if (rules.has('directive')) for (const { result, path } of entries) if (!result.fatalErrorCount) rules.get('directive')!.checked.add(path);

  const portfolioRules: PortfolioRule[] = [...rules.entries()]
    .map(([id, tally]) => ({
      id,
      description: localRuleDescription(id, context.rules, context.language),
      clauses: [...tally.clauses].sort(compareClauses),
      docsUrl: ruleDocsUrl(id, context.rules) ?? null,
      checked: tally.checked.size,
      failing: tally.failing.size,
      warned: tally.warned.size,
      errors: tally.errors,
      warnings: tally.warnings,
      failingProposals: [...tally.failing].sort(compareText),
    }))
    .sort((a, b) => b.failing - a.failing || b.warned - a.warned || compareText(a.id, b.id));

  const catalogue = clauseCatalogue();
  const portfolioClauses: PortfolioClause[] = [...clauses.keys()].sort(compareClauses).map((id) => {
    const tally = clauses.get(id)!;
    // Sub-clauses such as ESB-3.1b fall back to their clause.
    const clause = catalogue.clauses[id] ?? catalogue.clauses[id.replace(/[a-z]$/, '')];
    const strategy = clause?.strategy ?? strategyOfClause(id) ?? null;
    return {
      id,
      strategy,
      strategyName: strategy ? (catalogue.strategies[strategy as keyof typeof catalogue.strategies]?.name ?? null) : null,
      title: clause ? (clause.title[context.language] ?? clause.title.en) : null,
      modal: clause?.modal ?? null,
      rules: [...tally.rules].sort(compareText),
      failing: [...tally.failing].sort(compareText),
      warned: [...tally.warned].sort(compareText),
    };
  });

  const currencies = new Map<string, CurrencyTotals>();
  for (const proposal of proposals) {
    const figures = proposal.businessCase;
    if (!figures) continue;
    const sums = currencies.get(figures.currency) ?? { currency: figures.currency, proposals: 0, costs: 0, financialBenefits: 0, net: 0, npv: 0 };
    sums.proposals++;
    sums.costs = round(sums.costs + figures.costs);
    sums.financialBenefits = round(sums.financialBenefits + figures.financialBenefits);
    sums.net = round(sums.net + figures.net);
    sums.npv = round(sums.npv + figures.npv);
    currencies.set(figures.currency, sums);
  }

  const withErrors = proposals.filter((proposal) => !proposal.compliant).length;
  const inForce = new Set(proposals.flatMap((proposal) => proposal.strategies));
  const strategyOrder = strategyIds().filter((id) => inForce.has(id));
  const extra = [...inForce].filter((id) => !strategyOrder.includes(id)).sort(compareText);
  return {
    format: PORTFOLIO_FORMAT,
    language: context.language,
    stamp: { ...context.stamp, strategies: [...strategyOrder, ...extra] },
    byStrategy: groupTotals(proposals, (proposal) => proposal.strategies, [...strategyOrder, ...extra]),
    byFocusArea: groupTotals(proposals, (proposal) => proposal.focusAreas),
    byOwnerBody: groupTotals(proposals, (proposal) => (proposal.ownerBody ? [proposal.ownerBody] : [])),
    compliance: [...strategyOrder, ...extra].map((strategy) => {
      const own = proposals.filter((proposal) => proposal.strategies.includes(strategy));
      return {
        strategy,
        name: strategyById(strategy)?.name ?? strategy,
        proposals: own.length,
        compliant: own.filter((proposal) => proposal.compliant).length,
        withWarningsOnly: own.filter((proposal) => proposal.compliant && proposal.warningCount > 0).length,
        withErrors: own.filter((proposal) => !proposal.compliant).length,
      };
    }),
    deviations: proposals
      .filter((proposal) => proposal.sharedSolution?.status === 'deviation')
      .map((proposal) => ({ path: proposal.path, title: proposal.title, sharedSolution: proposal.sharedSolution! })),
    trend: context.previous ? compareTrend(context.previous, proposals) : null,
    totals: {
      proposals: proposals.length,
      compliant: proposals.length - withErrors,
      withErrors,
      withWarningsOnly: proposals.filter((proposal) => proposal.compliant && proposal.warningCount > 0).length,
      parseFailures: proposals.filter((proposal) => proposal.parseFailed).length,
      errors: proposals.reduce((sum, proposal) => sum + proposal.errorCount, 0),
      warnings: proposals.reduce((sum, proposal) => sum + proposal.warningCount, 0),
      suppressed: proposals.reduce((sum, proposal) => sum + proposal.suppressedCount, 0),
    },
    businessCases: [...currencies.values()].sort((a, b) => compareText(a.currency, b.currency)),
    rules: portfolioRules,
    clauses: portfolioClauses,
    proposals,
  };
}

/** What identifies a finding across runs: its rule, message and data, not its line (lines move as authors edit). */
function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.messageId}|${neutralData(finding.data)}`;
}

/**
 * Business-case sums per group and currency: a proposal counts in every group it names (a
 * proposal under two focus areas counts in both), once under "none" when it names none.
 */
function groupTotals(
  proposals: readonly PortfolioProposal[],
  groupsOf: (proposal: PortfolioProposal) => readonly string[],
  order?: readonly string[],
): GroupTotals[] {
  const sums = new Map<string, GroupTotals>();
  for (const proposal of proposals) {
    const figures = proposal.businessCase;
    if (!figures) continue;
    const groups = groupsOf(proposal);
    for (const group of groups.length ? [...new Set(groups)] : [null]) {
      const key = `${group ?? ''}\u0000${figures.currency}`;
      const entry = sums.get(key) ?? { group, currency: figures.currency, proposals: 0, investment: 0, operating: 0, financialBenefits: 0, npv: 0 };
      entry.proposals++;
      entry.investment = round(entry.investment + figures.investment);
      entry.operating = round(entry.operating + figures.operating);
      entry.financialBenefits = round(entry.financialBenefits + figures.financialBenefits);
      entry.npv = round(entry.npv + figures.npv);
      sums.set(key, entry);
    }
  }
  const rank = (group: string | null): number => (group === null ? Number.MAX_SAFE_INTEGER : order ? order.indexOf(group) : 0);
  return [...sums.values()].sort((a, b) => rank(a.group) - rank(b.group) || compareText(a.group ?? '', b.group ?? '') || compareText(a.currency, b.currency));
}
