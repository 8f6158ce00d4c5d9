/**
 * Which files a run lints: paths, folders (recursively: .yaml .yml .md .markdown) and globs,
 * minus `.itstratignore`, `.gitignore`, the config's `ignore` and `--ignore-pattern`
 * (gitignore syntax) — and how a proposal's bytes are read.
 *
 * Folders and globs are walked by one walker with the same rules: a symlink is followed only
 * when its target is inside a root given on the command line (a folder, a file, or a glob's
 * fixed base), never into a loop, and a file reached twice is linted once. A file name that
 * is not UTF-8 is kept as bytes to be read; it is printed with U+FFFD in place of the bad bytes.
 * A path named on the command line is read wherever it leads — unless it lies in the project
 * (the git top level, else the working directory) and a link takes it out: then the run stops.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from '../engine/errors.js';
import { formatOf } from '../model/loaders/index.js';
import { linkedOutOfProject } from '../config/trust.js';

export interface FileQuery {
  patterns: string[];
  cwd: string;
  /** Base for `ignore` patterns from config and ignore files. */
  ignoreRoot: string;
  ignorePatterns: string[];
  useIgnoreFiles: boolean;
}

/** A file to lint: its printable path, and its bytes when the name is not UTF-8. */
export interface FoundFile {
  filePath: string;
  pathBytes?: Buffer;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const CONFIG_FILE = 'itstrat.config.yaml';

export async function findFiles(query: FileQuery): Promise<string[]> {
  return (await findProposalFiles(query)).map((file) => file.filePath);
}

export async function findProposalFiles(query: FileQuery): Promise<FoundFile[]> {
  const ignorer = await buildIgnore(query);
  const found = new Map<string, FoundFile & { direct: boolean }>();
  const add = (file: FoundFile, real: string, direct: boolean): void => {
    const seen = found.get(real);
    // A file reached twice (a symlink to it, a loop) is linted once, under the path that needs no link if there is one.
    if (!seen || (direct && !seen.direct) || (direct === seen.direct && file.filePath < seen.filePath)) found.set(real, { ...file, direct });
  };
  const patterns = query.patterns.length ? query.patterns : ['.'];
  // The roots a symlink may lead into: the folders and files named, and the fixed bases of globs.
  const roots = patterns.flatMap((pattern) => {
    const real = realOf(Buffer.from(resolve(query.cwd, existsSync(resolve(query.cwd, pattern)) ? pattern : picomatch.scan(pattern).base || '.')));
    return real === undefined ? [] : [real];
  });
  for (const pattern of patterns) {
    const absolute = resolve(query.cwd, pattern);
    if (existsSync(absolute)) {
      // Named, but a link out of the project: what it points at is not the project's to report (SECURITY.md).
      const outside = linkedOutOfProject(absolute, query.cwd);
      if (outside !== undefined)
        throw new UsageError(`refused to read ${pattern}: a symbolic link out of the project (to a path outside it); name the real path to lint it`);
      const real = realOf(Buffer.from(absolute)) ?? absolute;
      if (statSync(absolute).isDirectory()) {
        walk(Buffer.from(absolute), real, roots, () => true, add);
      } else {
        // A file named on the command line is read, wherever a link inside the project takes it: the user named it.
        add({ filePath: absolute }, real, true);
      }
      continue;
    }
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) throw new UsageError(`no such file or directory: ${pattern}`);
    const base = resolve(query.cwd, scan.base || '.');
    const matches = picomatch(scan.glob, { dot: false });
    let count = 0;
    let other = 0;
    const real = existsSync(base) && statSync(base).isDirectory() ? realOf(Buffer.from(base)) : undefined;
    if (real !== undefined) {
      // Without `**` a glob reaches as many folders down as it has segments.
      const depth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length;
      walk(
        Buffer.from(base),
        real,
        roots,
        (path) => matches(path),
        (file, realFile, direct) => {
          count++;
          add(file, realFile, direct);
        },
        () => other++,
        depth,
      );
    }
    if (!count) throw new UsageError(`no files match the pattern "${pattern}"${other ? ' (.yaml, .yml or .md)' : ''}`);
  }
  return [...found.values()]
    .filter((file) => !isIgnored(ignorer, query.ignoreRoot, file.filePath))
    .sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
    .map(({ direct: _direct, ...file }) => file);
}

/**
 * Walks `start` (bytes) whose real path is `realStart`: proposals whose path relative to the
 * walk's start `wanted` accepts go to `found`; `skipped` counts files that matched but are no
 * proposals. Real paths are keys (see `realOf`).
 */
