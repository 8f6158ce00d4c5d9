/**
 * Configuration (SPEC §3): discovery upward from the working directory, `extends` of presets
 * and files, `rules` with severities and options, `overrides` by glob, `ignore`, `plugins`,
 * `language`. Every fault is a UsageError naming the file and place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { dirname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import picomatch from 'picomatch';
import type { Lang } from './model.js';
import type { Rule } from './rule-api.js';
import { UsageError } from './errors.js';
import { presetName, presetRules, type RuleSeverity } from './presets.js';
import { isStrategy } from './clauses.js';
import { loadValidator } from './validators.js';

export const CONFIG_NAMES = ['.itstratrc.yaml', '.itstratrc.yml', '.itstratrc.json', 'itstrat.config.yaml'];

type SeverityInput = 'off' | 'warn' | 'error' | 0 | 1 | 2;
type RuleEntry = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

interface Layer {
  extends: string[];
  rules: Record<string, RuleEntry>;
  language?: Lang;
  /** Where `rules` came from, for messages. */
  source: string;
}

interface RawConfig {
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  language?: Lang;
  ignore?: string[];
  plugins?: string[];
  overrides?: { files: string | string[]; extends?: string | string[]; rules?: Record<string, RuleEntry>; language?: Lang }[];
}

export interface LoadedConfig {
  path?: string;
  /** Directory globs in `ignore` and `overrides` are relative to. */
  dir: string;
  layers: Layer[];
  ignore: string[];
  plugins: string[];
  overrides: { match: (file: string) => boolean; layer: Layer; files: string[] }[];
  language?: Lang;
}

export interface RuleSetting {
  severity: RuleSeverity;
  options: Record<string, unknown>;
}

export interface FileSettings {
  rules: Map<string, RuleSetting>;
  strategies: Set<string>;
  language?: Lang;
}

export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function loadConfig(path: string | undefined, cwd: string): Promise<LoadedConfig> {
  if (!path) return { dir: cwd, layers: [{ extends: ['recommended'], rules: {}, source: 'default' }], ignore: [], plugins: [], overrides: [] };
  const validate = await loadValidator('config');
  const layers: Layer[] = [];
  const seen = new Set<string>();
  const root = readConfigFile(path, validate);
  const dir = dirname(path);
  const flatten = (file: string, raw: RawConfig): void => {
    if (seen.has(file)) throw new UsageError(`config ${file} extends itself in a cycle`);
    seen.add(file);
    const presets: string[] = [];
    for (const reference of toList(raw.extends)) {
      if (presetName(reference)) presets.push(presetName(reference)!);
      else if (reference.startsWith('itstrat:')) throw new UsageError(`unknown preset "${reference}" in ${file}`);
      else {
        const target = resolve(dirname(file), reference);
        if (!existsSync(target)) throw new UsageError(`config ${file} extends "${reference}", which does not exist`);
        flatten(target, readConfigFile(target, validate));
      }
    }
    layers.push({ extends: presets, rules: raw.rules ?? {}, source: file, ...(raw.language ? { language: raw.language } : {}) });
  };
  flatten(path, root);
  const overrides = (root.overrides ?? []).map((override, index) => {
    const files = toList(override.files);
    const presets = toList(override.extends).map((reference) => {
      const name = presetName(reference);
      if (!name) throw new UsageError(`overrides[${index}] in ${path}: unknown preset "${reference}" (overrides extend presets only)`);
      return name;
    });
    return {
      files,
      match: picomatch(files, { dot: true }),
      layer: { extends: presets, rules: override.rules ?? {}, source: `${path} overrides[${index}]`, ...(override.language ? { language: override.language } : {}) },
    };
  });
  const language = [...layers].reverse().find((layer) => layer.language)?.language;
  return { path, dir, layers, ignore: root.ignore ?? [], plugins: root.plugins ?? [], overrides, ...(language ? { language } : {}) };
}

