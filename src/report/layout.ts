/**
 * What the HTML and Markdown reports show, laid out once: a title, a stamp and sections of
 * blocks — paragraphs, tables, charts (always with the table of their numbers) and collapsible
 * details. The renderers only write this in their own syntax, so both show the same content;
 * Markdown leaves out what it cannot draw (a chart: its table stays).
 */
import { fieldVocab } from '../lexicon/vocabulary.js';
import { valueLabel } from '../lexicon/labels.js';
import { strategyById } from '../lexicon/strategies.js';
import type { Lang } from '../model/model.js';
import type { GroupTotals, Portfolio, PortfolioFinding, PortfolioProposal } from './portfolio.js';
import { reportText, type ReportText } from './words.js';

/** Paths listed in one cell before "and N more"; the JSON report lists them all. */
export const MAX_LISTED = 20;
/** Clauses in the "fall short of" chart; the clause table lists them all. */
const CHART_CLAUSES = 12;
/** Stockholm's five follow-up perspectives (STH-6), as the follow-up-perspectives rule reads them. */
const PERSPECTIVE = 'followUp.metrics.perspective';
const PERSPECTIVES = Object.keys(fieldVocab(PERSPECTIVE)?.values ?? {});

export interface RenderOptions {
  /** Relative URL from the report's folder to the working directory ('' or ending in '/'): file links start with it. */
  fileLinkBase: string;
}

export type Inline =
  | { kind: 'text'; text: string }
  /** A proposal's path, linked to its section in the page when `anchor` is set. */
  | { kind: 'path'; path: string; anchor?: string }
  /** A proposal's path, linked to the file itself (HTML, by a relative link). */
  | { kind: 'file'; path: string }
  /** A rule id, linked to its documentation when it has one. */
  | { kind: 'rule'; id: string; href: string | null };

export type Tone = 'ok' | 'fail' | 'warn';

export interface Cell {
  parts: Inline[];
  /** HTML only: a colour for the verdict (the word says it too). */
  tone?: Tone;
  /** HTML only: the value the table sorts the cell by, when it is not its text. */
  sort?: number;
}

export interface Column {
  label: string;
  numeric?: boolean;
}

export interface Table {
  columns: Column[];
  rows: Cell[][];
  /** The first column heads its row (a matrix, a list of facts). */
  rowHeaders?: boolean;
  /** HTML: a script may sort it by a column. */
  sortable?: boolean;
  /** HTML: per row, what the filter reads (status and strategies). */
  rowFilters?: RowFilter[];
}

export interface RowFilter {
  status: string;
  strategies: string[];
  /** What the text filter matches: path, title and owner, lower-cased. */
  search: string;
}

export interface ChartValue {
  value: number;
  text: string;
}

/** A horizontal bar chart: one bar per series in each group. */
export interface Chart {
  title: string;
  /** The text alternative: every number the chart shows, in words. */
  description: string;
  series: string[];
  groups: { label: string; values: ChartValue[] }[];
}

export type Block =
  | { kind: 'paragraph'; parts: Inline[] }
  | { kind: 'table'; table: Table; caption?: string }
  /** A chart with its numbers in a table beside it. */
  | { kind: 'figure'; chart: Chart; table: Table }
  | { kind: 'details'; summary: string; blocks: Block[] }
  /** HTML: the filter controls, shown only when the script runs. */
  | { kind: 'filters'; statuses: { value: string; label: string }[]; strategies: { value: string; label: string }[]; total: number };

export interface Section {
  id: string;
  heading: string;
  note?: string;
  blocks: Block[];
  /** One proposal's section: on its own page in print, and filtered with the proposals table. */
  proposal?: RowFilter;
}

export interface ReportDocument {
  lang: string;
  title: string;
  /** Label, value: when, by what, with what. */
  stamp: [string, string][];
  lead: string;
  sections: Section[];
}

const text = (value: string): Cell => ({ parts: [{ kind: 'text', text: value }] });

/** The proposal's section: its place in the sorted list, never its path (a path can hold anything). */
export function proposalAnchor(row: number): string {
  return `p-${row}`;
}

/** A field's name as the proposal template writes it in `lang` ("Ejer", "Fokusområden"). */
export function fieldLabel(path: string, lang: Lang): string {
  return fieldVocab(path)?.aliases[lang]?.[0] ?? path;
}

