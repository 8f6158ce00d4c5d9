/**
 * Configuration (SPEC §3): discovery upward from the working directory, `extends` of presets
 * and files, `rules` with severities and options, `overrides` by glob, `ignore`, `plugins`,
 * `language`. Every fault is a UsageError naming the file and place.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import picomatch from 'picomatch';
import type { Lang } from '../model/model.js';
import type { Rule } from '../engine/rule-api.js';
import { UsageError } from '../engine/errors.js';
import { presetName, presetNames, presetRules, type RuleSeverity } from './presets.js';
import { rootUrl } from '../lexicon/package-root.js';
import { isStrategy } from '../lexicon/clauses.js';
import { loadValidator, type SchemaError } from '../engine/validators.js';
import { isInside, projectRoot } from './trust.js';

export const CONFIG_NAMES = ['.itstratrc.yaml', '.itstratrc.yml', '.itstratrc.json', 'itstrat.config.yaml'];

type SeverityInput = 'off' | 'warn' | 'error' | 0 | 1 | 2;
type RuleEntry = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

/** A place in a config file: its key path ("overrides", 0, "rules", "schema"). */
export type KeyPath = (string | number)[];

/** `file:line:col` of a key path's value (or, with `key`, of its key) in one config file. */
export type Locator = (path: KeyPath, key?: boolean) => string;

interface Layer {
  extends: string[];
  rules: Record<string, RuleEntry>;
  language?: Lang;
  /** Where `rules` came from, for messages. */
  source: string;
  /** Where the layer's keys are, and the key path of its `rules`. */
  locate: Locator;
  rulesPath: KeyPath;
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
  overrides: { match: (file: string) => boolean; layer: Layer; files: string[]; index: number }[];
  language?: Lang;
  /** Where keys are in the config file itself. */
  locate?: Locator;
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
  if (!path)
    return {
      dir: cwd,
      layers: [{ extends: ['recommended'], rules: {}, source: 'default', locate: () => 'the default configuration', rulesPath: ['rules'] }],
      ignore: [],
      plugins: [],
      overrides: [],
    };
  const validate = await loadValidator('config');
  const layers: Layer[] = [];
  /** Files already applied: a file two others extend (a diamond) counts once, at its first place. */
  const applied = new Set<string>();
  const root = readConfigFile(path, validate);
  const dir = dirname(path);
  // A config extends files of its own project only: a path elsewhere could make a hostile config read any file as one (SECURITY.md).
  const project = projectRoot(dir, "the config's folder");
  const flatten = (file: string, config: ConfigFile, chain: string[]): void => {
    const raw = config.raw;
    const presets: string[] = [];
    toList(raw.extends).forEach((reference, index) => {
      const at: KeyPath = Array.isArray(raw.extends) ? ['extends', index] : ['extends'];
      if (presetName(reference)) {
        presets.push(presetName(reference)!);
        return;
      }
      if (reference.startsWith('itstrat:') || !/[\\/.]/.test(reference)) {
        throw configError(config.locate(at), at, `unknown preset ${JSON.stringify(reference)}; allowed: ${presetList()} or a path to a config file`);
      }
      const target = resolve(dirname(file), reference);
      const identity = realOrSelf(target);
      const cycle = chain.indexOf(identity);
      if (cycle >= 0) {
        const names = [...chain.slice(cycle), identity].map((item) => relative(dir, item) || basename(item));
        throw configError(
          config.locate(at),
          at,
          `${JSON.stringify(reference)} makes a cycle: ${names.join(' → ')}; allowed: extends without a cycle (a file may be extended by several others, as in a diamond, but never by itself)`,
        );
      }
      if (applied.has(identity)) return;
      if (existsSync(target) && !isInside(identity, project.dir))
        throw configError(
          config.locate(at),
          at,
          `${JSON.stringify(reference)} is outside the project root ${project.dir} (${project.kind}); allowed: ${presetList()} or a path to a config file inside the project`,
        );
      if (!existsSync(target))
        throw configError(
          config.locate(at),
          at,
          `${JSON.stringify(reference)} does not exist (${target}); allowed: ${presetList()} or a path to a config file`,
        );
      flatten(target, readConfigFile(target, validate), [...chain, identity]);
    });
    applied.add(realOrSelf(file));
    layers.push({
      extends: presets,
      rules: raw.rules ?? {},
      source: file,
      locate: config.locate,
      rulesPath: ['rules'],
      ...(raw.language ? { language: raw.language } : {}),
    });
  };
  flatten(path, root, [realOrSelf(path)]);
  const overrides = (root.raw.overrides ?? []).map((override, index) => {
    const files = toList(override.files);
    const presets = toList(override.extends).map((reference, item) => {
      const name = presetName(reference);
      const at: KeyPath = Array.isArray(override.extends) ? ['overrides', index, 'extends', item] : ['overrides', index, 'extends'];
      if (!name)
        throw configError(root.locate(at), at, `unknown preset ${JSON.stringify(reference)}; allowed: ${presetList()} (an override extends presets only)`);
      return name;
    });
    return {
      files,
      index,
      match: picomatch(files, { dot: true }),
      layer: {
        extends: presets,
        rules: override.rules ?? {},
        source: `${path} overrides[${index}]`,
        locate: root.locate,
        rulesPath: ['overrides', index, 'rules'],
        ...(override.language ? { language: override.language } : {}),
      },
    };
  });
  const language = [...layers].reverse().find((layer) => layer.language)?.language;
  return {
    path,
    dir,
    layers,
    ignore: root.raw.ignore ?? [],
    plugins: root.raw.plugins ?? [],
    overrides,
    locate: root.locate,
    ...(language ? { language } : {}),
  };
}

