/**
 * `--cache`: a file's results are reused when nothing they depend on changed — the file's
 * content (SHA-256), the settings that apply to it (rules, severities, options, strategies),
 * and the run as a whole (itstrat's version and build, the rules' metadata, the plugins' whole
 * module graphs or packages). Findings are stored language-neutral (rule id, messageId, data)
 * and printed in the language of the run that reads them, so `--lang` never invalidates. The cache is one JSON file written
 * atomically (temporary file + rename, the temporary file removed whatever fails); a missing,
 * unreadable or corrupt cache is treated as empty, and a damaged entry as absent (its file is
 * linted again), never as an error.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { writeAtomically } from './output-paths.js';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../engine/file-result.js';
import type { Finding } from '../engine/engine.js';
import type { BusinessCaseFigures } from '../interpret/business-case-figures.js';
import { LANGS, type Lang } from '../model/model.js';
import type { FileSettings } from '../config/config.js';
import type { Rule } from '../engine/rule-api.js';
import { BUILD_DIRS } from '../lexicon/package-root.js';
import { byText, isMessageData } from '../engine/render.js';
import { itstratVersion } from '../engine/version.js';

export const DEFAULT_CACHE_LOCATION = '.itstratcache';
const FORMAT = 2;

interface CacheEntry {
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** The proposal's own `strategy` field, which selects part of its settings. */
  strategy: string;
  /** Hash of the settings that applied. */
  settings: string;
  /** The language the proposal is written in; '' when unknown. */
  language: Lang | '';
  /** The result with its findings' messages left out. */
  result: Omit<FileResult, 'filePath'>;
}

interface CacheFile {
  itstratCache: number;
  /** Hash of everything that applies to the whole run. */
  run: string;
  files: Record<string, CacheEntry>;
}

export interface RunKeyParts {
  rules: readonly Rule[];
  plugins: readonly string[];
  /** Directory plugin paths are relative to. */
  configDir: string;
}

/** Where the cache file is: `--cache-location` names a file, or a directory to put `.itstratcache` in. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  if (location && /[\\/]$/.test(location)) return join(path, DEFAULT_CACHE_LOCATION);
  try {
    if (statSync(path).isDirectory()) return join(path, DEFAULT_CACHE_LOCATION);
  } catch {
    // Not there yet: a file.
  }
  return path;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** JSON with object keys sorted, so equal settings hash equally. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * The content of the modules that make up this build (the CLI's own and the built-in rules),
 * so a rebuilt itstrat never reuses stale results, while a rebuild that changes nothing does.
 */
function buildStamp(): string {
  const digest = createHash('sha256');
  const visit = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byText(a.name, b.name));
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.[cm]?[jt]s$/.test(entry.name) && !entry.name.includes('.test.')) {
        try {
          digest.update(`${entry.name}\u0000`).update(readFileSync(path)).update('\u0000');
        } catch {
          // Gone meanwhile.
        }
      }
    }
  };
  for (const dir of BUILD_DIRS) visit(dir);
  return digest.digest('hex').slice(0, 32);
}

export function runKey(parts: RunKeyParts): string {
  const packages = new Map<string, string>();
  const plugins = parts.plugins.map((specifier) =>
    specifier.startsWith('.') || isAbsolute(specifier)
      ? `${specifier}:${moduleGraphStamp(resolve(parts.configDir, specifier), packages)}`
      : `${specifier}:${packageStamp(specifier, parts.configDir, packages)}`,
  );
  const rules = parts.rules.map((rule) => stable(rule.meta));
  return hash(stable({ version: itstratVersion(), build: buildStamp(), plugins, rules }));
}

/** Files of a plugin's module graph, or of a package, hashed at most: beyond, sizes and times stand in. */
const MAX_STAMPED_FILES = 5000;
const MAX_STAMPED_BYTES = 64 * 1024 * 1024;
const IMPORT =
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)|\bimport\s+['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.json', '.ts', '/index.js', '/index.mjs', '/index.cjs', '/index.json'];

