/**
 * `--fix` and `--fix-dry-run`, as ESLint's: each file's fixes are applied (overlapping ones
 * wait for the next pass), the fixed text is linted again, and so on up to ten passes; the
 * results are those of the last text. `--fix` writes the files, `--fix-dry-run` returns the
 * unified diff and writes nothing. Suggestions are never applied.
 */
import { realpathSync } from 'node:fs';
import { applyFixes, type Fix } from '../engine/fixes.js';
import type { FileResult } from '../engine/file-result.js';
import { DEFAULT_MAX_BYTES } from '../model/loaders/index.js';
import { readProposalFile } from './files.js';
import { lintFile, type LintRunOptions } from './lint-file.js';
import { writeAtomically, reason } from './output-paths.js';
import { UsageError } from '../engine/errors.js';
import { unifiedDiff } from './diff.js';
import { displayPath } from '../formatters/common.js';

const MAX_PASSES = 10;
const BOM = '\uFEFF';

export interface FixRun {
  /** Write the fixed files (`--fix`); else only show them (`--fix-dry-run`). */
  write: boolean;
  /** `--quiet`: only errors are fixed, as ESLint's fix predicate does. */
  quiet?: boolean;
  cwd: string;
  /** `--stdin`: the text linted, in place of a file. */
  stdinText?: string;
}

export interface Fixed {
  results: FileResult[];
  /** The unified diff of every fixed file, in the results' order. */
  diff: string;
}

function fixesOf(result: FileResult, quiet: boolean | undefined): Fix[] {
  return result.findings.filter((finding) => finding.fix && (!quiet || finding.severity === 2)).map((finding) => finding.fix!);
}

export async function fixResults(results: readonly FileResult[], options: LintRunOptions, run: FixRun): Promise<Fixed> {
  const fixed: FileResult[] = [];
  let diff = '';
  for (const result of results) {
    if (!fixesOf(result, run.quiet).length) {
      fixed.push(result);
      continue;
    }
    const original = run.stdinText ?? textOf(result.filePath);
    if (original === undefined) {
      fixed.push(result);
      continue;
    }
    const bom = original.startsWith(BOM) ? BOM : '';
    let text = original.slice(bom.length);
    let current = result;
    let passes = 0;
    for (; passes < MAX_PASSES; passes++) {
      const fixes = fixesOf(current, run.quiet);
      if (!fixes.length) break;
      const { output } = applyFixes(text, fixes);
      if (output === text) break;
      text = output;
      const relinted = (await lintFile({ filePath: result.filePath, bytes: Buffer.from(bom + text, 'utf8') }, options)).result;
      current = withPasses(relinted, current, passes + 1);
    }
    const after = bom + text;
    if (after === original) {
      fixed.push(result);
      continue;
    }
    if (run.write && run.stdinText === undefined) {
      try {
        // Through a symbolic link to the file it names: the link stays a link.
        writeAtomically(realpathSync(result.filePath), after);
      } catch (error) {
        throw new UsageError(`cannot write the fixed ${displayPath(run.cwd, result.filePath)}: ${reason(error)}`);
      }
    }
    diff += unifiedDiff(displayPath(run.cwd, result.filePath), original, after);
    fixed.push({ ...current, output: after });
  }
  return { results: fixed, diff };
}

/** The file's text, or undefined when it cannot be read now (it is then left as it is). */
function textOf(filePath: string): string | undefined {
  const read = readProposalFile(filePath, DEFAULT_MAX_BYTES);
  return 'bytes' in read ? Buffer.from(read.bytes).toString('utf8') : undefined;
}

/** `--stats`: the passes of the earlier lint runs of the file come before the new one's. */
function withPasses(result: FileResult, before: FileResult, fixPasses: number): FileResult {
  if (!result.stats || !before.stats) return result;
  return { ...result, stats: { times: { passes: [...before.stats.times.passes, ...result.stats.times.passes] }, fixPasses } };
}
