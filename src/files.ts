/**
 * Which files a run lints: paths, folders (recursively: .yaml .yml .md) and globs, minus
 * `.itstratignore`, `.gitignore`, the config's `ignore` and `--ignore-pattern` (gitignore syntax).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Ignore } from 'ignore';
import { UsageError } from './errors.js';
import { formatOf } from './loaders/index.js';

export interface FileQuery {
  patterns: string[];
  cwd: string;
  /** Base for `ignore` patterns from config and ignore files. */
  ignoreRoot: string;
  ignorePatterns: string[];
  useIgnoreFiles: boolean;
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/itstrat.config.yaml'];

/** Globbing is loaded only when a folder or pattern needs it: a pre-commit hook passes files. */
async function globber(): Promise<typeof import('tinyglobby')> {
  return import('tinyglobby');
}

export async function findFiles(query: FileQuery): Promise<string[]> {
  const ignorer = await buildIgnore(query);
  const found = new Set<string>();
  for (const pattern of query.patterns.length ? query.patterns : ['.']) {
    const absolute = resolve(query.cwd, pattern);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const { glob } = await globber();
        const files = await glob('**/*.{yaml,yml,md,markdown}', { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_IGNORED });
        for (const file of files) found.add(resolve(file));
      } else {
        found.add(absolute);
      }
      continue;
    }
    const { glob, isDynamicPattern } = await globber();
    if (!isDynamicPattern(pattern)) throw new UsageError(`no such file or directory: ${pattern}`);
    const files = await glob(pattern, { cwd: query.cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED });
    const proposals = files.filter((file) => formatOf(file));
    if (!proposals.length) throw new UsageError(`no files match the pattern "${pattern}"${files.length ? ' (.yaml, .yml or .md)' : ''}`);
    for (const file of proposals) found.add(resolve(file));
  }
  return [...found].filter((file) => !isIgnored(ignorer, query.ignoreRoot, file)).sort();
}

async function buildIgnore(query: FileQuery): Promise<Ignore | undefined> {
  const sources = query.useIgnoreFiles
    ? ['.gitignore', '.itstratignore'].map((name) => join(query.ignoreRoot, name)).filter((path) => existsSync(path)).map((path) => readFileSync(path, 'utf8'))
    : [];
  if (!sources.length && !query.ignorePatterns.length) return undefined;
  const { default: ignore } = await import('ignore');
  const ignorer = ignore();
  // One file's text at a time: given an array, `add` takes each element as a single pattern.
  for (const source of sources) ignorer.add(source);
  return ignorer.add(query.ignorePatterns);
}

function isIgnored(ignorer: Ignore | undefined, root: string, file: string): boolean {
  if (!ignorer) return false;
  const path = relative(root, file).split('\\').join('/');
  if (!path || path.startsWith('..')) return false;
  return ignorer.ignores(path);
}