/**
 * A local plugin's whole module graph: the plugin file and every file it imports, transitively
 * (relative specifiers followed file by file; packages by `packageStamp`). A change to a helper
 * module the plugin imports changes the stamp, so the cache never reuses stale findings.
 */
function moduleGraphStamp(entry: string, packages: Map<string, string>): string {
  const digest = createHash('sha256');
  const seen = new Set<string>();
  const queue = [entry];
  let bytes = 0;
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      digest.update(`${file}\u0000missing\u0000`);
      continue;
    }
    digest.update(`${file}\u0000`);
    bytes += content.length;
    if (seen.size > MAX_STAMPED_FILES || bytes > MAX_STAMPED_BYTES) {
      digest.update(`${content.length}:${fileTime(file)}\u0000`);
      continue;
    }
    digest.update(content).update('\u0000');
    if (!/\.[cm]?[jt]sx?$/.test(file)) continue;
    for (const match of content.toString('utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? match[4]!;
      if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('file:')) {
        const base = specifier.startsWith('file:') ? safePath(specifier) : resolve(dirname(file), specifier);
        if (!base) continue;
        const target = EXTENSIONS.map((extension) => `${base}${extension}`).find(isFile);
        if (target) queue.push(target);
        else digest.update(`${specifier}\u0000unresolved\u0000`);
      } else {
        digest.update(`${specifier}\u0000${packageStamp(specifier, dirname(file), packages)}\u0000`);
      }
    }
  }
  return digest.digest('hex').slice(0, 32);
}

/**
 * An npm package a plugin is or imports: its package.json version, its lockfile integrity when
 * a package-lock.json above records one, and a hash of its files (without nested
 * node_modules) — so a reinstall with other code under the same version still counts as a change.
 */
