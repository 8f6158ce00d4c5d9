/**
 * The library API (`import { lint } from 'itstrat'`, `require('itstrat')`): a thin door over
 * the CLI's own pipeline — the same config discovery, rules, plugins, workers and formatters —
 * so a script gets what `itstrat lint --format json` prints, as objects. Nothing here lints.
 */
import { resolve } from 'node:path';
import { lintPaths, loadFormatter, type LintPathsSettings } from '../cli/lint-command.js';
import { prepareRun } from '../cli/prepare-run.js';
import type { FileResult } from '../engine/file-result.js';
import type { RuleMeta, Severity } from '../engine/rule-api.js';
import { jsonResults } from '../formatters/json.js';
import type { FormatContext } from '../formatters/types.js';
import type { Lang } from '../model/model.js';

export { defineRule } from '../engine/rule-api.js';
export type { AppliesTo, Localised, MessageData, Messages, ReportDescriptor, Rule, RuleContext, RuleMeta, Severity } from '../engine/rule-api.js';
export type { Directive, Lang, ListNode, MapNode, ModelNode, Proposal, Range, Scalar, ScalarNode, Section } from '../model/model.js';
export type { Finding } from '../engine/engine.js';
export type { FileResult } from '../engine/file-result.js';
export type { FormatContext, Formatter } from '../formatters/types.js';

/** A rule's setting, as in the config's `rules`: a severity, or `[severity, options]`. */
export type RuleSetting = Severity | [Severity, Record<string, unknown>];

/** What `itstrat lint`'s flags set; every field is optional. */
export interface LintOptions {
  /** Folder the paths, the config search and reported paths start from (default: `process.cwd()`). */
  cwd?: string;
  /** A config file to use instead of looking for one upward from `cwd` (`--config`). */
  config?: string;
  /** Strategy presets to add (`--strategy`). */
  strategy?: string[];
  /** Rules to set for this run, the strongest setting (`--rule`). */
  rules?: Record<string, RuleSetting>;
  /** Language of the messages (`--lang`; default: the config's, else each proposal's own). */
  lang?: Lang;
  /** `false`: no ignore files and no config `ignore` (`--no-ignore`). */
  ignore?: boolean;
  /** More gitignore-style patterns to skip (`--ignore-pattern`). */
  ignorePatterns?: string[];
  /** Worker threads, or `'auto'` (`--concurrency`; default 1, the calling thread). */
  concurrency?: number | 'auto';
  /** The time budget of one file's work in milliseconds (`--file-timeout`; 0: none). */
  fileTimeout?: number;
  /** Reuse results of unchanged files (`--cache`, `--cache-location`); paths only. */
  cache?: boolean;
  cacheLocation?: string;
}

/** A text to lint as if it were the file `filePath` (its extension decides YAML or Markdown). */
export interface LintText {
  text: string;
  filePath: string;
}

/** One file's result: the objects `itstrat lint --format json` prints (ESLint's shape plus clauses and figures). */
export type LintResult = ReturnType<typeof jsonResults>[number];

/** The rendered findings and the rule metadata behind each lint result, for `formatResults`. */
const RENDERING = Symbol('itstrat.rendering');
interface Rendering {
  result: FileResult;
  context: Pick<FormatContext, 'cwd' | 'rules' | 'source'>;
}

function runSettings(options: LintOptions, inputs?: LintPathsSettings['inputs']): LintPathsSettings {
  return {
    strategy: options.strategy ?? [],
    rule: Object.entries(options.rules ?? {}).map(([id, setting]) => `${id}:${Array.isArray(setting) ? JSON.stringify(setting) : setting}`),
    ignore: options.ignore ?? true,
    ignorePattern: options.ignorePatterns ?? [],
    concurrency: options.concurrency ?? 1,
    ...(options.config ? { config: options.config } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.fileTimeout !== undefined ? { fileTimeout: options.fileTimeout } : {}),
    ...(options.cache ? { cache: true } : {}),
    ...(options.cacheLocation ? { cacheLocation: options.cacheLocation } : {}),
    ...(inputs ? { inputs } : {}),
  };
}

function isText(value: unknown): value is LintText {
  return typeof value === 'object' && value !== null && typeof (value as LintText).text === 'string';
}

