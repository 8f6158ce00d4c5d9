/**
 * `itstrat annotate <file.docx> -o <reviewed.docx>`: the author's own Word document back with
 * each finding as a Word comment in the margin. The input is never written: an output that is
 * the input (by path or, through links, the same file) is refused before anything is linted.
 */
import { resolve } from 'node:path';
import { UsageError } from '../engine/errors.js';
import { formatOf } from '../model/loaders/index.js';
import type { Lang } from '../model/model.js';
import { identity, writeReviewed } from './annotate-write.js';
import { lintPaths } from './lint-command.js';

export interface AnnotateSettings {
  output: string;
  config?: string;
  strategy: string[];
  rule: string[];
  lang?: Lang;
}

export async function runAnnotate(file: string, settings: AnnotateSettings): Promise<number> {
  if (formatOf(file) !== 'docx') throw new UsageError(`${file}: annotate writes Word comments, so it reads a .docx or .docm file`);
  if (!settings.output.trim()) throw new UsageError('-o: the file name is empty');
  const cwd = process.cwd();
  const output = resolve(cwd, settings.output);
  if (identity(resolve(cwd, file)) === identity(output))
    throw new UsageError(`${settings.output} is the input file; the input is never overwritten: name another file`);
  const { results } = await lintPaths(
    [file],
    {
      strategy: settings.strategy,
      rule: settings.rule,
      ignore: false,
      ignorePattern: [],
      concurrency: 1,
      ...(settings.lang ? { lang: settings.lang } : {}),
      ...(settings.config ? { config: settings.config } : {}),
    },
    cwd,
  );
  const result = results[0]!;
  if (result.fatalErrorCount > 0) {
    process.stderr.write(`itstrat: ${file} cannot be read, so it is not annotated: ${result.findings[0]?.message ?? ''}\n`);
    return 1;
  }
  const count = writeReviewed(result.filePath, output, result);
  process.stdout.write(`Wrote ${settings.output} with ${count} ${count === 1 ? 'comment' : 'comments'}.\n`);
  return result.errorCount > 0 ? 1 : 0;
}