function strategyName(id: string): string {
  return strategyById(id)?.name ?? id;
}

function chartDescription(title: string, series: readonly string[], groups: Chart['groups']): string {
  const rows = groups.map((group) => `${group.label}: ${group.values.map((value, index) => `${series[index]} ${value.text}`).join(', ')}`);
  return `${title}. ${rows.join('; ')}.`;
}

function chart(title: string, series: string[], groups: Chart['groups']): Chart {
  return { title, description: chartDescription(title, series, groups), series, groups };
}

export function layoutReport(portfolio: Portfolio): ReportDocument {
  const said = reportText(portfolio.language);
  const { words, count, money } = said;
  const lang = portfolio.language;
  const { totals } = portfolio;
  const anchorOf = new Map(portfolio.proposals.map((proposal, index) => [proposal.path, proposalAnchor(index + 1)]));
  const pathCell = (path: string): Inline => ({ kind: 'path', path, ...(anchorOf.has(path) ? { anchor: anchorOf.get(path)! } : {}) });
  const paths = (list: readonly string[]): Cell => {
    const parts: Inline[] = list.slice(0, MAX_LISTED).map(pathCell);
    if (list.length > MAX_LISTED) parts.push({ kind: 'text', text: words.more(list.length - MAX_LISTED) });
    return parts.length ? { parts } : text(words.none);
  };
  const hrefOf = new Map(portfolio.rules.map((rule) => [rule.id, rule.docsUrl]));
  const ruleLinks = (ids: readonly string[]): Cell =>
    ids.length ? { parts: ids.map((id) => ({ kind: 'rule', id, href: hrefOf.get(id) ?? null })) } : text(words.none);
  const number = (value: number, tone?: Tone): Cell => ({ ...text(count(value)), sort: value, ...(value && tone ? { tone } : {}) });
  const amount = (value: number, currency: string): Cell => ({ ...text(money(value, currency)), sort: value });
  const optional = (value: string | null): Cell => text(value ?? words.none);
  const focusArea = (id: string): string => words.focusAreas[id] ?? id;
  const statusCell = (proposal: PortfolioProposal): Cell => ({
    ...text(words.statuses[proposal.status]),
    tone: proposal.status === 'compliant' ? 'ok' : proposal.status === 'warnings' ? 'warn' : 'fail',
  });
  const filterOf = (proposal: PortfolioProposal): RowFilter => ({
    status: proposal.status,
    strategies: proposal.strategies,
    search: [proposal.path, proposal.title ?? '', proposal.owner ?? ''].join(' ').toLowerCase(),
  });

  const sections: Section[] = [];

  // Summary: the counts, compliance per strategy, the clauses most proposals fall short of.
  const summary: Block[] = [
    {
      kind: 'table',
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
            number(totals.compliant, 'ok'),
            number(totals.withErrors, 'fail'),
            number(totals.withWarningsOnly, 'warn'),
            number(totals.parseFailures, 'fail'),
            number(totals.errors),
            number(totals.warnings),
            number(totals.suppressed),
          ],
        ],
      },
    },
  ];
  if (portfolio.compliance.length) {
    const series = [words.compliantClean, words.withWarningsOnly, words.withErrors];
    summary.push({ kind: 'paragraph', parts: [{ kind: 'text', text: words.complianceNote }] });
    summary.push({
      kind: 'figure',
      chart: chart(
        words.complianceByStrategy,
        series,
        portfolio.compliance.map((row) => ({
          label: row.name,
          values: [row.compliant - row.withWarningsOnly, row.withWarningsOnly, row.withErrors].map((value) => ({ value, text: count(value) })),
        })),
      ),
      table: {
        columns: [{ label: words.strategy }, ...[words.proposals, ...series, words.compliant].map((label) => ({ label, numeric: true }))],
        rows: portfolio.compliance.map((row) => [
          text(row.name),
          number(row.proposals),
          number(row.compliant - row.withWarningsOnly, 'ok'),
          number(row.withWarningsOnly, 'warn'),
          number(row.withErrors, 'fail'),
          {
            ...text(`${count(row.proposals ? Math.round((row.compliant / row.proposals) * 100) : 0)} %`),
            sort: row.proposals ? row.compliant / row.proposals : 0,
          },
        ]),
        rowHeaders: true,
      },
    });
  }
  const shortOf = [...portfolio.clauses]
    .filter((clause) => clause.failing.length + clause.warned.length > 0)
    .sort((a, b) => b.failing.length + b.warned.length - (a.failing.length + a.warned.length) || b.failing.length - a.failing.length)
    .slice(0, CHART_CLAUSES);
  if (shortOf.length) {
    const series = [words.failing, words.warned];
    summary.push({
      kind: 'figure',
      chart: chart(
        words.clausesChart,
        series,
        shortOf.map((clause) => ({
          label: clause.title ? `${clause.id} ${clause.title}` : clause.id,
          values: [clause.failing.length, clause.warned.length].map((value) => ({ value, text: count(value) })),
        })),
      ),
      table: {
        columns: [{ label: words.clause }, { label: words.proposalTitle }, ...series.map((label) => ({ label, numeric: true }))],
        rows: shortOf.map((clause) => [text(clause.id), optional(clause.title), number(clause.failing.length, 'fail'), number(clause.warned.length, 'warn')]),
        rowHeaders: true,
      },
    });
  }
  sections.push({ id: 'summary', heading: words.summary, blocks: summary });

  // Business cases: sums per currency, then per strategy, focus area and owner body.
  if (portfolio.businessCases.length) {
    const blocks: Block[] = [
      {
        kind: 'table',
        table: {
          columns: [
            { label: words.currency },
            ...[words.proposals, words.costs, words.financialBenefits, words.net, words.npv].map((label) => ({ label, numeric: true })),
          ],
          rows: portfolio.businessCases.map((sums) => [
            text(sums.currency),
            number(sums.proposals),
            amount(sums.costs, sums.currency),
            amount(sums.financialBenefits, sums.currency),
            amount(sums.net, sums.currency),
            amount(sums.npv, sums.currency),
          ]),
        },
      },
      { kind: 'paragraph', parts: [{ kind: 'text', text: words.totalsNote }] },
    ];
    const groups = (title: string, groupLabel: string, rows: readonly GroupTotals[], name: (group: string) => string): void => {
      for (const currency of [...new Set(rows.map((row) => row.currency))]) {
        const own = rows.filter((row) => row.currency === currency);
        const series = [words.investment, words.operating, words.financialBenefits, words.npv];
        const label = (row: GroupTotals): string => (row.group === null ? words.noneGiven : name(row.group));
        blocks.push({
          kind: 'figure',
          chart: chart(
            `${title} (${currency})`,
            series,
            own.map((row) => ({
              label: label(row),
              values: [row.investment, row.operating, row.financialBenefits, row.npv].map((value) => ({ value, text: money(value, currency) })),
            })),
          ),
          table: {
            columns: [{ label: groupLabel }, ...[words.proposals, ...series].map((label) => ({ label, numeric: true }))],
            rows: own.map((row) => [
              text(label(row)),
              number(row.proposals),
              amount(row.investment, currency),
              amount(row.operating, currency),
              amount(row.financialBenefits, currency),
              amount(row.npv, currency),
            ]),
            rowHeaders: true,
          },
        });
      }
    };
    groups(words.totalsByStrategy, words.strategy, portfolio.byStrategy, strategyName);
    groups(words.totalsByFocusArea, words.focusArea, portfolio.byFocusArea, focusArea);
    groups(words.totalsByOwnerBody, words.ownerBody, portfolio.byOwnerBody, (body) => body);
    sections.push({ id: 'business-cases', heading: words.businessCases, note: words.businessCasesNote, blocks });
  }

  if (portfolio.rules.length) {
    sections.push({
      id: 'rules',
      heading: words.rules,
      note: words.rulesNote,
      blocks: [
        {
          kind: 'table',
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
              number(rule.failing, 'fail'),
              number(rule.warned, 'warn'),
              number(rule.checked),
            ]),
            sortable: true,
          },
        },
      ],
    });
  }

  if (portfolio.clauses.length) {
    sections.push({
      id: 'clauses',
      heading: words.clauses,
      note: words.clausesNote,
      blocks: [
        {
          kind: 'table',
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
              { ...paths(clause.failing), sort: clause.failing.length },
              { ...paths(clause.warned), sort: clause.warned.length },
            ]),
            sortable: true,
          },
        },
      ],
    });
  }

  if (portfolio.proposals.length) sections.push(coverage(portfolio, said, pathCell));
  sections.push(register(portfolio, said, pathCell, ruleLinks));
  if (portfolio.trend) {
    sections.push({
      id: 'trend',
      heading: words.trend,
      note: words.trendNote,
      blocks: [
        {
          kind: 'table',
          table: {
            columns: [
              { label: words.proposal },
              { label: words.change },
              ...[words.newFindings, words.fixedFindings, words.unchanged].map((label) => ({ label, numeric: true })),
              { label: words.newFindings },
              { label: words.fixedFindings },
            ],
            rows: portfolio.trend.map((row) => [
              { parts: [pathCell(row.path)] },
              text(words.changes[row.change]),
              number(row.new.length, 'fail'),
              number(row.fixed.length, 'ok'),
              number(row.unchanged),
              findingList(row.new, said),
              findingList(row.fixed, said),
            ]),
            sortable: true,
          },
        },
      ],
    });
  }

  if (portfolio.proposals.length) {
    const strategiesInForce = portfolio.stamp.strategies;
    sections.push({
      id: 'proposals',
      heading: words.proposals,
      blocks: [
        {
          kind: 'filters',
          statuses: (['compliant', 'warnings', 'errors', 'unparsed'] as const).map((value) => ({ value, label: words.statuses[value] })),
          strategies: strategiesInForce.map((value) => ({ value, label: strategyName(value) })),
          total: portfolio.proposals.length,
        },
        {
          kind: 'table',
          table: {
            columns: [
              { label: words.proposal },
              { label: words.proposalTitle },
              { label: words.owner },
              { label: words.strategies },
              { label: words.status },
              ...[words.errors, words.warnings, words.costs, words.financialBenefits, words.net, words.payback, words.npv].map((label) => ({
                label,
                numeric: true,
              })),
              { label: words.failedRules },
              { label: words.warnedRules },
            ],
            rows: portfolio.proposals.map((proposal) => {
              const figures = proposal.businessCase;
              const sum = (value: number | undefined): Cell => (figures && value !== undefined ? amount(value, figures.currency) : text(words.none));
              return [
                { parts: [pathCell(proposal.path)] },
                optional(proposal.title),
                optional(proposal.owner),
                text(proposal.strategies.join(', ') || words.none),
                statusCell(proposal),
                number(proposal.errorCount),
                number(proposal.warningCount),
                sum(figures?.costs),
                sum(figures?.financialBenefits),
                sum(figures?.net),
                figures
                  ? { ...text(figures.paybackYear === null ? words.never : String(figures.paybackYear)), sort: figures.paybackYear ?? 1e9 }
                  : text(words.none),
                sum(figures?.npv),
                ruleLinks(proposal.failedRules),
                ruleLinks(proposal.warnedRules),
              ];
            }),
            sortable: true,
            rowFilters: portfolio.proposals.map(filterOf),
          },
        },
      ],
    });
    sections.push({ id: 'details', heading: words.details, blocks: [] });
    portfolio.proposals.forEach((proposal, index) => {
      sections.push({ ...proposalSection(proposal, said, lang, ruleLinks), id: proposalAnchor(index + 1), proposal: filterOf(proposal) });
    });
  }

  const lead = `${words.proposals}: ${count(totals.proposals)} \u00b7 ${words.compliant}: ${count(totals.compliant)} \u00b7 ${words.withErrors}: ${count(totals.withErrors)} \u00b7 ${words.parseFailures}: ${count(totals.parseFailures)}`;
  const { stamp } = portfolio;
  return {
    lang: portfolio.language,
    title: words.title,
    stamp: [
      [words.generated, said.date(stamp.generated)],
      [words.version, stamp.version],
      [words.strategies, stamp.strategies.map(strategyName).join(', ') || words.none],
      [words.config, stamp.config ?? words.noConfig],
      ...(stamp.compare ? [[words.comparedWith, stamp.compare] as [string, string]] : []),
    ],
    lead,
    sections,
  };
}

