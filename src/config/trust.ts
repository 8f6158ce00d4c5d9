/**
 * Which plugins a run may load (SECURITY.md, "Plugins"). A plugin is code: it runs with the
 * rights of whoever runs itstrat, so a proposal tree from a stranger must not be able to name
 * one. The trust root is the repository's top level (the nearest folder upward holding `.git`)
 * — from the working directory, or from the `--config` file's folder — else that folder itself.
 * Plugins load only when the config that names them lies at or below the root, and each only
 * from a path that resolves inside the root (real paths: a symbolic link out counts as out) or
 * as an installed npm package named by its package name. Anything else stops the run (exit 2)
 * before any plugin is imported.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { UsageError } from '../engine/errors.js';

/** A plugin the config names, as found: its specifier and the file its code would come from. */
export interface TrustedPlugin {
  specifier: string;
  /** Absolute path of the module's entry file. */
  file: string;
  /** True for an npm package named by its package name; false for a path inside the root. */
  isPackage: boolean;
  /**
   * The package.json that describes it (see `declaredRules`): the package's own, or for a local
   * module the nearest one above it inside the root.
   */
  packageJson?: string;
}

/** `--no-plugins`, or `ITSTRAT_NO_PLUGINS=1` in the environment (a CI gate sets it once for every step). */
export function pluginsDisabled(flag: boolean | undefined): boolean {
  return flag === false || process.env.ITSTRAT_NO_PLUGINS === '1';
}

/** Where plugins may come from, and what that folder is (for messages). */
export interface TrustRoot {
  dir: string;
  kind: string;
}

/**
 * The trust root: the git top level above `from` (the working directory, or the folder of the
 * `--config` file), else `from` itself — real paths. `fallback` names `from` for messages.
 */
export function projectRoot(from: string, fallback: string): TrustRoot {
  const start = realOrSelf(from);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return { dir, kind: 'the git top level' };
    if (dirname(dir) === dir) return { dir: start, kind: `${fallback}, outside any git repository` };
  }
}

/**
 * For a path named on the command line: the real path it leads to when it lies in the project
 * (below the git top level above `cwd`, else below `cwd`) but a symbolic link takes it out of
 * it — a pull request's `leak.yaml -> /etc/…` named by a CI step that lints the changed files.
 * Undefined when it stays inside, or was named outside the project to begin with.
 */
export function linkedOutOfProject(path: string, cwd: string): string | undefined {
  const start = resolve(cwd);
  let root = start;
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) {
      root = dir;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  const absolute = resolve(cwd, path);
  if (!isInside(absolute, root)) return undefined;
  const real = realOrSelf(absolute);
  if (isInside(real, realOrSelf(root))) return undefined;
  // Only what could be read as a proposal: a link to a device or a pipe is refused unread when read.
  const stat = statSync(real, { throwIfNoEntry: false });
  return stat?.isFile() || stat?.isDirectory() ? real : undefined;
}

/** Whether the real path `path` is `root` or below it. */
export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

// npm's package names (scoped or not), optionally with a subpath; no `.` or `..` segment can climb out of the package.
const PACKAGE_NAME = /^(?:@[a-z0-9~][\w.~-]*\/)?[a-z0-9~][\w.~-]*(?:\/[\w.~-]+)*$/i;

function isPackageName(specifier: string): boolean {
  return PACKAGE_NAME.test(specifier) && !specifier.split('/').some((part) => part === '.' || part === '..');
}

/**
 * The config's plugins, each located and checked against the trust root without importing it.
 * `locate(index)` names where in the config the plugin is, for the one-line refusal.
 */
export function trustedPlugins(
  configPath: string,
  plugins: readonly string[],
  { dir: root, kind: rootKind }: TrustRoot,
  locate: (index: number) => string,
): TrustedPlugin[] {
  if (!plugins.length) return [];
  const realConfig = realOrSelf(configPath);
  const hint = 'run with --no-plugins to lint without them';
  if (!isInside(realConfig, root)) {
    throw new UsageError(
      `refused to load plugins: the config ${configPath} is outside the project root ${root} (${rootKind}); plugins load only from the project's own config — name it with --config to trust it, or ${hint}`,
    );
  }
  const fromDir = dirname(configPath);
  return plugins.map((specifier, index) => {
    const where = `${locate(index)}: plugins[${index}]`;
    if (specifier.startsWith('.') || isAbsolute(specifier)) {
      const file = resolve(fromDir, specifier);
      if (!existsSync(file)) throw new UsageError(`invalid config ${where}: cannot find plugin ${JSON.stringify(specifier)}: no file ${file}`);
      const real = realOrSelf(file);
      if (!isInside(real, root)) {
        const via = real === file ? '' : ` (through a symbolic link, to ${real})`;
        throw new UsageError(
          `invalid config ${where}: refused to load plugin ${JSON.stringify(specifier)}: it is outside the project root ${root}${via}; a plugin loads only from inside the root (${rootKind}) or from an installed npm package — ${hint}`,
        );
      }
      return { specifier, file: real, isPackage: false, ...packageJsonOf(real, (dir) => isInside(dir, root)) };
    }
    if (!isPackageName(specifier))
      throw new UsageError(`invalid config ${where}: refused to load plugin ${JSON.stringify(specifier)}: not a relative path and not an npm package name`);
    let file: string;
    try {
      file = createRequire(join(fromDir, 'noop.js')).resolve(specifier);
    } catch {
      throw new UsageError(`invalid config ${where}: cannot find plugin ${JSON.stringify(specifier)} (looked from ${fromDir}; is it installed?)`);
    }
    // Node's own modules resolve to their bare names: they are no package and export no rules.
    if (!isAbsolute(file))
      throw new UsageError(`invalid config ${where}: refused to load plugin ${JSON.stringify(specifier)}: a Node.js built-in module, not a plugin`);
    const name = specifier
      .split('/')
      .slice(0, specifier.startsWith('@') ? 2 : 1)
      .join('/');
    return { specifier, file, isPackage: true, ...packageJsonOf(file, () => true, name) };
  });
}

/** The nearest package.json above `file` in the folders `allowed` accepts (with `name`: the one of that package). */
function packageJsonOf(file: string, allowed: (dir: string) => boolean, name?: string): { packageJson?: string } {
  for (let dir = dirname(file); allowed(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (name === undefined || readName(candidate) === name)) return { packageJson: candidate };
    if (dirname(dir) === dir) break;
  }
  return {};
}

function readName(path: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown }).name as string | undefined;
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
