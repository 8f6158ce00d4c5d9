/**
 * What the HTML and Markdown reports show, laid out once: a title, a lead line and sections of
 * tables. The renderers only write this in their own syntax, so both show the same tables.
 */
import type { Portfolio } from './portfolio.js';
import { reportText } from './words.js';

/** Paths listed in one cell before "and N more"; the JSON report lists them all. */
export const MAX_LISTED = 20;

export type Inline =
  | { kind: 'text'; text: string }
  /** A proposal's path; `row` is its row in the proposals table (1-based), for an in-page link. */
  | { kind: 'path'; path: string; row?: number }
  /** A rule id, linked to its documentation when it has one. */
  | { kind: 'rule'; id: string; href: string | null };

export interface Cell {
  parts: Inline[];
  /** HTML only: a colour for the verdict. */
  tone?: 'ok' | 'fail' | 'warn';
}

export interface Column {
  label: string;
  numeric?: boolean;
}

export interface Table {
  columns: Column[];
  rows: Cell[][];
  /** HTML only: the row's anchor, by row index. */
  rowIds?: string[];
}

export interface Section {
  heading: string;
  note?: string;
  table: Table;
}

export interface ReportDocument {
  lang: string;
  title: string;
  lead: string;
  sections: Section[];
}

const text = (value: string): Cell => ({ parts: [{ kind: 'text', text: value }] });

export function proposalAnchor(row: number): string {
  return `p-${row}`;
}

export function layoutReport(portfolio: Portfolio): ReportDocument {
  const { words, count, money } = reportText(portfolio.language);
  const { totals } = portfolio;
  const rowOf = new Map(portfolio.proposals.map((proposal, index) => [proposal.path, index + 1]));
  const paths = (list: readonly string[]): Cell => {
    const parts: Inline[] = list.slice(0, MAX_LISTED).map((path) => ({ kind: 'path', path, ...(rowOf.has(path) ? { row: rowOf.get(path)! } : {}) }));
    if (list.length > MAX_LISTED) parts.push({ kind: 'text', text: words.more(list.length - MAX_LISTED) });
    return parts.length ? { parts } : text(words.none);
  };
  const hrefOf = new Map(portfolio.rules.map((rule) => [rule.id, rule.docsUrl]));
  const ruleLinks = (ids: readonly string[]): Cell =>
    ids.length ? { parts: ids.map((id) => ({ kind: 'rule', id, href: hrefOf.get(id) ?? null })) } : text(words.none);
  const number = (value: number): Cell => text(count(value));
  const optional = (value: string | null): Cell => text(value ?? words.none);

  const sections: Section[] = [];
  sections.push({
    heading: words.summary,
    table: {
      columns: [
        words.proposals,
        words.compliant,
        words.withErrors,
        words.withWarningsOnly,
        words.parseFailures,
        words.errors,
        words.warnings,
        words.suppressed,
      ].map((label) => ({ label, numeric: true })),
      rows: [
        [
          number(totals.proposals),
          { ...number(totals.compliant), ...(totals.compliant ? { tone: 'ok' as const } : {}) },
          { ...number(totals.withErrors), ...(totals.withErrors ? { tone: 'fail' as const } : {}) },
          { ...number(totals.withWarningsOnly), ...(totals.withWarningsOnly ? { tone: 'warn' as const } : {}) },
          { ...number(totals.parseFailures), ...(totals.parseFailures ? { tone: 'fail' as const } : {}) },
          number(totals.errors),
          number(totals.warnings),
          number(totals.suppressed),
        ],
      ],
    },
  });

  if (portfolio.businessCases.length) {
    sections.push({
      heading: words.businessCases,
      note: words.businessCasesNote,
      table: {
        columns: [
          { label: words.currency },
          ...[words.proposals, words.costs, words.financialBenefits, words.net, words.npv].map((label) => ({ label, numeric: true })),
        ],
        rows: portfolio.businessCases.map((sums) => [
          text(sums.currency),
          number(sums.proposals),
          text(money(sums.costs, sums.currency)),
          text(money(sums.financialBenefits, sums.currency)),
          text(money(sums.net, sums.currency)),
          text(money(sums.npv, sums.currency)),
        ]),
      },
    });
  }

  if (portfolio.rules.length) {
    sections.push({
      heading: words.rules,
      note: words.rulesNote,
      table: {
        columns: [
          { label: words.rule },
          { label: words.description },
          { label: words.clauses },
          ...[words.failing, words.warned, words.checked].map((label) => ({ label, numeric: true })),
        ],
        rows: portfolio.rules.map((rule) => [
          ruleLinks([rule.id]),
          text(rule.description),
          text(rule.clauses.join(', ') || words.none),
          { ...number(rule.failing), ...(rule.failing ? { tone: 'fail' as const } : {}) },
          { ...number(rule.warned), ...(rule.warned ? { tone: 'warn' as const } : {}) },
          number(rule.checked),
        ]),
      },
    });
  }

  if (portfolio.clauses.length) {
    sections.push({
      heading: words.clauses,
      note: words.clausesNote,
      table: {
        columns: [
          { label: words.clause },
          { label: words.strategy },
          { label: words.proposalTitle },
          { label: words.rules },
          { label: words.failing },
          { label: words.warned },
        ],
        rows: portfolio.clauses.map((clause) => [
          text(clause.id),
          optional(clause.strategyName),
          optional(clause.title),
          ruleLinks(clause.rules),
          paths(clause.failing),
          paths(clause.warned),
        ]),
      },
    });
  }

  if (portfolio.proposals.length) {
    sections.push({
      heading: words.proposals,
      table: {
        columns: [
          { label: words.proposal },
          { label: words.proposalTitle },
          { label: words.owner },
          { label: words.strategies },
          { label: words.errors, numeric: true },
          { label: words.warnings, numeric: true },
          { label: words.compliant },
          ...[words.costs, words.financialBenefits, words.net, words.payback, words.npv].map((label) => ({ label, numeric: true })),
          { label: words.failedRules },
          { label: words.warnedRules },
        ],
        rows: portfolio.proposals.map((proposal) => {
          const figures = proposal.businessCase;
          const amount = (value: number | undefined): Cell => text(figures && value !== undefined ? money(value, figures.currency) : words.none);
          const verdict = proposal.compliant ? `\u2705 ${words.yes}` : `\u274c ${words.no}${proposal.parseFailed ? ` (${words.notParsed})` : ''}`;
          return [
            { parts: [{ kind: 'path', path: proposal.path }] },
            optional(proposal.title),
            optional(proposal.owner),
            text(proposal.strategies.join(', ') || words.none),
            number(proposal.errorCount),
            number(proposal.warningCount),
            { ...text(verdict), tone: proposal.compliant ? (proposal.warningCount ? 'warn' : 'ok') : 'fail' },
            amount(figures?.costs),
            amount(figures?.financialBenefits),
            amount(figures?.net),
            text(figures ? (figures.paybackYear === null ? words.never : String(figures.paybackYear)) : words.none),
            amount(figures?.npv),
            ruleLinks(proposal.failedRules),
            ruleLinks(proposal.warnedRules),
          ];
        }),
        rowIds: portfolio.proposals.map((_, index) => proposalAnchor(index + 1)),
      },
    });
  }

  const lead = `${words.proposals}: ${count(totals.proposals)} \u00b7 ${words.compliant}: ${count(totals.compliant)} \u00b7 ${words.withErrors}: ${count(totals.withErrors)} \u00b7 ${words.parseFailures}: ${count(totals.parseFailures)}`;
  return { lang: portfolio.language, title: words.title, lead, sections };
}
