/**
 * The default terminal output: grouped by file, `line:col  severity  message  rule-id`, the
 * clause behind each finding on the line below, and a summary.
 */
import { relative } from 'node:path';
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';
import { clauseCatalogue } from '../clauses.js';
import { docsUrl } from '../docs.js';
import type { Lang } from '../model.js';

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
  for (const result of results) {
    if (!result.findings.length) continue;
    const words = WORDS[result.language];
    summaryLang = result.language;
    lines.push('', chalk.underline(relative(context.cwd, result.filePath) || result.filePath));
    const positions = result.findings.map((finding) => `${finding.line}:${finding.column}`);
    const posWidth = Math.max(...positions.map((text) => text.length));
    const sevWidth = Math.max(words.error.length, words.warning.length);
    result.findings.forEach((finding, index) => {
      const isError = finding.severity === 2;
      if (isError) errors++;
      else warnings++;
      const severity = isError ? chalk.red(words.error.padEnd(sevWidth)) : chalk.yellow(words.warning.padEnd(sevWidth));
      const ruleId = context.hyperlinks && context.rules.has(finding.ruleId)
        ? `\u001b]8;;${docsUrl(finding.ruleId)}\u0007${finding.ruleId}\u001b]8;;\u0007`
        : finding.ruleId;
      lines.push(`  ${chalk.dim(positions[index]!.padStart(posWidth))}  ${severity}  ${finding.message}  ${chalk.dim(ruleId)}`);
      for (const id of finding.clauses) {
        const clause = catalogue.clauses[id];
        if (!clause) continue;
        const strategy = catalogue.strategies[clause.strategy];
        const quote = clause.quote.length > QUOTE_LENGTH ? `${clause.quote.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : clause.quote;
        lines.push(`  ${' '.repeat(posWidth + sevWidth + 4)}${chalk.dim(`↳ ${id} ${strategy.name}, ${words.page} ${clause.page}: «${quote}»`)}`);
      }
    });
  }
  const total = errors + warnings;
  if (!total) return '';
  const summary = WORDS[summaryLang].problems(total, errors, warnings);
  lines.push('', (errors ? chalk.red.bold : chalk.yellow.bold)(`✖ ${summary}`), '');
  return lines.join('\n');
};
