/**
 * `itstrat report`: lint the proposals as `itstrat lint` does, then write the portfolio office's
 * view of them (HTML, Markdown or JSON). The report is informational: it is written, exit 0,
 * whatever the proposals' findings; only a failure of the run itself (bad path or config) is exit
 * 2, and then no report is written. A rule that failed on a file is that file's `internal` finding.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../engine/errors.js';
import type { Lang } from '../model/model.js';
import type { RuleMeta } from '../engine/rule-api.js';
import { itstratVersion } from '../engine/version.js';
import { findConfig } from '../config/config.js';
import { displayPath } from '../formatters/common.js';
import { lintPaths } from './lint-command.js';
import { factsOf } from './report-facts.js';
import { buildPortfolio, PORTFOLIO_FORMAT, type Portfolio } from '../report/portfolio.js';
import type { RenderOptions } from '../report/layout.js';

export const REPORT_FORMATS = ['markdown', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportSettings {
  format: ReportFormat;
  outputFile?: string;
  config?: string;
  strategy: string[];
  /** Language of the report's own words; the proposals are linted as `itstrat lint` would. */
  lang: Lang;
  ignore: boolean;
  ignorePattern: string[];
  concurrency: number | 'auto';
  /** `--file-timeout` in milliseconds; 0: no limit. */
  fileTimeout?: number;
  /** `--compare`: a previous `report --format json`, for new and fixed findings. */
  compare?: string;
  /** `--no-plugins` gives false. */
  plugins?: boolean;
}

export async function renderReport(format: ReportFormat, portfolio: Portfolio, options: RenderOptions = { fileLinkBase: '' }): Promise<string> {
  switch (format) {
    case 'html':
      return (await import('../report/html.js')).htmlReport(portfolio, options);
    case 'json':
      return (await import('../report/json.js')).jsonReport(portfolio);
    default:
      return (await import('../report/markdown.js')).markdownReport(portfolio);
  }
}

/**
 * The generation date: `SOURCE_DATE_EPOCH` (seconds, reproducible-builds.org) when set, so the
 * same inputs give the same bytes; else now.
 */
export function generationDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not ${JSON.stringify(epoch.slice(0, 40))}`);
    return new Date(Number(epoch) * 1000).toISOString();
  }
  return new Date().toISOString();
}

/** A previous JSON report, checked enough that comparing with it cannot fail halfway. */
function readPrevious(file: string, cwd: string): Portfolio {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--compare ${file}: ${code ?? 'not JSON'}`);
  }
  const portfolio = parsed as Partial<Portfolio> | null;
  const wellFormed =
    portfolio?.format === PORTFOLIO_FORMAT &&
    Array.isArray(portfolio.proposals) &&
    portfolio.proposals.every(
      (proposal) =>
        typeof proposal?.path === 'string' &&
        Array.isArray(proposal.findings) &&
        proposal.findings.every((finding) => typeof finding?.key === 'string' && typeof finding.message === 'string' && Number.isInteger(finding.line)),
    );
  if (!wellFormed) throw new UsageError(`--compare ${file}: not a report written by itstrat report --format json (${PORTFOLIO_FORMAT})`);
  return portfolio as Portfolio;
}

/** The folder the report is written to, as a relative URL prefix from there to the working directory (the proposals' paths start there). */
function linkBase(cwd: string, outputFile: string | undefined): string {
  if (!outputFile) return '';
  const back = relative(dirname(resolve(cwd, outputFile)), cwd);
  return back ? `${back.split(sep).join('/')}/` : '';
}

export async function runReport(paths: string[], settings: ReportSettings): Promise<number> {
  const cwd = process.cwd();
  const { results, rules } = await lintPaths(
    paths,
    {
      strategy: settings.strategy,
      rule: [],
      ignore: settings.ignore,
      ignorePattern: settings.ignorePattern,
      concurrency: settings.concurrency,
      ...(settings.fileTimeout !== undefined ? { fileTimeout: settings.fileTimeout } : {}),
      ...(settings.config ? { config: settings.config } : {}),
      ...(settings.plugins === false ? { plugins: false } : {}),
    },
    cwd,
  );
  const previous = settings.compare ? readPrevious(settings.compare, cwd) : undefined;
  const config = settings.config ? resolve(cwd, settings.config) : findConfig(cwd);
  const portfolio = buildPortfolio(results, {
    cwd,
    rules: new Map<string, RuleMeta>(rules.map((rule) => [rule.meta.id, rule.meta])),
    language: settings.lang,
    facts: await factsOf(results),
    stamp: { generated: generationDate(), version: itstratVersion(), config: config ? displayPath(cwd, config) : null, compare: settings.compare ?? null },
    ...(previous ? { previous } : {}),
  });
  const output = await renderReport(settings.format, portfolio, { fileLinkBase: linkBase(cwd, settings.outputFile) });
  if (settings.outputFile) {
    const target = resolve(cwd, settings.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
    } catch (error) {
      throw new UsageError(`cannot write ${settings.outputFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else {
    process.stdout.write(output);
  }
  return 0;
}
