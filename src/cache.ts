/**
 * `--cache`: a file's results are reused when nothing they depend on changed — the file's
 * content (SHA-256), the settings that apply to it (rules, severities, options, strategies,
 * language), and the run as a whole (itstrat's version and build, the rules' metadata, the
 * plugins, `--lang`). The cache is one JSON file written atomically (temporary file + rename);
 * a missing, unreadable or corrupt cache is treated as empty, never as an error.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './lint.js';
import type { FileSettings } from './config.js';
import type { Rule } from './rule-api.js';
import { RULES_DIR } from './paths.js';
import { byText } from './render.js';
import { itstratVersion } from './version.js';

export const DEFAULT_CACHE_LOCATION = '.itstratcache';
const FORMAT = 1;

interface CacheEntry {
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** The proposal's own `strategy` field, which selects part of its settings. */
  strategy: string;
  /** Hash of the settings that applied. */
  settings: string;
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
  language?: string;
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
    return `{${Object.keys(value as object).sort().map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`).join(',')}}`;
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
  const here = dirname(fileURLToPath(import.meta.url));
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
  visit(here);
  if (!RULES_DIR.startsWith(here)) visit(RULES_DIR);
  return digest.digest('hex').slice(0, 32);
}

export function runKey(parts: RunKeyParts): string {
  const plugins = parts.plugins.map((specifier) => {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) return specifier;
    try {
      return `${specifier}:${hash(readFileSync(resolve(parts.configDir, specifier), 'latin1'))}`;
    } catch {
      return specifier;
    }
  });
  const rules = parts.rules.map((rule) => stable(rule.meta));
  return hash(stable({ version: itstratVersion(), build: buildStamp(), plugins, rules, language: parts.language ?? null }));
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
    let files: Record<string, CacheEntry> = {};
    let loaded = false;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile> | null;
      if (data && data.itstratCache === FORMAT && data.run === run && data.files && typeof data.files === 'object' && !Array.isArray(data.files)) {
        files = data.files;
        loaded = true;
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
      value = hash(stable({
        rules: [...settings.rules.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, setting]) => [id, setting.severity, setting.options]),
        strategies: [...settings.strategies].sort(),
        language: settings.language ?? null,
      }));
      this.settingsHashes.set(settings, value);
    }
    return value;
  }

  /** The cached result of a file whose content hashes to `contentHash`, if still valid. */
  lookup(filePath: string, fileHash: string, settingsFor: (fileStrategy: string | undefined) => FileSettings): FileResult | undefined {
    const key = this.key(filePath);
    this.visited.add(key);
    const entry = this.files[key];
    if (!isEntry(entry) || entry.hash !== fileHash) return undefined;
    if (entry.settings !== this.settingsHash(settingsFor(entry.strategy || undefined))) return undefined;
    this.reused++;
    return { ...entry.result, filePath };
  }

  store(result: FileResult, fileHash: string, fileStrategy: string | undefined, settings: FileSettings): void {
    const key = this.key(result.filePath);
    this.visited.add(key);
    const { filePath: _path, ...rest } = result;
    void _path;
    this.files[key] = { hash: fileHash, strategy: fileStrategy ?? '', settings: this.settingsHash(settings), result: rest };
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
    const files: Record<string, CacheEntry> = {};
    for (const key of Object.keys(this.files).sort()) {
      if (!this.visited.has(key) && !existsSync(resolve(this.root, key))) {
        this.dirty = true;
        continue;
      }
      files[key] = this.files[key]!;
    }
    if (!this.dirty) return;
    const data: CacheFile = { itstratCache: FORMAT, run: this.run, files };
    mkdirSync(this.root, { recursive: true });
    const temporary = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing to clean up.
      }
      throw error;
    }
  }
}

function isEntry(entry: unknown): entry is CacheEntry {
  if (!entry || typeof entry !== 'object') return false;
  const candidate = entry as Partial<CacheEntry>;
  const result = candidate.result as Partial<FileResult> | undefined;
  return (
    typeof candidate.hash === 'string' &&
    typeof candidate.settings === 'string' &&
    typeof candidate.strategy === 'string' &&
    !!result &&
    Array.isArray(result.findings) &&
    Array.isArray(result.suppressed) &&
    Array.isArray(result.rulesChecked) &&
    Array.isArray(result.strategies) &&
    typeof result.errorCount === 'number' &&
    typeof result.warningCount === 'number'
  );
}