function walk(
  start: Buffer,
  realStart: string,
  roots: readonly string[],
  wanted: (relativePath: string) => boolean,
  found: (file: FoundFile, real: string, direct: boolean) => void,
  skipped: () => void = () => undefined,
  maxDepth = Infinity,
): void {
  const visited = new Set<string>([realStart]);
  const inRoots = (real: string): boolean => roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));
  const visit = (dir: Buffer, realDir: string, relativeDir: string, direct: boolean, depth: number): void => {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return; // Unreadable folder: nothing in it to lint.
    }
    const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') })).sort((a, b) => Buffer.compare(a.entry.name, b.entry.name));
    for (const { entry, name } of named) {
      if (name.startsWith('.')) continue;
      const path = Buffer.concat([dir, Buffer.from(sep), entry.name]);
      const relativePath = relativeDir ? `${relativeDir}/${name}` : name;
      let isDir = entry.isDirectory();
      let viaLink = false;
      let real: string | undefined;
      if (entry.isSymbolicLink()) {
        // Followed only into the roots: a link out of the tree is never read (nor is its target's content reported).
        try {
          real = realpathSync.native(path, { encoding: 'buffer' }).toString('latin1');
          const stat = statSync(path);
          isDir = stat.isDirectory();
        } catch {
          continue; // Dangling link or loop.
        }
        if (!inRoots(real)) continue;
        viaLink = true;
      }
      // Under a folder's real path, an entry that is no link has its own real path without a lookup.
      real ??= realDir + sep + entry.name.toString('latin1');
      if (isDir) {
        if (SKIPPED_FOLDERS.has(name) || depth >= maxDepth) continue;
        // Linked folders wait until the real ones are walked, so a file is found under its own path first.
        if (viaLink) {
          linked.push({ path, relativePath, real, depth: depth + 1 });
          continue;
        }
        if (visited.has(real)) continue;
        visited.add(real);
        visit(path, real, relativePath, direct, depth + 1);
        continue;
      }
      // A FIFO, socket or device with a proposal's name is listed: reading refuses it without blocking (`notRegular`).
      if (name === CONFIG_FILE || !wanted(relativePath)) continue;
      if (!formatOf(name)) {
        skipped();
        continue;
      }
      const display = path.toString('utf8');
      const file: FoundFile = Buffer.from(display, 'utf8').equals(path) ? { filePath: display } : { filePath: display, pathBytes: path };
      found(file, real, direct && !viaLink);
    }
  };
  const linked: { path: Buffer; relativePath: string; real: string; depth: number }[] = [];
  visit(start, realStart, '', true, 1);
  // Each folder once, by its real path: a link to a folder already walked (`self -> .`) adds nothing.
  for (let next = linked.shift(); next; next = linked.shift()) {
    if (visited.has(next.real)) continue;
    visited.add(next.real);
    visit(next.path, next.real, next.relativePath, false, next.depth);
  }
}

/** The real path as a key: its bytes one char each (Latin-1), so names that are not UTF-8 stay apart. */
function realOf(path: Buffer): string | undefined {
  try {
    return realpathSync.native(path, { encoding: 'buffer' }).toString('latin1');
  } catch {
    return undefined;
  }
}

export type ReadOutcome = { bytes: Buffer } | { problem: 'notRegular' } | { problem: 'tooLarge'; size: number } | { problem: 'unreadable'; code: string };

/**
 * A proposal's bytes, read only from a regular file, the size checked on the open descriptor
 * before reading and the read capped at the limit: a FIFO, a device (`/dev/zero`) or a socket
 * is refused without blocking, a file that grows while read is cut off.
 */
export function readProposalFile(path: string | Buffer, maxBytes: number): ReadOutcome {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO that no one writes to must not wait.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'read error' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: 'notRegular' };
    if (stat.size > maxBytes) return { problem: 'tooLarge', size: stat.size };
    // One byte more than the size, to see a file that grew; never more than the limit and one byte.
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { problem: 'tooLarge', size: length };
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return { bytes: buffer.subarray(0, length) };
      length += read;
    }
  } catch (error) {
    return { problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'read error' };
  } finally {
    closeSync(fd);
  }
}

async function buildIgnore(query: FileQuery): Promise<Ignore | undefined> {
  const sources = query.useIgnoreFiles
    ? ['.gitignore', '.itstratignore']
        .map((name) => join(query.ignoreRoot, name))
        .filter((path) => existsSync(path))
        .map((path) => readFileSync(path, 'utf8'))
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
  if (!path || path.startsWith('..') || isAbsolute(path)) return false;
  return ignorer.ignores(path);
}