function findingList(findings: readonly PortfolioFinding[], said: ReportText): Cell {
  if (!findings.length) return { parts: [{ kind: 'text', text: said.words.none }] };
  return {
    parts: findings.map((finding) => ({ kind: 'text', text: `${finding.ruleId} (${said.words.line.toLowerCase()} ${finding.line}): ${finding.message}` })),
  };
}

/** Follow-up coverage: proposals × the five perspectives, and per strategy the elements it demands. */
function coverage(portfolio: Portfolio, said: ReportText, pathCell: (path: string) => Inline): Section {
  const { words } = said;
  const lang = portfolio.language;
  const mark = (given: boolean): Cell => ({ parts: [{ kind: 'text', text: given ? words.present : words.missing }], tone: given ? 'ok' : 'fail' });
  const blocks: Block[] = [
    { kind: 'paragraph', parts: [{ kind: 'text', text: words.perspectivesNote }] },
    {
      kind: 'table',
      table: {
        columns: [{ label: words.proposal }, ...PERSPECTIVES.map((perspective) => ({ label: valueLabel(PERSPECTIVE, perspective, lang) }))],
        rows: portfolio.proposals.map((proposal) => [
          { parts: [pathCell(proposal.path)] },
          ...PERSPECTIVES.map((perspective) => mark(proposal.perspectives.includes(perspective))),
        ]),
        rowHeaders: true,
      },
    },
  ];
  for (const strategy of portfolio.stamp.strategies) {
    const fields = Object.keys(strategyById(strategy)?.requiredFields ?? {});
    const own = portfolio.proposals.filter((proposal) => proposal.strategies.includes(strategy) && !proposal.parseFailed);
    if (!fields.length || !own.length) continue;
    blocks.push({
      kind: 'table',
      caption: `${words.elements(strategyName(strategy))}. ${words.elementsNote}`,
      table: {
        columns: [{ label: words.proposal }, ...fields.map((field) => ({ label: fieldLabel(field, lang) }))],
        rows: own.map((proposal) => [{ parts: [pathCell(proposal.path)] }, ...fields.map((field) => mark(proposal.elements[field] === true))]),
        rowHeaders: true,
      },
    });
  }
  return { id: 'follow-up', heading: words.followUp, blocks };
}