function packageStamp(specifier: string, fromDir: string, packages: Map<string, string>): string {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return 'builtin';
  const segments = specifier.split('/');
  const name = specifier.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0]!;
  let dir = resolve(fromDir);
  let packageDir: string | undefined;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (isFile(join(candidate, 'package.json'))) {
      packageDir = candidate;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (!packageDir) return 'not installed';
  const known = packages.get(packageDir);
  if (known) return known;
  packages.set(packageDir, 'in progress'); // A dependency cycle between packages ends here.
  let version = '';
  let integrity = '';
  try {
    version = String((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version?: unknown }).version ?? '');
  } catch {
    // No readable version: the files' hash still tells.
  }
  for (let lockDir = dirname(packageDir); ; lockDir = dirname(lockDir)) {
    const lock = join(lockDir, 'package-lock.json');
    if (isFile(lock)) {
      try {
        const data = JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, { integrity?: string }> };
        integrity = data.packages?.[relative(lockDir, packageDir).split(sep).join('/')]?.integrity ?? '';
      } catch {
        // An unreadable lockfile: the files' hash still tells.
      }
      break;
    }
    if (dirname(lockDir) === lockDir) break;
  }
  const digest = createHash('sha256').update(`${name}@${version}\u0000${integrity}\u0000`);
  let files = 0;
  let bytes = 0;
  const visit = (path: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => byText(a.name, b.name));
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') visit(child);
      } else if (entry.isFile()) {
        files++;
        digest.update(`${relative(packageDir!, child)}\u0000`);
        try {
          if (files > MAX_STAMPED_FILES || bytes > MAX_STAMPED_BYTES) {
            digest.update(`${fileTime(child)}\u0000`);
          } else {
            const content = readFileSync(child);
            bytes += content.length;
            digest.update(content).update('\u0000');
          }
        } catch {
          // Gone meanwhile.
        }
      }
    }
  };
  visit(packageDir);
  const stamp = `${version}:${digest.digest('hex').slice(0, 32)}`;
  packages.set(packageDir, stamp);
  return stamp;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function fileTime(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function safePath(url: string): string | undefined {
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

export class LintCache {
  private readonly files: Record<string, CacheEntry>;
  private readonly settingsHashes = new WeakMap<FileSettings, string>();
  private readonly visited = new Set<string>();
  private readonly root: string;
  /** Whether anything differs from the file on disk. */
  private dirty: boolean;
  linted = 0;
  reused = 0;

  private constructor(
    readonly path: string,
    private readonly run: string,
    files: Record<string, CacheEntry>,
    loaded: boolean,
  ) {
    this.files = files;
    this.root = dirname(path);
    this.dirty = !loaded;
  }

  /** Open the cache at `path`; anything unusable there counts as an empty cache. */
  static open(path: string, run: string): LintCache {
    let files = Object.create(null) as Record<string, CacheEntry>;
    let loaded = false;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile> | null;
      if (data && data.itstratCache === FORMAT && data.run === run && isObject(data.files)) {
        // Only entries every formatter can use are kept; the others' files are linted again.
        files = Object.create(null) as Record<string, CacheEntry>;
        loaded = true;
        for (const [key, entry] of Object.entries(data.files)) {
          if (isEntry(entry)) files[key] = entry;
          else loaded = false;
        }
      }
    } catch {
      // Missing or corrupt: start afresh.
    }
    return new LintCache(path, run, files, loaded);
  }

  private key(filePath: string): string {
    const path = relative(this.root, filePath);
    return sep === '/' ? path : path.split(sep).join('/');
  }

  settingsHash(settings: FileSettings): string {
    let value = this.settingsHashes.get(settings);
    if (!value) {
      value = hash(
        stable({
          rules: [...settings.rules.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, setting]) => [id, setting.severity, setting.options]),
          strategies: [...settings.strategies].sort(),
        }),
      );
      this.settingsHashes.set(settings, value);
    }
    return value;
  }

  /**
   * The cached result of a file whose content hashes to `contentHash`, if still valid, printed
   * by `print` in the language this run chooses for it.
   */
  lookup(
    filePath: string,
    fileHash: string,
    settingsFor: (fileStrategy: string | undefined) => FileSettings,
    print: (result: FileResult, settings: FileSettings, proposalLanguage: Lang | undefined) => FileResult,
  ): FileResult | undefined {
    const key = this.key(filePath);
    this.visited.add(key);
    const entry = this.files[key];
    if (!isEntry(entry) || entry.hash !== fileHash) return undefined;
    const settings = settingsFor(entry.strategy || undefined);
    if (entry.settings !== this.settingsHash(settings)) return undefined;
    this.reused++;
    return print({ ...entry.result, filePath } as FileResult, settings, entry.language || undefined);
  }

  store(result: FileResult, fileHash: string, fileStrategy: string | undefined, settings: FileSettings, proposalLanguage: Lang | undefined): void {
    const key = this.key(result.filePath);
    this.visited.add(key);
    const { filePath: _path, ...rest } = result;
    void _path;
    const neutral = { ...rest, findings: rest.findings.map(withoutMessage), suppressed: rest.suppressed.map(withoutMessage) };
    this.files[key] = {
      hash: fileHash,
      strategy: fileStrategy ?? '',
      settings: this.settingsHash(settings),
      language: proposalLanguage ?? '',
      result: neutral as Omit<FileResult, 'filePath'>,
    };
    this.dirty = true;
  }

  /** Forget a file's entry: it could not be read, or a rule threw on it. */
  miss(filePath: string): void {
    const key = this.key(filePath);
    this.visited.add(key);
    if (key in this.files) {
      delete this.files[key];
      this.dirty = true;
    }
  }

  /** Write the cache atomically, unless nothing changed; entries of files that no longer exist are dropped. */
  save(): void {
    const files = Object.create(null) as Record<string, CacheEntry>;
    for (const key of Object.keys(this.files).sort()) {
      if (!this.visited.has(key) && !existsSync(resolve(this.root, key))) {
        this.dirty = true;
        continue;
      }
      files[key] = this.files[key]!;
    }
    if (!this.dirty) return;
    const data: CacheFile = { itstratCache: FORMAT, run: this.run, files };
    writeAtomically(this.path, JSON.stringify(data));
  }
}

