/**
 * The default terminal output: grouped by file, `line:col  severity  message  rule-id`, the
 * clause behind each finding on the line below, and a summary.
 */
import { relative } from 'node:path';
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';
import { clauseCatalogue } from '../clauses.js';
import { ruleDocsUrl } from './common.js';
import type { Lang } from '../model.js';
import type { BusinessCaseFigures } from '../business-case-figures.js';

const WORDS: Record<Lang, { error: string; warning: string; problems: (n: number, e: number, w: number) => string; page: string }> = {
  en: { error: 'error', warning: 'warning', page: 'p.', problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'})` },
  da: { error: 'fejl', warning: 'advarsel', page: 's.', problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problemer'} (${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'})` },
  sv: { error: 'fel', warning: 'varning', page: 's.', problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problem'} (${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'})` },
  nb: { error: 'feil', warning: 'advarsel', page: 's.', problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problemer'} (${e} feil, ${w} ${w === 1 ? 'advarsel' : 'advarsler'})` },
};

const QUOTE_LENGTH = 90;

export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const catalogue = clauseCatalogue();
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let summaryLang: Lang = 'en';
  const single = results.length === 1;
  for (const result of results) {
    const figures = result.businessCase && (single || result.findings.length) ? businessCaseLine(result.businessCase, result.language) : undefined;
    if (!result.findings.length && !figures) continue;
    const words = WORDS[result.language];
    summaryLang = result.language;
    lines.push('', chalk.underline(relative(context.cwd, result.filePath) || result.filePath));
    if (figures) lines.push(chalk.dim(`  ${figures}`));
    const positions = result.findings.map((finding) => `${finding.line}:${finding.column}`);
    const posWidth = Math.max(0, ...positions.map((text) => text.length));
    const sevWidth = Math.max(words.error.length, words.warning.length);
    result.findings.forEach((finding, index) => {
      const isError = finding.severity === 2;
      if (isError) errors++;
      else warnings++;
      const severity = isError ? chalk.red(words.error.padEnd(sevWidth)) : chalk.yellow(words.warning.padEnd(sevWidth));
      const docs = ruleDocsUrl(finding.ruleId, context.rules);
      const ruleId = context.hyperlinks && docs ? `\u001b]8;;${docs}\u0007${finding.ruleId}\u001b]8;;\u0007` : finding.ruleId;
      lines.push(`  ${chalk.dim(positions[index]!.padStart(posWidth))}  ${severity}  ${finding.message}  ${chalk.dim(ruleId)}`);
      for (const id of finding.clauses) {
        const clause = catalogue.clauses[id];
        if (!clause) continue;
        const strategy = catalogue.strategies[clause.strategy];
        const quote = shortQuote(clause.quote);
        lines.push(`  ${' '.repeat(posWidth + sevWidth + 4)}${chalk.dim(`↳ ${id} ${strategy.name}, ${words.page} ${clause.page}: «${quote}»`)}`);
      }
    });
  }
  const total = errors + warnings;
  if (!total) return '';
  // A run over proposals in several languages sums up in English.
  const languages = new Set(results.filter((result) => result.findings.length).map((result) => result.language));
  const summary = WORDS[languages.size === 1 ? summaryLang : 'en'].problems(total, errors, warnings);
  lines.push('', (errors ? chalk.red.bold : chalk.yellow.bold)(`✖ ${summary}`), '');
  return lines.join('\n');
};

/**
 * The part of a clause's quote that says what it demands: sub-clause quotes are "lead-in …
 * item", so the last segment is the item.
 */
function shortQuote(quote: string): string {
  const segments = quote.split('…').map((segment) => segment.trim()).filter(Boolean);
  let last = quote.length > QUOTE_LENGTH && segments.length > 1 ? segments[segments.length - 1]! : quote;
  // "Inden et projekt … skal følgende være afklaret: Der skal være en entydig ejer": the demand follows the colon.
  const colon = last.lastIndexOf(': ');
  if (last.length > QUOTE_LENGTH && colon > 0 && last.length - colon > 25) last = last.slice(colon + 2);
  return last.length > QUOTE_LENGTH ? `${last.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : last;
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO' };
const FIGURE_WORDS: Record<Lang, { label: string; costs: string; investment: string; operating: string; benefits: string; net: string; payback: string; never: string; npv: string; at: string }> = {
  en: { label: 'Business case', costs: 'costs', investment: 'investment', operating: 'operating', benefits: 'financial benefits', net: 'net', payback: 'payback', never: 'not within the horizon', npv: 'NPV', at: 'at' },
  da: { label: 'Business case', costs: 'omkostninger', investment: 'investering', operating: 'drift', benefits: 'økonomiske gevinster', net: 'netto', payback: 'tilbagebetaling', never: 'ikke inden for perioden', npv: 'nutidsværdi', at: 'ved' },
  sv: { label: 'Nyttovärdering', costs: 'kostnader', investment: 'investering', operating: 'drift', benefits: 'ekonomiska nyttor', net: 'netto', payback: 'återbetalning', never: 'inte inom perioden', npv: 'nuvärde', at: 'vid' },
  nb: { label: 'Kost-nytte', costs: 'kostnader', investment: 'investering', operating: 'drift', benefits: 'økonomiske gevinster', net: 'netto', payback: 'tilbakebetaling', never: 'ikke innenfor perioden', npv: 'nåverdi', at: 'ved' },
};

/** One line with the figures reviewers compute, in the file's language. */
function businessCaseLine(figures: BusinessCaseFigures, lang: Lang): string {
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 2 });
  const words = FIGURE_WORDS[lang];
  const money = (value: number): string => `${number.format(value)} ${figures.currency}`;
  return `${words.label}: ${words.costs} ${money(figures.costs.total)} (${words.investment} ${number.format(figures.costs.investment)}, ${words.operating} ${number.format(figures.costs.operating)}), ` +
    `${words.benefits} ${money(figures.benefits.financial)}, ${words.net} ${money(figures.net)}, ` +
    `${words.payback} ${figures.paybackYear ?? words.never}, ${words.npv} ${money(figures.npv)} ${words.at} ${percent.format(figures.discountRate)}`;
}