/** "Følg eller forklar": deviations from shared solutions, and findings disabled inline. */
function register(portfolio: Portfolio, said: ReportText, pathCell: (path: string) => Inline, ruleLinks: (ids: readonly string[]) => Cell): Section {
  const { words } = said;
  const text = (value: string | null): Cell => ({ parts: [{ kind: 'text', text: value ?? words.none }] });
  const list = (values: readonly string[]): Cell => text(values.join('; ') || null);
  const blocks: Block[] = [];
  if (portfolio.deviations.length) {
    blocks.push({
      kind: 'table',
      caption: words.deviations,
      table: {
        columns: [words.proposal, words.proposalTitle, words.solutions, words.alternative, words.grounds, words.explanation, words.exception].map((label) => ({
          label,
        })),
        rows: portfolio.deviations.map((deviation) => {
          const facts = deviation.sharedSolution;
          return [
            { parts: [pathCell(deviation.path)] },
            text(deviation.title),
            list(facts.solutions),
            text(facts.alternative),
            list(facts.grounds.map((ground) => words.groundLabels[ground] ?? ground)),
            text(facts.explanation),
            text(facts.exception),
          ];
        }),
      },
    });
  } else {
    blocks.push({ kind: 'paragraph', parts: [{ kind: 'text', text: words.noDeviations }] });
  }
  const disabled = portfolio.proposals.flatMap((proposal) => proposal.suppressed.map((finding) => ({ proposal, finding })));
  if (disabled.length) {
    blocks.push({
      kind: 'table',
      caption: words.disables,
      table: {
        columns: [{ label: words.proposal }, { label: words.line, numeric: true }, { label: words.rule }, { label: words.message }, { label: words.reason }],
        rows: disabled.map(({ proposal, finding }) => [
          { parts: [pathCell(proposal.path)] },
          { parts: [{ kind: 'text', text: String(finding.line) }], sort: finding.line },
          ruleLinks([finding.ruleId]),
          text(finding.message),
          text(finding.reason),
        ]),
      },
    });
  } else {
    blocks.push({ kind: 'paragraph', parts: [{ kind: 'text', text: words.noDisables }] });
  }
  return { id: 'register', heading: words.register, note: words.registerNote, blocks };
}

