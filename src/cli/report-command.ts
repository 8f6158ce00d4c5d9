/**
 * `itstrat report`: lint the proposals as `itstrat lint` does, then write the portfolio office's
 * view of them (HTML, Markdown or JSON). The report is informational: it is written, exit 0,
 * whatever the proposals' findings; only a failure of the run itself (bad path or config) is exit
 * 2, and then no report is written. A rule that failed on a file is that file's `internal` finding.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';
import type { Lang } from '../model/model.js';
import type { RuleMeta } from '../engine/rule-api.js';
import { lintPaths } from './lint-command.js';
import { buildPortfolio, type Portfolio } from '../report/portfolio.js';

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
  /** `--no-plugins` gives false. */
  plugins?: boolean;
}

export async function renderReport(format: ReportFormat, portfolio: Portfolio): Promise<string> {
  switch (format) {
    case 'html':
      return (await import('../report/html.js')).htmlReport(portfolio);
    case 'json':
      return (await import('../report/json.js')).jsonReport(portfolio);
    default:
      return (await import('../report/markdown.js')).markdownReport(portfolio);
  }
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
  const portfolio = buildPortfolio(results, {
    cwd,
    rules: new Map<string, RuleMeta>(rules.map((rule) => [rule.meta.id, rule.meta])),
    language: settings.lang,
  });
  const output = await renderReport(settings.format, portfolio);
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
