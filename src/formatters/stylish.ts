/**
 * The default terminal output: grouped by file, `line:col  severity  message  rule-id`, the
 * clause behind each finding on the line below, and a summary.
 */
import { relative } from 'node:path';
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';
import { clauseCatalogue, clauseFor } from '../lexicon/clauses.js';
import { headingPath, ruleDocsUrl } from './common.js';
import { visible } from './safe-text.js';
import type { Lang } from '../model/model.js';
import type { BusinessCaseFigures } from '../interpret/business-case-figures.js';

const WORDS: Record<Lang, { error: string; warning: string; problems: (n: number, e: number, w: number) => string; page: string }> = {
  en: {
    error: 'error',
    warning: 'warning',
    page: 'p.',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problems'} (${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'})`,
  },
  da: {
    error: 'fejl',
    warning: 'advarsel',
    page: 's.',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problemer'} (${e} fejl, ${w} ${w === 1 ? 'advarsel' : 'advarsler'})`,
  },
  sv: {
    error: 'fel',
    warning: 'varning',
    page: 's.',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problem'} (${e} fel, ${w} ${w === 1 ? 'varning' : 'varningar'})`,
  },
  nb: {
    error: 'feil',
    warning: 'advarsel',
    page: 's.',
    problems: (n, e, w) => `${n} ${n === 1 ? 'problem' : 'problemer'} (${e} feil, ${w} ${w === 1 ? 'advarsel' : 'advarsler'})`,
  },
};

/** "; 3 suppressed by inline disables, 2 by the baseline": what passed only because it was silenced. */
const SUPPRESSED: Record<Lang, (inline: number, baseline: number) => string> = {
  en: (inline, baseline) => suppressedPhrase(inline, baseline, () => 'suppressed', 'by inline disables', 'by the baseline'),
  da: (inline, baseline) => suppressedPhrase(inline, baseline, () => 'undertrykt', 'af inline-frakoblinger', 'af baseline'),
  sv: (inline, baseline) => suppressedPhrase(inline, baseline, (n) => (n === 1 ? 'undertryckt' : 'undertryckta'), 'av inline-avstängningar', 'av baslinjen'),
  nb: (inline, baseline) => suppressedPhrase(inline, baseline, () => 'undertrykt', 'av inline-deaktiveringer', 'av grunnlinjen'),
};

function suppressedPhrase(inline: number, baseline: number, word: (n: number) => string, byInline: string, byBaseline: string): string {
  if (!inline && !baseline) return '';
  const parts = [...(inline ? [[inline, byInline] as const] : []), ...(baseline ? [[baseline, byBaseline] as const] : [])];
  return `; ${parts.map(([n, by], index) => (index === 0 ? `${n} ${word(n)} ${by}` : `${n} ${by}`)).join(', ')}`;
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
  const summary = `${WORDS[lang].problems(total, errors, warnings)}${SUPPRESSED[lang](inline, baseline)}`;
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

const LOCALES: Record<Lang, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO' };
const FIGURE_WORDS: Record<
  Lang,
  {
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
> = {
  en: {
    label: 'Business case',
    costs: 'costs',
    investment: 'investment',
    operating: 'operating',
    unclassified: 'no kind',
    benefits: 'financial benefits',
    net: 'net',
    payback: 'payback',
    never: 'not within the horizon',
    npv: 'NPV',
    at: 'at',
  },
  da: {
    label: 'Business case',
    costs: 'omkostninger',
    investment: 'investering',
    operating: 'drift',
    unclassified: 'uden art',
    benefits: 'økonomiske gevinster',
    net: 'netto',
    payback: 'tilbagebetaling',
    never: 'ikke inden for perioden',
    npv: 'nutidsværdi',
    at: 'ved',
  },
  sv: {
    label: 'Nyttovärdering',
    costs: 'kostnader',
    investment: 'investering',
    operating: 'drift',
    unclassified: 'utan typ',
    benefits: 'ekonomiska nyttor',
    net: 'netto',
    payback: 'återbetalning',
    never: 'inte inom perioden',
    npv: 'nuvärde',
    at: 'vid',
  },
  nb: {
    label: 'Kost-nytte',
    costs: 'kostnader',
    investment: 'investering',
    operating: 'drift',
    unclassified: 'uten type',
    benefits: 'økonomiske gevinster',
    net: 'netto',
    payback: 'tilbakebetaling',
    never: 'ikke innenfor perioden',
    npv: 'nåverdi',
    at: 'ved',
  },
};

/** One line with the figures reviewers compute, in the file's language. */
function businessCaseLine(figures: BusinessCaseFigures, lang: Lang): string {
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 2 });
  const words = FIGURE_WORDS[lang];
  const money = (value: number): string => `${number.format(value)} ${figures.currency}`;
  const unclassified = figures.costs.unclassified ? `, ${words.unclassified} ${number.format(figures.costs.unclassified)}` : '';
  return (
    `${words.label}: ${words.costs} ${money(figures.costs.total)} (${words.investment} ${number.format(figures.costs.investment)}, ${words.operating} ${number.format(figures.costs.operating)}${unclassified}), ` +
    `${words.benefits} ${money(figures.benefits.financial)}, ${words.net} ${money(figures.net)}, ` +
    `${words.payback} ${figures.paybackYear ?? words.never}, ${words.npv} ${money(figures.npv)} ${words.at} ${percent.format(figures.discountRate)}`
  );
}
