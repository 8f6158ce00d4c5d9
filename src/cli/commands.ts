/** `itstrat rules`, `itstrat explain <rule>` and `itstrat schema`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareRun } from './prepare-run.js';
import type { Rule } from '../engine/rule-api.js';
import { clauseCatalogue, isStrategy } from '../lexicon/clauses.js';
import { presetRules } from '../config/presets.js';
import { UsageError } from '../engine/errors.js';
import type { Lang } from '../model/model.js';
import { rootUrl } from '../lexicon/package-root.js';
import { configScaffold, scaffold, type InitOptions } from './init.js';

/** The rules a lint run in this folder would know: built-in, and the config's plugins. */
async function knownRules(config: string | undefined): Promise<Rule[]> {
  return (await prepareRun({ cwd: process.cwd(), strategy: [], rule: [], ...(config ? { config } : {}) })).rules;
}

export async function listRules(options: { strategy?: string; format: string; config?: string }): Promise<string> {
  if (options.strategy && !isStrategy(options.strategy)) throw new UsageError(`unknown strategy "${options.strategy}"`);
  if (!['text', 'json'].includes(options.format)) throw new UsageError(`unknown format "${options.format}" for rules (text or json)`);
  const rules = await knownRules(options.config);
  const preset = options.strategy ? presetRules(options.strategy, rules) : undefined;
  const rows = rules
    .filter((rule) => !preset || preset.has(rule.meta.id))
    .map((rule) => ({
      id: rule.meta.id,
      severity: preset ? (preset.get(rule.meta.id) === 2 ? 'error' : 'warn') : rule.meta.severity,
      clauses: rule.meta.clauses,
      description: rule.meta.description,
      docsUrl: rule.meta.docsUrl,
      ...(rule.meta.fixable ? { fixable: rule.meta.fixable } : {}),
    }));
  if (options.format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const width = Math.max(...rows.map((row) => row.id.length));
  return `${rows.map((row) => `${row.id.padEnd(width)}  ${row.severity.padEnd(5)}  ${row.description}${row.clauses.length ? `  [${row.clauses.join(', ')}]` : ''}`).join('\n')}\n`;
}

export async function explainRule(ruleId: string, lang: Lang, config?: string): Promise<string> {
  const rules = await knownRules(config);
  const rule = rules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) throw new UsageError(`unknown rule "${ruleId}" (see \`itstrat rules\`)`);
  const { clauses, strategies } = clauseCatalogue();
  const lines = [
    `${rule.meta.id} — ${rule.meta.description}`,
    '',
    `Default severity: ${rule.meta.severity}`,
    ...(rule.meta.docsUrl ? [`Docs: ${rule.meta.docsUrl}`] : []),
    '',
  ];
  for (const id of rule.meta.clauses) {
    const clause = clauses[id];
    if (!clause) continue;
    lines.push(`${id} — ${clause.title[lang]} (${strategies[clause.strategy].name}, p. ${clause.page}, ${clause.modal})`);
    lines.push(`  «${clause.quote}»`, `  “${clause.quoteEn}”`, '');
  }
  const doc = rootUrl(`rules/${ruleId}.md`);
  if (existsSync(doc)) lines.push(readFileSync(doc, 'utf8').trim(), '');
  return lines.join('\n');
}

export function printSchema(strategy: string | undefined): string {
  if (strategy !== undefined && !isStrategy(strategy)) throw new UsageError(`unknown strategy "${strategy}"`);
  const file = rootUrl(strategy ? `schemas/strategies/${strategy}.schema.json` : 'schemas/proposal.schema.json');
  if (!existsSync(file)) throw new UsageError(`no schema for strategy "${strategy}" yet`);
  return `${readFileSync(file, 'utf8').trimEnd()}\n`;
}

/** Writes the scaffold and returns what to print: the scaffold itself for "-", else a note. */
export function writeScaffold(file: string | undefined, options: InitOptions & { force?: boolean; writeConfig?: boolean }): string {
  const text = options.writeConfig ? configScaffold(options.strategy) : scaffold(options);
  if (file === '-') return text;
  if (options.writeConfig) file ??= '.itstratrc.yaml';
  const target = resolve(file ?? `proposal.${options.format}`);
  if (existsSync(target) && !options.force) throw new UsageError(`${target} exists; use --force to overwrite it`);
  try {
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (options.writeConfig) return `Wrote ${target}. Run: itstrat lint (every proposal in its files scope)\n`;
  return `Wrote ${target}. Fill it in, then run: itstrat lint ${file ?? `proposal.${options.format}`}\n`;
}