/**
 * Whether a cache entry holds a result every formatter can use: a file that parses as JSON
 * can still hold anything (a `null` finding, a count that is a string), and such an entry is
 * dropped — the file is linted again — rather than handed to the formatters.
 */
export function isEntry(entry: unknown): entry is CacheEntry {
  if (!isObject(entry)) return false;
  const result = entry.result;
  if (typeof entry.hash !== 'string' || typeof entry.settings !== 'string' || typeof entry.strategy !== 'string' || !isObject(result)) return false;
  if (entry.language !== '' && !(LANGS as readonly unknown[]).includes(entry.language)) return false;
  if ('filePath' in result) return false;
  const { findings, suppressed } = result;
  if (!Array.isArray(findings) || !findings.every((finding) => isFinding(finding) && !finding.suppression)) return false;
  if (!Array.isArray(suppressed) || !suppressed.every((finding) => isFinding(finding) && !!finding.suppression)) return false;
  const count = (severity: 1 | 2): number => findings.filter((finding: Finding) => finding.severity === severity).length;
  return (
    result.errorCount === count(2) &&
    result.warningCount === count(1) &&
    result.fatalErrorCount === findings.filter((finding: Finding) => finding.fatal).length &&
    (LANGS as readonly unknown[]).includes(result.language) &&
    isStringList(result.strategies) &&
    isStringList(result.rulesChecked) &&
    (result.title === undefined || typeof result.title === 'string') &&
    (result.owner === undefined || typeof result.owner === 'string') &&
    (result.businessCase === undefined || isFigures(result.businessCase))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isFinding(value: unknown): value is Finding {
  if (!isObject(value)) return false;
  const suppression = value.suppression;
  return (
    typeof value.ruleId === 'string' &&
    (value.severity === 1 || value.severity === 2) &&
    value.message === undefined &&
    typeof value.messageId === 'string' &&
    (value.data === undefined || isMessageData(value.data)) &&
    isCount(value.line) &&
    isCount(value.column) &&
    isCount(value.endLine) &&
    isCount(value.endColumn) &&
    isStringList(value.clauses) &&
    (value.fatal === undefined || typeof value.fatal === 'boolean') &&
    (suppression === undefined ||
      (isObject(suppression) &&
        typeof suppression.reason === 'string' &&
        isCount(suppression.line) &&
        (suppression.kind === undefined || suppression.kind === 'external')))
  );
}

/** The business-case figures as the formatters and the report read them. */
function isFigures(value: unknown): value is BusinessCaseFigures {
  if (!isObject(value)) return false;
  const finite = (item: unknown): boolean => typeof item === 'number' && Number.isFinite(item);
  const { costs, benefits, years } = value;
  return (
    typeof value.currency === 'string' &&
    isObject(costs) &&
    finite(costs.investment) &&
    finite(costs.operating) &&
    finite(costs.unclassified) &&
    finite(costs.total) &&
    isObject(benefits) &&
    finite(benefits.financial) &&
    finite(benefits.unpricedLines) &&
    Array.isArray(years) &&
    years.every((year) => isObject(year) && finite(year.year) && finite(year.costs) && finite(year.benefits) && finite(year.net) && finite(year.cumulative)) &&
    finite(value.horizonYears) &&
    finite(value.net) &&
    finite(value.discountRate) &&
    finite(value.npv) &&
    (value.paybackYear === null || finite(value.paybackYear)) &&
    (value.discountRateSource === 'proposal' || value.discountRateSource === 'default')
  );
}

/** A finding as the cache keeps it: what it says, not how it read in the run that stored it. */
function withoutMessage(finding: Finding): Omit<Finding, 'message'> {
  const { message: _message, ...neutral } = finding;
  void _message;
  return neutral;
}
