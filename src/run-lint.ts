/** `itstrat lint`: config → files → lint each → format → exit code. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LintSettings } from './cli.js';
import { findConfig, loadConfig, parseCliRule, SettingsResolver } from './config.js';
import { UsageError } from './errors.js';
import { findFiles } from './files.js';
import { lintFile, type FileResult } from './lint.js';
import { builtinRules, pluginRules } from './registry.js';
import { isStrategy } from './clauses.js';
import type { Rule, RuleMeta } from './rule-api.js';
import type { Formatter } from './formatters/types.js';
import type { RuleCrash } from './engine.js';
import { validateRuleOptions } from './rule-options.js';

export async function runLint(paths: string[], settings: LintSettings): Promise<number> {
  const cwd = process.cwd();
  for (const strategy of settings.strategy) {
    if (!isStrategy(strategy)) throw new UsageError(`unknown strategy "${strategy}" (choose from esbjerg, stockholm, oskarshamn, nordfyns, ikt-follo)`);
  }
  const configPath = settings.config ? resolve(cwd, settings.config) : findConfig(cwd);
  const config = await loadConfig(configPath, cwd);
  const rules: Rule[] = [...(await builtinRules())];
  for (const plugin of config.plugins) {
    for (const rule of await pluginRules(plugin, config.dir)) {
      if (rules.some((existing) => existing.meta.id === rule.meta.id)) throw new UsageError(`plugin "${plugin}" redefines the rule "${rule.meta.id}"`);
      rules.push(rule);
    }
  }
  const cliRules = settings.rule.reduce((into, value) => parseCliRule(value, into), {});
  const resolver = new SettingsResolver(config, rules, settings.strategy, cliRules, validateRuleOptions);

  const inputs = settings.stdin
    ? [{ filePath: resolve(cwd, settings.stdinFilename ?? 'stdin.yaml'), bytes: await readStdin() }]
    : (await findFiles({
        patterns: paths,
        cwd,
        ignoreRoot: config.dir,
        ignorePatterns: settings.ignore ? [...config.ignore, ...settings.ignorePattern] : settings.ignorePattern,
        useIgnoreFiles: settings.ignore,
      })).map((filePath) => ({ filePath }));

  const results: FileResult[] = [];
  const crashes: RuleCrash[] = [];
  for (const input of inputs) {
    const { result, crash } = await lintFile(input, { rules, resolver, ...(settings.lang ? { language: settings.lang } : {}) });
    results.push(settings.quiet ? errorsOnly(result) : result);
    if (crash) crashes.push(crash);
  }

  const formatter = await loadFormatter(settings.format);
  const color = settings.color ?? (settings.outputFile ? false : colourByDefault());
  const output = formatter(results, {
    cwd,
    color,
    hyperlinks: color && process.stdout.isTTY === true && supportsHyperlinks(),
    rules: new Map<string, RuleMeta>(rules.map((rule) => [rule.meta.id, rule.meta])),
  });
  if (settings.outputFile) {
    const target = resolve(cwd, settings.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
    } catch (error) {
      throw new UsageError(`cannot write ${settings.outputFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else if (output) {
    process.stdout.write(output);
  }

  if (crashes.length) {
    for (const crash of crashes) process.stderr.write(`itstrat: ${crash.message}\n`);
    return 2;
  }
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (settings.maxWarnings !== undefined && settings.maxWarnings >= 0 && warnings > settings.maxWarnings) {
    process.stderr.write(`itstrat: ${warnings} warnings, more than --max-warnings ${settings.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, findings: result.findings.filter((finding) => finding.severity === 2), warningCount: 0 };
}

async function loadFormatter(name: string): Promise<Formatter> {
  switch (name) {
    case 'json':
      return (await import('./formatters/json.js')).json;
    default:
      return (await import('./formatters/stylish.js')).stylish;
  }
}

function colourByDefault(): boolean {
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

function supportsHyperlinks(): boolean {
  const env = process.env;
  if (env.FORCE_HYPERLINK) return env.FORCE_HYPERLINK !== '0';
  return Boolean(env.WT_SESSION || env.VTE_VERSION || ['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(env.TERM_PROGRAM ?? ''));
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