/** One proposal: who and what, its business case, every finding with line, message and clauses. */
function proposalSection(proposal: PortfolioProposal, said: ReportText, lang: Lang, ruleLinks: (ids: readonly string[]) => Cell): Omit<Section, 'id'> {
  const { words, count, money } = said;
  const text = (value: string | null): Cell => ({ parts: [{ kind: 'text', text: value ?? words.none }] });
  const facts: Cell[][] = [
    [text(words.file), { parts: [{ kind: 'file', path: proposal.path }] }],
    [text(words.owner), text(proposal.owner)],
    [text(words.ownerBody), text(proposal.ownerBody)],
    [text(words.status), text(words.statuses[proposal.status])],
    [text(words.strategies), text(proposal.strategies.map(strategyName).join(', ') || null)],
    [text(words.focusArea), text(proposal.focusAreas.map((id) => words.focusAreas[id] ?? id).join(', ') || null)],
    [
      text(fieldLabel('sharedSolution', lang)),
      text(proposal.sharedSolution?.status ? (words.sharedStatuses[proposal.sharedSolution.status] ?? proposal.sharedSolution.status) : null),
    ],
  ];
  const blocks: Block[] = [
    { kind: 'table', table: { columns: [{ label: words.proposal }, { label: proposal.title ?? proposal.path }], rows: facts, rowHeaders: true } },
  ];
  const figures = proposal.businessCase;
  if (figures) {
    const sum = (value: number): Cell => text(money(value, figures.currency));
    blocks.push({
      kind: 'table',
      caption: fieldLabel('businessCase', lang),
      table: {
        columns: [{ label: fieldLabel('businessCase', lang) }, { label: figures.currency, numeric: true }],
        rows: [
          [text(words.investment), sum(figures.investment)],
          [text(words.operating), sum(figures.operating)],
          [text(words.unclassified), sum(figures.unclassified)],
          [text(words.costs), sum(figures.costs)],
          [text(words.financialBenefits), sum(figures.financialBenefits)],
          [text(words.unpriced), text(count(figures.unpricedBenefitLines))],
          [text(words.net), sum(figures.net)],
          [text(words.payback), text(figures.paybackYear === null ? words.never : String(figures.paybackYear))],
          [text(words.horizon), text(count(figures.horizonYears))],
          [text(words.discountRate), text(said.percent(figures.discountRate))],
          [text(words.npv), sum(figures.npv)],
        ],
        rowHeaders: true,
      },
    });
  }
  const findingsTable: Table = {
    columns: [{ label: words.line, numeric: true }, { label: words.severity }, { label: words.rule }, { label: words.message }, { label: words.clauses }],
    rows: proposal.findings.map((finding) => [
      { parts: [{ kind: 'text', text: `${finding.line}:${finding.column}` }], sort: finding.line },
      { ...text(words.severities[finding.severity]), tone: finding.severity === 'error' ? 'fail' : 'warn' },
      ruleLinks([finding.ruleId]),
      text(finding.message),
      text(finding.clauses.join(', ') || null),
    ]),
  };
  blocks.push({
    kind: 'details',
    summary: words.findings(proposal.findings.length),
    blocks: proposal.findings.length ? [{ kind: 'table', table: findingsTable }] : [{ kind: 'paragraph', parts: [{ kind: 'text', text: words.noFindings }] }],
  });
  if (proposal.suppressed.length) {
    blocks.push({
      kind: 'details',
      summary: words.suppressedFindings(proposal.suppressed.length),
      blocks: [
        {
          kind: 'table',
          table: {
            columns: [
              { label: words.line, numeric: true },
              { label: words.rule },
              { label: words.message },
              { label: words.reason },
              { label: words.disabledAt, numeric: true },
            ],
            rows: proposal.suppressed.map((finding) => [
              text(String(finding.line)),
              text(finding.ruleId),
              text(finding.message),
              text(finding.reason),
              text(String(finding.directiveLine)),
            ]),
          },
        },
      ],
    });
  }
  return { heading: proposal.title ? `${proposal.title} (${proposal.path})` : proposal.path, blocks };
}
