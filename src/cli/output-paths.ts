/**
 * Files a run writes — reports (`--output-file`), the cache, a baseline — checked before any
 * file is linted, and written atomically. A path that cannot be written is a UsageError (exit 2,
 * one line naming the path and the reason), found in milliseconds: never a recursive mkdir that
 * spins (Node's `mkdir -p` loops on ENOENT under /proc), never a half-written or temporary file
 * left behind, never two outputs silently written to one real file.
 */
import { accessSync, closeSync, constants, mkdirSync, openSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';

export interface PlannedOutput {
  /** What is written, for messages: "the json report", "the cache", "the baseline". */
  what: string;
  /** The path as the user gave it. */
  display: string;
  /** Absolute path. */
  path: string;
  /** A file the run only reads (`--baseline`): no other output may write it. */
  readOnly?: boolean;
}

const REASONS: Record<string, string> = {
  ENOENT: 'does not exist and cannot be created',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return `${REASONS[code] ?? 'cannot be written'} (${code})`;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** The nearest directory above `path` (or `path` itself) that exists, and the parts below it. */
function existingAncestor(path: string): { dir: string; missing: string[] } {
  const missing: string[] = [];
  let dir = path;
  for (;;) {
    try {
      statSync(dir);
      return { dir, missing };
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return { dir, missing };
      missing.unshift(basename(dir));
      dir = parent;
    }
  }
}

/**
 * Create `dir` and any missing parents one level at a time (no recursive mkdir); returns the
 * directories it created, outermost first. Throws the first error, having removed nothing.
 */
export function ensureDir(dir: string): string[] {
  const { dir: base, missing } = existingAncestor(resolve(dir));
  const created: string[] = [];
  let current = base;
  for (const part of missing) {
    current = join(current, part);
    try {
      mkdirSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        removeDirs(created);
        throw Object.assign(error as Error, { failedPath: current });
      }
      continue;
    }
    created.push(current);
  }
  if (!statSync(resolve(dir)).isDirectory()) {
    removeDirs(created);
    throw Object.assign(new Error(`${dir} is not a directory`), { code: 'ENOTDIR' });
  }
  return created;
}

function removeDirs(created: string[]): void {
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      // Not empty or gone: leave it.
    }
  }
}

/** An existing file that is neither a regular file nor a directory. */
function isSpecial(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

function isDevice(path: string): boolean {
  try {
    return statSync(path).isCharacterDevice();
  } catch {
    return false;
  }
}

/** The file `path` will really be: symbolic links of the file and of its existing parents resolved. */
export function realTarget(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const { dir, missing } = existingAncestor(absolute);
    let real = dir;
    try {
      real = realpathSync(dir);
    } catch {
      // Keep it as written.
    }
    return join(real, ...missing);
  }
}

/**
 * Check, before the run, that each output can be written and that no two outputs (or an
 * output and a file the run reads) are one real file. Leaves nothing behind: directories and
 * probe files made to check are removed again.
 */
export function checkOutputs(outputs: readonly PlannedOutput[]): void {
  const byReal = new Map<string, PlannedOutput>();
  for (const output of outputs) {
    // Several reports may go to /dev/null.
    if (isDevice(output.path)) continue;
    const real = realTarget(output.path);
    const other = byReal.get(real);
    if (other && !(other.readOnly && output.readOnly)) {
      const same = other.display === output.display ? `"${output.display}"` : `"${other.display}" and "${output.display}"`;
      throw new UsageError(`${other.what} and ${output.what} would be the same file: ${same} (${real}); give each its own file`);
    }
    byReal.set(real, output);
  }
  for (const output of outputs) if (!output.readOnly) checkWritable(output);
}

function checkWritable(output: PlannedOutput): void {
  const fail = (error: unknown, at = output.path): never => {
    const where = at === output.path ? '' : `; ${at}`;
    throw new UsageError(`cannot write ${output.display} (${output.what}${where}): ${reason(error)}`);
  };
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(output.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') fail(error);
  }
  if (existing) {
    if (existing.isDirectory()) fail(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    try {
      // A device or pipe (/dev/null, /dev/stderr, a process substitution) is written as it is,
      // and opening a pipe to check could block: its permissions tell.
      if (existing.isFile()) closeSync(openSync(output.path, 'r+'));
      else accessSync(output.path, constants.W_OK);
    } catch (error) {
      fail(error);
    }
    return;
  }
  let created: string[] = [];
  try {
    created = ensureDir(dirname(output.path));
  } catch (error) {
    fail(error, (error as { failedPath?: string }).failedPath ?? dirname(output.path));
  }
  try {
    closeSync(openSync(output.path, 'wx'));
    unlinkSync(output.path);
  } catch (error) {
    removeDirs(created);
    fail(error);
  }
  removeDirs(created);
}

/**
 * Write `data` to `path` through a temporary file in the same directory and a rename, so a
 * reader never sees half a file; the temporary file is removed whatever fails.
 */
export function writeAtomically(written: string, data: string | Uint8Array): void {
  // Never rename over a device or a pipe (/dev/null): write to it.
  if (isSpecial(written)) {
    writeFileSync(written, data);
    return;
  }
  ensureDir(dirname(resolve(written)));
  // Through a symbolic link, to the file it points at, as a plain write would.
  const path = realTarget(written);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never made, or already gone.
    }
    throw error;
  }
}