/**
 * Lint files, folders and globs (relative to `options.cwd`), or texts given with the file name
 * they stand for. Resolves to one result per file, sorted by path as the CLI's are; rejects, with
 * the one-line message the CLI would print, when the run itself fails (a bad config, a path that
 * does not exist).
 */
export async function lint(target: string | readonly string[] | LintText | readonly LintText[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const items: readonly (string | LintText)[] = typeof target === 'string' || isText(target) ? [target] : target;
  const texts = items.filter(isText);
  if (texts.length && texts.length !== items.length) throw new TypeError('lint() takes paths or texts, not both');
  const encoder = new TextEncoder();
  const inputs = texts.length ? texts.map((item) => ({ filePath: resolve(cwd, item.filePath), bytes: encoder.encode(item.text) })) : undefined;
  const linted = await lintPaths(texts.length ? [] : (items as string[]), runSettings(options, inputs), cwd);
  const context = { cwd, rules: new Map<string, RuleMeta>(linted.rules.map((rule) => [rule.meta.id, rule.meta])), source: linted.source };
  return jsonResults(linted.results, context).map((json, index) =>
    // Not enumerable: JSON.stringify and equality see exactly the CLI's JSON.
    Object.defineProperty(json, RENDERING, { value: { result: linted.results[index]!, context } satisfies Rendering }),
  );
}

/** The config that applies from `cwd` (or the file `config`), and the settings it gives one file. */
export interface LoadedConfig {
  /** The config file, when one was found or given. */
  path?: string;
  /** The folder `ignore` and `overrides` globs are relative to. */
  dir: string;
  ignore: string[];
  plugins: string[];
  language?: Lang;
  /** Every rule the run knows, built-in and from plugins. */
  rules: RuleMeta[];
  /** The rules (with their options), strategies and message language that apply to one file. */
  forFile(filePath: string): { rules: Record<string, [Exclude<Severity, 'off'>, Record<string, unknown>]>; strategies: string[]; language?: Lang };
}

export async function loadConfig(options: Pick<LintOptions, 'cwd' | 'config' | 'strategy' | 'rules'> = {}): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const settings = runSettings(options);
  const { config, rules, resolver } = await prepareRun({
    cwd,
    strategy: settings.strategy,
    rule: settings.rule,
    ...(settings.config ? { config: settings.config } : {}),
  });
  return {
    ...(config.path ? { path: config.path } : {}),
    dir: config.dir,
    ignore: config.ignore,
    plugins: config.plugins,
    ...(config.language ? { language: config.language } : {}),
    rules: rules.map((rule) => rule.meta),
    forFile(filePath) {
      const file = resolver.forFile(resolve(cwd, filePath), undefined);
      const enabled = [...file.rules].filter(([, setting]) => setting.severity > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return {
        rules: Object.fromEntries(enabled.map(([id, setting]) => [id, [setting.severity === 2 ? 'error' : 'warn', setting.options]])),
        strategies: [...file.strategies].sort(),
        ...(file.language ? { language: file.language } : {}),
      };
    },
  };
}

/**
 * Render results of `lint` in any format the CLI has (`stylish`, `sarif`, `junit`, `gitlab`, …),
 * or with a formatter of your own (a module path or an `itstrat-formatter-…` package).
 */
export async function formatResults(results: readonly LintResult[], format = 'stylish', options: { cwd?: string; color?: boolean } = {}): Promise<string> {
  const renderings = results.map((result) => (result as { [RENDERING]?: Rendering })[RENDERING]);
  if (renderings.some((rendering) => !rendering)) throw new TypeError('formatResults() renders the results lint() resolved to');
  const given = renderings as Rendering[];
  const cwd = resolve(options.cwd ?? given[0]?.context.cwd ?? process.cwd());
  const formatter = await loadFormatter(format, cwd);
  // Results of several lint() calls may be formatted together: each file's text and rules from its own run.
  const sources = new Map(given.map((rendering) => [rendering.result.filePath, rendering.context.source]));
  return formatter(
    given.map((rendering) => rendering.result),
    {
      cwd,
      rules: new Map(given.flatMap((rendering) => [...rendering.context.rules])),
      source: (filePath) => sources.get(filePath)?.(filePath),
      color: options.color ?? false,
      hyperlinks: false,
    },
  );
}