function presetList(): string {
  return presetNames()
    .map((name) => `itstrat:${name}`)
    .join(', ');
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** "overrides[0].rules.local/x" */
export function keyPathText(path: KeyPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '') || 'the top level';
}

/** One line: the file and place, the key path, what is wrong (the bad value), what is allowed. */
function configError(where: string, path: KeyPath, detail: string): UsageError {
  return new UsageError(`invalid config ${where}: ${keyPathText(path)}: ${detail}`);
}

/** A value as the message shows it: JSON, cut short. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

interface ConfigFile {
  raw: RawConfig;
  locate: Locator;
}

function readConfigFile(path: string, validate: Awaited<ReturnType<typeof loadValidator>>): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (text.includes('\ufffd') && !isUtf8(readFileSync(path))) throw new UsageError(`invalid config ${path}: not UTF-8 text`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { lineCounter, prettyErrors: false });
  const fault = doc.errors[0];
  if (fault) {
    const at = lineCounter.linePos(fault.pos[0]);
    throw new UsageError(`invalid config ${path}:${at.line}:${at.col}: ${fault.message.split('\n')[0]}`);
  }
  const locate: Locator = (keyPath, key = false) => {
    let node: unknown = doc.contents;
    let range: [number, number] | undefined = (node as { range?: [number, number] } | null)?.range;
    for (const [index, part] of keyPath.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
        if (!pair) break;
        const keyRange = (pair.key as { range?: [number, number] }).range;
        node = pair.value;
        range = (key && index === keyPath.length - 1 ? keyRange : ((node as { range?: [number, number] } | null)?.range ?? keyRange)) ?? range;
      } else if (isSeq(node) && typeof part === 'number' && node.items[part] !== undefined) {
        node = node.items[part];
        range = (node as { range?: [number, number] } | null)?.range ?? range;
      } else {
        break;
      }
    }
    if (!range) return path;
    const at = lineCounter.linePos(range[0]);
    return `${path}:${at.line}:${at.col}`;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new UsageError(`invalid config ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!validate(data)) {
    const { keyPath, key, detail } = explainSchemaErrors(validate.errors ?? [], data);
    throw configError(locate(keyPath, key), keyPath, detail);
  }
  return { raw: data as RawConfig, locate };
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'nothing',
};

function decodePointer(pointer: string): KeyPath {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part, index, parts) => (/^\d+$/.test(part) && index > 0 && parts[index - 1] !== 'rules' ? Number(part) : part));
}

function valueAt(data: unknown, path: KeyPath): unknown {
  let value = data;
  for (const part of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}

/** The keys a schema allows where `additionalProperties` failed. */
function allowedKeys(schemaPath: string): string[] {
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let node: unknown = CONFIG_SCHEMA();
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
  return Object.keys((node as { properties?: object } | undefined)?.properties ?? {});
}

