/** `itstrat rules`, `itstrat explain <rule>` and `itstrat schema`. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTrustedConfig } from './prepare-run.js';
import { builtinRules } from '../engine/registry.js';
import { declaredRules, type DeclaredMeta } from '../config/plugin-meta.js';
import { visible } from '../formatters/safe-text.js';
import { clauseCatalogue, isStrategy } from '../lexicon/clauses.js';
import { presetRules } from '../config/presets.js';
import { UsageError } from '../engine/errors.js';
import type { Lang } from '../model/model.js';
import { rootUrl } from '../lexicon/package-root.js';
import { scaffold, type InitOptions } from './init.js';

/**
 * The rules `rules` and `explain` show — and they never run plugin code (SECURITY.md): the
 * built-in rules, and for each plugin the config names (located and checked against the trust
 * root like a lint run's, but not imported) the rules its package.json declares. A plugin that
 * declares none is listed by name in `undeclared`.
 */
async function ruleCatalogue(config: string | undefined, plugins: boolean | undefined): Promise<{ rules: DeclaredMeta[]; undeclared: string[] }> {
  const trusted = await loadTrustedConfig({ cwd: process.cwd(), ...(config ? { config } : {}), ...(plugins === false ? { plugins } : {}) });
  const rules: DeclaredMeta[] = (await builtinRules()).map((rule) => rule.meta);
  const undeclared: string[] = [];
  for (const plugin of trusted.plugins) {
    const declared = declaredRules(plugin);
    if (!declared) undeclared.push(plugin.specifier);
    for (const meta of declared ?? []) if (!rules.some((known) => known.id === meta.id)) rules.push(meta);
  }
  return { rules, undeclared };
}

/** The line that says which plugins' rules are not shown, and why. */
function undeclaredNote(undeclared: readonly string[]): string {
  return `Not listed: the rules of ${undeclared.map((plugin) => visible(JSON.stringify(plugin))).join(', ')} — \`itstrat rules\` never runs plugin code; a plugin lists its rules in "itstrat": { "rules": [...] } of its package.json.\n`;
}

export async function listRules(options: { strategy?: string; format: string; config?: string; plugins?: boolean }): Promise<string> {
  if (options.strategy && !isStrategy(options.strategy)) throw new UsageError(`unknown strategy "${options.strategy}"`);
  if (!['text', 'json'].includes(options.format)) throw new UsageError(`unknown format "${options.format}" for rules (text or json)`);
  const { rules, undeclared } = await ruleCatalogue(options.config, options.plugins);
  const preset = options.strategy
    ? presetRules(
        options.strategy,
        rules.map((meta) => ({ meta })),
      )
    : undefined;
  const rows = rules
    .filter((meta) => !preset || preset.has(meta.id))
    .map((meta) => ({
      id: meta.id,
      severity: preset ? (preset.get(meta.id) === 2 ? 'error' : 'warn') : meta.severity,
      clauses: meta.clauses,
      description: meta.description,
      docsUrl: meta.docsUrl,
    }));
  if (options.format === 'json') {
    // The JSON stays a list of rules; the note goes where a person reads it.
    if (undeclared.length) process.stderr.write(`itstrat: ${undeclaredNote(undeclared)}`);
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const width = Math.max(...rows.map((row) => visible(row.id).length));
  const lines = rows.map(
    (row) =>
      `${visible(row.id).padEnd(width)}  ${row.severity.padEnd(5)}  ${visible(row.description)}${row.clauses.length ? `  [${visible(row.clauses.join(', '))}]` : ''}`,
  );
  return `${lines.join('\n')}\n${undeclared.length ? `\n${undeclaredNote(undeclared)}` : ''}`;
}

export async function explainRule(ruleId: string, lang: Lang, config?: string, plugins?: boolean): Promise<string> {
  const { rules, undeclared } = await ruleCatalogue(config, plugins);
  const rule = rules.find((candidate) => candidate.id === ruleId);
  if (!rule) {
    const note = undeclared.length
      ? `; the config's plugins ${undeclared.map((plugin) => JSON.stringify(plugin)).join(', ')} declare no rules in their package.json, and \`explain\` never runs plugin code`
      : '';
    throw new UsageError(`unknown rule ${JSON.stringify(ruleId)} (see \`itstrat rules\`)${note}`);
  }
  const { clauses, strategies } = clauseCatalogue();
  const lines = [
    `${visible(rule.id)} — ${visible(rule.description)}`,
    '',
    `Default severity: ${rule.severity}`,
    ...(rule.docsUrl ? [`Docs: ${visible(rule.docsUrl)}`] : []),
    '',
  ];
  for (const id of rule.clauses) {
    const clause = clauses[id];
    if (!clause) continue;
    lines.push(`${id} — ${clause.title[lang]} (${strategies[clause.strategy].name}, p. ${clause.page}, ${clause.modal})`);
    lines.push(`  «${clause.quote}»`, `  “${clause.quoteEn}”`, '');
  }
  // Only a built-in rule's own page: a plugin rule's id could name any file.
  const doc = rootUrl(`rules/${ruleId}.md`);
  const builtin = (await builtinRules()).some((candidate) => candidate.meta.id === ruleId);
  if (builtin && existsSync(doc)) lines.push(readFileSync(doc, 'utf8').trim(), '');
  return lines.join('\n');
}

export function printSchema(strategy: string | undefined): string {
  if (strategy !== undefined && !isStrategy(strategy)) throw new UsageError(`unknown strategy "${strategy}"`);
  const file = rootUrl(strategy ? `schemas/strategies/${strategy}.schema.json` : 'schemas/proposal.schema.json');
  if (!existsSync(file)) throw new UsageError(`no schema for strategy "${strategy}" yet`);
  return `${readFileSync(file, 'utf8').trimEnd()}\n`;
}

/** Writes the scaffold and returns what to print: the scaffold itself for "-", else a note. */
export function writeScaffold(file: string | undefined, options: InitOptions & { force?: boolean }): string {
  const text = scaffold(options);
  if (file === '-') return text;
  const target = resolve(file ?? `proposal.${options.format}`);
  if (existsSync(target) && !options.force) throw new UsageError(`${target} exists; use --force to overwrite it`);
  try {
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return `Wrote ${target}. Fill it in, then run: itstrat lint ${file ?? `proposal.${options.format}`}\n`;
}
