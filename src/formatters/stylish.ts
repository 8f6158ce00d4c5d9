/**
 * The default terminal output: grouped by file, `line:col  severity  message  rule-id`, the
 * clause behind each finding on the line below, and a summary.
 */
import { localeOf, words } from '../lexicon/words.js';
import { relative } from 'node:path';
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';
import { clauseCatalogue, clauseFor } from '../lexicon/clauses.js';
import { headingPath, ruleDocsUrl } from './common.js';
import { visible } from './safe-text.js';
import type { Lang } from '../model/model.js';
import type { BusinessCaseFigures } from '../interpret/business-case-figures.js';

/** The stylish output's words in one language (each language's are in src/lexicon/<lang>/stylish.ts). */
export interface StylishWords {
  error: string;
  warning: string;
  page: string;
  problems: (n: number, e: number, w: number) => string;
  /** "suppressed", as many as `n` are. */
  suppressed: (n: number) => string;
  byInline: string;
  byBaseline: string;
}

const WORDS: Record<Lang, StylishWords> = words('stylish', 'words');

/** "; 3 suppressed by inline disables, 2 by the baseline": what passed only because it was silenced. */
function suppressedPhrase(inline: number, baseline: number, { suppressed, byInline, byBaseline }: StylishWords): string {
  if (!inline && !baseline) return '';
  const parts = [...(inline ? [[inline, byInline] as const] : []), ...(baseline ? [[baseline, byBaseline] as const] : [])];
  return `; ${parts.map(([n, by], index) => (index === 0 ? `${n} ${suppressed(n)} ${by}` : `${n} ${by}`)).join(', ')}`;
}

const QUOTE_LENGTH = 90;

export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const catalogue = clauseCatalogue();
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  const single = results.length === 1;
  for (const result of results) {
    const figures = result.businessCase && (single || result.findings.length) ? businessCaseLine(result.businessCase, result.language) : undefined;
    if (!result.findings.length && !figures) continue;
    const words = WORDS[result.language];
    lines.push('', chalk.underline(visible(relative(context.cwd, result.filePath) || result.filePath)));
    if (figures) lines.push(chalk.dim(`  ${visible(figures)}`));
    // A Word file: the paragraph and the headings above it ("¶12  4. Økonomi › Driftsudgifter"), which a Word user can find.
    const positions = result.findings.map((finding) =>
      result.outline
        ? [`¶${finding.line}`, visible(headingPath(result, finding.line).join(' › '))].filter(Boolean).join('  ')
        : `${finding.line}:${finding.column}`,
    );
    const posWidth = Math.max(0, ...positions.map((text) => text.length));
    const sevWidth = Math.max(words.error.length, words.warning.length);
    result.findings.forEach((finding, index) => {
      const isError = finding.severity === 2;
      if (isError) errors++;
      else warnings++;
      const severity = isError ? chalk.red(words.error.padEnd(sevWidth)) : chalk.yellow(words.warning.padEnd(sevWidth));
      const docs = ruleDocsUrl(finding.ruleId, context.rules);
      // The proposal's text, file names and a plugin's metadata are shown, never obeyed: itstrat's own escapes (colour, OSC 8 links) wrap neutralised text.
      const ruleId = context.hyperlinks && docs ? `\u001b]8;;${visible(docs)}\u0007${visible(finding.ruleId)}\u001b]8;;\u0007` : visible(finding.ruleId);
      const position = result.outline ? positions[index]!.padEnd(posWidth) : positions[index]!.padStart(posWidth);
      lines.push(`  ${chalk.dim(position)}  ${severity}  ${visible(finding.message)}  ${chalk.dim(ruleId)}`);
      for (const id of finding.clauses) {
        const clause = catalogue.clauses[id];
        if (!clause) continue;
        const strategy = catalogue.strategies[clause.strategy];
        // The sentence this finding rests on, where the clause says more than one thing.
        const quote = shortQuote(clauseFor(id, finding.ruleId, finding.messageId)?.quote ?? clause.quote);
        lines.push(`  ${' '.repeat(posWidth + sevWidth + 4)}${chalk.dim(`↳ ${id} ${strategy.name}, ${words.page} ${clause.page}: «${quote}»`)}`);
      }
    });
  }
  const total = errors + warnings;
  let inline = 0;
  let baseline = 0;
  for (const result of results) {
    for (const finding of result.suppressed ?? []) {
      if (finding.suppression?.kind === 'external') baseline++;
      else inline++;
    }
  }
  if (!total && !inline && !baseline) return '';
  // A run over proposals in several languages sums up in English.
  const languages = new Set(results.filter((result) => result.findings.length || result.suppressed?.length).map((result) => result.language));
  const lang: Lang = languages.size === 1 ? [...languages][0]! : 'en';
  const summary = `${WORDS[lang].problems(total, errors, warnings)}${suppressedPhrase(inline, baseline, WORDS[lang])}`;
  if (!total) {
    // Nothing to report, but the run passed only because findings were silenced: say so.
    lines.push('', chalk.green.bold(`✔ ${summary}`), '');
    return lines.join('\n');
  }
  lines.push('', (errors ? chalk.red.bold : chalk.yellow.bold)(`✖ ${summary}`), '');
  return lines.join('\n');
};

/**
 * The part of a clause's quote that says what it demands: sub-clause quotes are "lead-in …
 * item", so the last segment is the item.
 */
function shortQuote(quote: string): string {
  const segments = quote
    .split('…')
    .map((segment) => segment.trim())
    .filter(Boolean);
  let last = quote.length > QUOTE_LENGTH && segments.length > 1 ? segments[segments.length - 1]! : quote;
  // "Inden et projekt … skal følgende være afklaret: Der skal være en entydig ejer": the demand follows the colon.
  const colon = last.lastIndexOf(': ');
  if (last.length > QUOTE_LENGTH && colon > 0 && last.length - colon > 25) last = last.slice(colon + 2);
  return last.length > QUOTE_LENGTH ? `${last.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : last;
}

/** The words of the business-case line. */
export interface FigureWords {
  label: string;
  costs: string;
  investment: string;
  operating: string;
  unclassified: string;
  benefits: string;
  net: string;
  payback: string;
  never: string;
  npv: string;
  at: string;
}

const FIGURE_WORDS: Record<Lang, FigureWords> = words('stylish', 'figures');

/** One line with the figures reviewers compute, in the file's language. */
function businessCaseLine(figures: BusinessCaseFigures, lang: Lang): string {
  const number = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 2 });
  const words = FIGURE_WORDS[lang];
  const money = (value: number): string => `${number.format(value)} ${figures.currency}`;
  const unclassified = figures.costs.unclassified ? `, ${words.unclassified} ${number.format(figures.costs.unclassified)}` : '';
  return (
    `${words.label}: ${words.costs} ${money(figures.costs.total)} (${words.investment} ${number.format(figures.costs.investment)}, ${words.operating} ${number.format(figures.costs.operating)}${unclassified}), ` +
    `${words.benefits} ${money(figures.benefits.financial)}, ${words.net} ${money(figures.net)}, ` +
    `${words.payback} ${figures.paybackYear ?? words.never}, ${words.npv} ${money(figures.npv)} ${words.at} ${percent.format(figures.discountRate)}`
  );
}