let configSchema: object | undefined;
function CONFIG_SCHEMA(): object {
  configSchema ??= JSON.parse(readFileSync(rootUrl('schemas/config.schema.json'), 'utf8')) as object;
  return configSchema;
}

/**
 * The most precise of the schema's complaints, as key path, bad value and allowed values:
 * the deepest place any error points at, and what the schema allows there.
 */
function explainSchemaErrors(errors: SchemaError[], data: unknown): { keyPath: KeyPath; key: boolean; detail: string } {
  const deepest = Math.max(...errors.map((error) => decodePointer(error.instancePath).length));
  const here = errors.filter((error) => decodePointer(error.instancePath).length === deepest && error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const keyPath = decodePointer(here[0]?.instancePath ?? '');
  const unknown = here.find((error) => error.keyword === 'additionalProperties');
  if (unknown) {
    const name = String(unknown.params.additionalProperty);
    return {
      keyPath: [...keyPath, name],
      key: true,
      detail: `unknown key ${JSON.stringify(name)}; allowed: ${allowedKeys(unknown.schemaPath ?? '').join(', ')}`,
    };
  }
  const required = here.find((error) => error.keyword === 'required');
  if (required) return { keyPath, key: false, detail: `the key ${JSON.stringify(String(required.params.missingProperty))} is missing; it is required` };
  const value = valueAt(data, keyPath);
  const isEntry = keyPath.length >= 2 && keyPath[keyPath.length - 2] === 'rules';
  const allowed: string[] = [];
  for (const error of here) {
    if (error.keyword === 'enum') allowed.push(...(error.params.allowedValues as unknown[]).map((item) => String(item)));
    if (error.keyword === 'type' && error.params.type !== 'array') allowed.push(TYPE_WORDS[String(error.params.type)] ?? String(error.params.type));
  }
  // A list is allowed wherever the schema complains about a list's length or a list was the wanted type.
  const limits = here.filter((error) => error.keyword === 'minItems' || error.keyword === 'maxItems');
  if (isEntry) allowed.push('a list [severity, {options}]');
  else if (limits.length)
    allowed.push(
      `a list of ${limits.map((error) => `${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(error.params.limit)}`).join(' and ')} ${limits.some((error) => error.params.limit !== 1) ? 'items' : 'item'}`,
    );
  else if (here.some((error) => error.keyword === 'type' && error.params.type === 'array')) allowed.push('a list');
  const other = here.find((error) => !['enum', 'type'].includes(error.keyword));
  const onlyTypes = here.every((error) => error.keyword === 'type');
  const problem = other
    ? `${shown(value)} ${(other.message ?? 'is not allowed').replace(/^must NOT/, 'must not')}`
    : onlyTypes
      ? `${shown(value)} is of the wrong type`
      : `${shown(value)} is not allowed`;
  const allowedText = [...new Set(allowed)].join(', ');
  return { keyPath, key: false, detail: `${problem}${allowedText ? `; allowed: ${allowedText}` : ''}` };
}

function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

// A Map: a severity is written by the user, and `--rule x:constructor` must not find Object's.
const SEVERITY = new Map<string, RuleSeverity>([
  ['off', 0],
  ['warn', 1],
  ['error', 2],
  ['0', 0],
  ['1', 1],
  ['2', 2],
]);

export function parseSeverity(value: SeverityInput): RuleSeverity {
  return SEVERITY.get(String(value))!;
}

/**
 * Settings for one file (README, "Precedence"). Presets — the config's `extends` (files it
 * extends first), the strategy presets of the file's `strategy:` field and of `--strategy`,
 * a matching override's `extends` — only switch rules on, the graver severity winning where two
 * presets enable one rule. Explicit entries — the config's `rules` (files it extends first),
 * then matching overrides' `rules` in order, then `--rule` — set a rule's severity and options,
 * `off` included, the later winning. An explicit entry always beats a preset, whichever comes
 * later: a rule `rules` sets (to off, warn or error) is changed only by a later explicit entry,
 * never by a preset — so an override's `extends: [itstrat:stockholm]` does not switch back on
 * what `rules` switched off; the override's own `rules` can.
 */
export class SettingsResolver {
  private readonly cache = new Map<string, FileSettings>();
  private readonly byId: Map<string, Rule>;
  private readonly realDirs = new Map<string, string>();
  private readonly configDirs: string[];
  /** Rules the config sets that no loaded rule has, while its plugins were not loaded: not run. */
  private readonly notRun = new Set<string>();

  constructor(
    private readonly config: LoadedConfig,
    private readonly rules: readonly Rule[],
    private readonly extraStrategies: readonly string[],
    private readonly cliRules: Record<string, RuleEntry>,
    private readonly optionValidator: (rule: Rule, options: Record<string, unknown>, source: string) => void,
    /** The config's plugins that were not loaded (`--no-plugins`): their rules are unknown here, not wrong. */
    private readonly skippedPlugins: readonly string[] = [],
  ) {
    this.byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
    for (const layer of [...config.layers, ...config.overrides.map((override) => override.layer)]) this.checkRules(layer.rules, layer);
    this.checkRules(cliRules, undefined);
    this.configDirs = [...new Set([config.dir, this.realDir(config.dir)])];
  }

  private checkRules(rules: Record<string, RuleEntry>, layer: Layer | undefined): void {
    for (const [id, entry] of Object.entries(rules)) {
      const rule = this.byId.get(id);
      const path = layer ? [...layer.rulesPath, id] : [];
      const where = layer ? `${layer.locate(path, true)} at ${keyPathText(path)}` : '--rule';
      if (!rule && layer && this.skippedPlugins.length) {
        this.notRun.add(id);
        continue;
      }
      if (!rule) {
        const near = closest(id, [...this.byId.keys()]);
        throw new UsageError(
          `unknown rule ${JSON.stringify(id)} in ${where}; allowed: one of the ${this.byId.size} rules \`itstrat rules\` lists${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}`,
        );
      }
      const options = Array.isArray(entry) ? entry[1] : undefined;
      if (options) this.optionValidator(rule, options, layer ? `${layer.locate([...path, 1])} at ${keyPathText([...path, 1])}` : '--rule');
    }
  }

  /** The directory with symbolic links resolved (cached): a config reached through a link still matches. */
  private realDir(dir: string): string {
    let real = this.realDirs.get(dir);
    if (real === undefined) {
      try {
        real = realpathSync(dir);
      } catch {
        real = dir;
      }
      this.realDirs.set(dir, real);
    }
    return real;
  }

  /**
   * The file's paths relative to the config file's directory, which override globs are
   * matched against — as given, and with symbolic links of the directories resolved.
   */
  private relativePaths(filePath: string): string[] {
    const paths = new Set<string>();
    const realFile = join(this.realDir(dirname(filePath)), basename(filePath));
    for (const dir of this.configDirs) {
      for (const file of [filePath, realFile]) paths.add(relative(dir, file).split('\\').join('/'));
    }
    return [...paths];
  }

  /** Overrides whose `files` match the file. */
  matchingOverrides(filePath: string): LoadedConfig['overrides'] {
    if (!this.config.overrides.length) return [];
    const paths = this.relativePaths(filePath);
    return this.config.overrides.filter((override) => paths.some((path) => override.match(path)));
  }

  forFile(filePath: string, fileStrategy: string | undefined): FileSettings {
    const overrides = this.matchingOverrides(filePath);
    const strategies = [...this.extraStrategies, ...(fileStrategy && isStrategy(fileStrategy) ? [fileStrategy] : [])];
    const key = `${overrides.map((override) => override.index).join(',')}|${strategies.join(',')}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const settings: FileSettings = { rules: new Map(), strategies: new Set() };
    /** Rules an explicit entry has set: no preset changes them after that. */
    const explicit = new Set<string>();
    const applyPreset = (name: string): void => {
      if (isStrategy(name)) settings.strategies.add(name);
      for (const [id, severity] of presetRules(name, this.rules)) {
        if (explicit.has(id)) continue;
        const previous = settings.rules.get(id);
        settings.rules.set(id, { severity: Math.max(severity, previous?.severity ?? 0) as RuleSeverity, options: previous?.options ?? this.defaults(id) });
      }
    };
    const applyRules = (rules: Record<string, RuleEntry>): void => {
      for (const [id, entry] of Object.entries(rules)) {
        if (this.notRun.has(id)) continue;
        const [severity, options] = Array.isArray(entry) ? entry : [entry];
        settings.rules.set(id, { severity: parseSeverity(severity), options: { ...this.defaults(id), ...(options ?? settings.rules.get(id)?.options ?? {}) } });
        explicit.add(id);
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

  /**
   * Overrides whose globs match none of the files linted: a warning line for stderr (globs are
   * relative to the config file's directory, so a config elsewhere easily matches nothing).
   */
  unmatchedOverridesWarning(filePaths: readonly string[]): string | undefined {
    if (!this.config.overrides.length || !filePaths.length) return undefined;
    const used = new Set<number>();
    for (const filePath of filePaths) {
      for (const override of this.matchingOverrides(filePath)) used.add(override.index);
      if (used.size === this.config.overrides.length) return undefined;
    }
    const unused = this.config.overrides.filter((override) => !used.has(override.index));
    const list = unused.map((override) => `overrides[${override.index}] (files ${override.files.map((glob) => JSON.stringify(glob)).join(', ')})`).join(', ');
    const count = `${filePaths.length} linted ${filePaths.length === 1 ? 'file' : 'files'}`;
    return `itstrat: warning: ${list} in ${this.config.path} ${unused.length === 1 ? 'matches' : 'match'} none of the ${count}; override globs are relative to ${this.config.dir}\n`;
  }

  /** One warning line for stderr: the rules the config sets that will not run because its plugins were not loaded. */
  skippedRulesWarning(): string | undefined {
    if (!this.skippedPlugins.length) return undefined;
    const plugins = this.skippedPlugins.map((plugin) => JSON.stringify(plugin)).join(', ');
    const rules = [...this.notRun].sort();
    const what = rules.length ? `; the rules it sets from them do not run: ${rules.join(', ')}` : '';
    return `itstrat: warning: plugins are off (--no-plugins or ITSTRAT_NO_PLUGINS=1): not loaded ${plugins} from ${this.config.path}${what}\n`;
  }

  private defaults(id: string): Record<string, unknown> {
    return { ...(this.byId.get(id)?.meta.defaultOptions ?? {}) };
  }
}

/** The known name nearest to `name` (edit distance at most a third of its length), for "did you mean". */
function closest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of names) {
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
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
  } else if (SEVERITY.has(setting)) {
    into[id] = setting as SeverityInput;
  } else {
    throw new UsageError(`--rule "${value}": severity must be off, warn or error`);
  }
  return into;
}
