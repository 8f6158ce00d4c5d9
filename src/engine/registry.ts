/**
 * Rules by presence: every module in rules/ is a built-in rule (no hand-kept index), and
 * plugins named in the config add theirs.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { appliesToProblem, type Rule } from './rule-api.js';
import { UsageError } from './errors.js';
import { LANGS } from '../model/model.js';
import { BUILTIN_RULES } from './rules-index.js';
import { docsUrl } from './docs.js';
import { byText } from './render.js';

/** Built-in rules, sorted by id: every module in rules/ (see scripts/gen-indexes.js). */
export async function builtinRules(): Promise<Rule[]> {
  for (const rule of BUILTIN_RULES) rule.meta.docsUrl ??= docsUrl(rule.meta.id);
  return [...BUILTIN_RULES].sort((a, b) => byText(a.meta.id, b.meta.id));
}

/**
 * The URL of a user's module (a plugin, a formatter): a path relative to `fromDir`, or a package
 * resolved from there as Node resolves it.
 */
export function moduleUrl(specifier: string, fromDir: string, what: 'plugin' | 'formatter'): string {
  let url: string;
  try {
    url =
      specifier.startsWith('.') || isAbsolute(specifier) || (what === 'formatter' && /\.[cm]?js$/.test(specifier))
        ? pathToFileURL(resolve(fromDir, specifier)).href
        : pathToFileURL(createRequire(resolve(fromDir, 'noop.js')).resolve(specifier)).href;
  } catch {
    throw new UsageError(`cannot find ${what} "${specifier}" (looked from ${fromDir})`);
  }
  if (url.startsWith('file:') && !existsSync(fileURLToPath(url))) throw new UsageError(`cannot find ${what} "${specifier}": no file ${fileURLToPath(url)}`);
  return url;
}

/**
 * Load the rules a plugin exports: `rules` (array or id → rule), or a default export of either.
 * `file` is where the config's trust check (src/config/trust.ts) found it: this imports it, so
 * runs its code — only `lint` and `report` call it.
 */
export async function pluginRules(specifier: string, file: string): Promise<Rule[]> {
  const url = pathToFileURL(file).href;
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`cannot load plugin "${specifier}": ${firstLine(error)}`);
  }
  const exported = (module.rules ?? (module.default as Record<string, unknown> | undefined)?.rules ?? module.default) as unknown;
  const list = Array.isArray(exported) ? exported : exported && typeof exported === 'object' ? Object.values(exported) : [];
  if (!list.length) throw new UsageError(`plugin "${specifier}" exports no rules (expected \`export const rules = [...]\`)`);
  return list.map((rule) => checkRuleShape(rule, specifier));
}

function checkRuleShape(rule: unknown, specifier: string): Rule {
  const candidate = rule as Partial<Rule> | undefined;
  const meta = candidate?.meta;
  if (!meta || typeof meta.id !== 'string' || typeof candidate.check !== 'function') {
    throw new UsageError(`plugin "${specifier}" exports a rule without meta.id or check()`);
  }
  if (!meta.messages?.en) throw new UsageError(`plugin rule "${meta.id}" has no English messages (meta.messages.en)`);
  for (const lang of LANGS) meta.messages[lang] ??= meta.messages.en;
  meta.clauses ??= [];
  meta.severity ??= 'error';
  meta.description ??= meta.id;
  const problem = appliesToProblem(meta);
  if (problem) throw new UsageError(`plugin rule "${meta.id}": ${problem}`);
  return candidate as Rule;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
