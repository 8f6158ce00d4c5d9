/**
 * Reviewed copies of Word files: each finding of a file's result as a Word comment
 * (annotate-docx.ts), written beside — never over — the input.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';
import type { FileResult } from '../engine/file-result.js';
import { clauseCatalogue } from '../lexicon/clauses.js';
import { formatOf } from '../model/loaders/index.js';
import { type Annotation, annotateDocx } from './annotate-docx.js';
import { reason, writeAtomically } from './output-paths.js';

/** The comments of a file's findings: the message in the run's language, then each clause's id and quote. */
export function annotationsOf(result: FileResult): Annotation[] {
  const { clauses } = clauseCatalogue();
  return result.findings.map((finding) => ({
    paragraph: finding.line,
    text: [`${finding.message} (${finding.ruleId})`, ...finding.clauses.map((id) => (clauses[id] ? `${id}: «${clauses[id].quote}»` : id))],
  }));
}

/** The real path of a file, or its resolved path when it does not exist yet. */
export function identity(path: string): string {
  return existsSync(path) ? realpathSync(path) : resolve(path);
}

/** Writes the reviewed copy of `input` to `output`; the run fails (exit 2) when it cannot. */
export function writeReviewed(input: string, output: string, result: FileResult): number {
  if (identity(input) === identity(output)) throw new UsageError(`${output} is the input file; the input is never overwritten: name another file`);
  let bytes: Uint8Array;
  try {
    bytes = annotateDocx(readFileSync(input), annotationsOf(result));
  } catch (error) {
    throw new UsageError(`cannot annotate ${input}: ${reason(error)}`);
  }
  try {
    writeAtomically(output, bytes);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${reason(error)}`);
  }
  return result.findings.length;
}

/** `lint --annotate-dir`: a reviewed copy of each readable Word file, at its path under `dir`. */
export function annotateInto(dir: string, results: readonly FileResult[], cwd: string): void {
  for (const result of results) {
    if (formatOf(result.filePath) !== 'docx' || result.fatalErrorCount > 0) continue;
    const path = relative(cwd, result.filePath);
    // A file outside the working folder keeps only its name.
    const target = join(resolve(cwd, dir), path.startsWith('..') ? (path.split(/[\\/]/).at(-1) ?? path) : path);
    writeReviewed(result.filePath, target, result);
  }
}