function readConfigFile(path: string, validate: Awaited<ReturnType<typeof loadValidator>>): RawConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (text.includes('\ufffd') && !isUtf8(readFileSync(path))) throw new UsageError(`invalid config ${path}: not UTF-8 text`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const fault = doc.errors[0];
  if (fault) {
    const at = lineCounter.linePos(fault.pos[0]);
    throw new UsageError(`invalid config ${path}:${at.line}:${at.col}: ${fault.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new UsageError(`invalid config ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!validate(data)) {
    const error = validate.errors![0]!;
    const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the top level';
    const detail = error.keyword === 'additionalProperties' ? `unknown key "${String(error.params.additionalProperty)}"` : error.message;
    const node = doc.getIn(error.instancePath.split('/').slice(1), true) as { range?: [number, number] } | undefined;
    const at = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    throw new UsageError(`invalid config ${path}${at ? `:${at.line}:${at.col}` : ''}: ${where}: ${detail}`);
  }
  return data as RawConfig;
}

function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

const SEVERITY: Record<string, RuleSeverity> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

export function parseSeverity(value: SeverityInput): RuleSeverity {
  return SEVERITY[String(value)]!;
}

/**
 * Settings for one file, applied in order: the config's presets, the strategy presets the
 * file or `--strategy` asks for, the config's `rules`, matching `overrides`, then `--rule`.
 */
export class SettingsResolver {
  private readonly cache = new Map<string, FileSettings>();
  private readonly byId: Map<string, Rule>;

  constructor(
    private readonly config: LoadedConfig,
    private readonly rules: readonly Rule[],
    private readonly extraStrategies: readonly string[],
    private readonly cliRules: Record<string, RuleEntry>,
    private readonly optionValidator: (rule: Rule, options: Record<string, unknown>, source: string) => void,
  ) {
    this.byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
    for (const layer of [...config.layers, ...config.overrides.map((override) => override.layer)]) this.checkRules(layer.rules, layer.source);
    this.checkRules(cliRules, '--rule');
  }

  private checkRules(rules: Record<string, RuleEntry>, source: string): void {
    for (const [id, entry] of Object.entries(rules)) {
      const rule = this.byId.get(id);
      if (!rule) throw new UsageError(`unknown rule "${id}" in ${source} (see \`itstrat rules\`)`);
      const options = Array.isArray(entry) ? entry[1] : undefined;
      if (options) this.optionValidator(rule, options, source);
    }
  }

  forFile(filePath: string, fileStrategy: string | undefined): FileSettings {
    const relativePath = relative(this.config.dir, filePath).split('\\').join('/');
    const overrides = this.config.overrides.filter((override) => override.match(relativePath));
    const strategies = [...this.extraStrategies, ...(fileStrategy && isStrategy(fileStrategy) ? [fileStrategy] : [])];
    const key = `${overrides.map((override) => this.config.overrides.indexOf(override)).join(',')}|${strategies.join(',')}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const settings: FileSettings = { rules: new Map(), strategies: new Set() };
    const applyPreset = (name: string): void => {
      if (isStrategy(name)) settings.strategies.add(name);
      for (const [id, severity] of presetRules(name, this.rules)) {
        const previous = settings.rules.get(id);
        settings.rules.set(id, { severity: Math.max(severity, previous?.severity ?? 0) as RuleSeverity, options: previous?.options ?? this.defaults(id) });
      }
    };
    const applyRules = (rules: Record<string, RuleEntry>): void => {
      for (const [id, entry] of Object.entries(rules)) {
        const [severity, options] = Array.isArray(entry) ? entry : [entry];
        settings.rules.set(id, { severity: parseSeverity(severity), options: { ...this.defaults(id), ...(options ?? settings.rules.get(id)?.options ?? {}) } });
      }
    };
    for (const layer of this.config.layers) layer.extends.forEach(applyPreset);
    strategies.forEach(applyPreset);
    for (const layer of this.config.layers) applyRules(layer.rules);
    for (const override of overrides) {
      override.layer.extends.forEach(applyPreset);
      applyRules(override.layer.rules);
      if (override.layer.language) settings.language = override.layer.language;
    }
    applyRules(this.cliRules);
    settings.language ??= this.config.language;
    this.cache.set(key, settings);
    return settings;
  }

  private defaults(id: string): Record<string, unknown> {
    return { ...(this.byId.get(id)?.meta.defaultOptions ?? {}) };
  }
}

/** `--rule id:severity` or `--rule 'id:["warn",{…}]'`. */
export function parseCliRule(value: string, into: Record<string, RuleEntry>): Record<string, RuleEntry> {
  const colon = value.indexOf(':');
  if (colon <= 0) throw new UsageError(`--rule "${value}" must be rule-id:severity (off, warn or error)`);
  const id = value.slice(0, colon).trim();
  const setting = value.slice(colon + 1).trim();
  if (setting.startsWith('[')) {
    try {
      into[id] = JSON.parse(setting) as RuleEntry;
    } catch {
      throw new UsageError(`--rule "${value}": the setting is not valid JSON`);
    }
  } else if (setting in SEVERITY) {
    into[id] = setting as SeverityInput;
  } else {
    throw new UsageError(`--rule "${value}": severity must be off, warn or error`);
  }
  return into;
}
