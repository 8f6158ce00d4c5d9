/**
 * The command line (SPEC §3, §5). Exit codes: 0 clean, 1 error findings or too many warnings,
 * 2 the run itself failed — always one line on stderr, never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../engine/errors.js';
import { LANGS, type Lang } from '../model/model.js';
import { strategyIds, type StrategyName } from '../lexicon/strategies.js';

import { FORMATTERS } from './formatters-index.js';
import { visible } from '../formatters/safe-text.js';

/** The formatters in src/formatters/, the default first. */
const FORMATS: readonly string[] = ['stylish', ...Object.keys(FORMATTERS).filter((name) => name !== 'stylish')];

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function fail(message: string): never {
  throw new UsageError(message);
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('itstrat')
    .description('Lint IT project proposals against municipal IT strategies.')
    .version(await version(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: (text) => process.stdout.write(text) })
    .showSuggestionAfterError(true);
  let exitCode = 0;

  program
    .command('lint')
    .description('lint proposals: files, folders (recursively: .yaml .yml .md) or globs')
    .argument('[paths...]', 'files, folders or globs', [])
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--strategy <name>', 'add a strategy preset (repeatable)', collect, [])
    .option(
      '-f, --format <name>',
      `output format: ${FORMATS.join(', ')}, a module path or an itstrat-formatter-… package (repeatable; default stylish)`,
      collect,
    )
    .option('-o, --output-file <[format=]file>', "write a format's report to a file instead of stdout (repeatable: sarif=out/itstrat.sarif)", collect)
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .addOption(new Option('--lang <lang>', 'language of messages').choices([...LANGS]))
    .option('--rule <id:severity>', "set a rule's severity, e.g. single-owner:warn (repeatable)", collect, [])
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin (decides YAML or Markdown and which overrides apply)')
    .option('--ignore-pattern <pattern>', 'ignore files matching this gitignore pattern (repeatable)', collect, [])
    .option('--no-ignore', "do not use .itstratignore, .gitignore or the config's ignore")
    .option('--concurrency <n|auto>', 'lint with this many worker threads ("auto": by files and cores; default 1)')
    .option('--file-timeout <ms>', 'stop linting a file after this many milliseconds: an internal finding, and the run goes on (default 10000; 0: no limit)')
    .option('--max-bytes <n>', 'a larger file is not linted but reported (a parse finding at 1:1); bytes, or with KiB or MiB (default 4MiB)')
    .option('--cache', 'reuse the results of files that did not change since the last run')
    .option('--cache-location <path>', 'cache file, or a directory for it (default .itstratcache)')
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--baseline-write <file>', 'record the current findings in this baseline file (fixed ones drop out)')
    .option('--no-plugins', "do not load the config's plugins (for untrusted input; also ITSTRAT_NO_PLUGINS=1)")
    .option('--annotate-dir <dir>', 'write a copy of each Word file with its findings as comments into this folder')
    .option('--fix', 'write the fixes to the files, then report what remains')
    .option('--fix-dry-run', 'print the fixes as a unified diff and write nothing')
    .option('--print-config <file>', 'print the settings that apply to this file as JSON, and lint nothing')
    .option('--stats', 'time each phase and each rule (json: "stats"; stylish: a table)')
    .option('--scoped', "apply the config's files scope to files named on the command line too (as the pre-commit hook does)")
    .action(async (paths: string[], options: LintFlags) => {
      const { runLint } = await import('./lint-command.js');
      exitCode = await runLint(paths, normaliseLintFlags(options, paths));
    });

  program
    .command('annotate')
    .description('a copy of a Word proposal with one comment per finding')
    .argument('<file>', 'the .docx (or .docm) to review; never modified')
    .requiredOption('-o, --output <file>', 'where to write the reviewed copy (not the input)')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--strategy <name>', 'add a strategy preset (repeatable)', collect, [])
    .addOption(new Option('--lang <lang>', 'language of the comments').choices([...LANGS]))
    .option('--rule <id:severity>', "set a rule's severity, e.g. single-owner:warn (repeatable)", collect, [])
    .action(async (file: string, options: import('./annotate.js').AnnotateSettings) => {
      const { runAnnotate } = await import('./annotate.js');
      exitCode = await runAnnotate(file, options);
    });

  program
    .command('rules')
    .description('list the rules')
    .option('--strategy <name>', "only the rules of this strategy's preset")
    .option('-f, --format <name>', 'text or json', 'text')
    .option('-c, --config <file>', 'the config whose plugins to list too (default: found upward)')
    .option('--no-plugins', "do not load the config's plugins (for untrusted input; also ITSTRAT_NO_PLUGINS=1)")
    .action(async (options: { strategy?: string; format: string; config?: string; plugins: boolean }) => {
      const { listRules } = await import('./commands.js');
      process.stdout.write(await listRules(options));
    });

  program
    .command('explain')
    .description('what a rule checks, the clauses behind it, how to fix, examples')
    .argument('<rule>', 'rule id')
    .addOption(new Option('--lang <lang>', 'language of the clause summary').choices([...LANGS]))
    .option('-c, --config <file>', 'the config whose plugin rules can be explained too (default: found upward)')
    .option('--no-plugins', "do not load the config's plugins (for untrusted input; also ITSTRAT_NO_PLUGINS=1)")
    .action(async (ruleId: string, options: { lang?: Lang; config?: string; plugins: boolean }) => {
      const { explainRule } = await import('./commands.js');
      process.stdout.write(await explainRule(ruleId, options.lang ?? 'en', options.config, options.plugins));
    });

  program
    .command('schema')
    .description('print the JSON Schema of a proposal (for yaml-language-server and editors)')
    .option('--strategy <name>', 'the schema of one strategy')
    .action(async (options: { strategy?: string }) => {
      const { printSchema } = await import('./commands.js');
      process.stdout.write(printSchema(options.strategy));
    });

  program
    .command('init')
    .description('scaffold a proposal that names every field a strategy demands')
    .argument('[file]', 'where to write it ("-" for standard output)')
    .addOption(new Option('--strategy <name>', 'the strategy').choices([...strategyIds()]).makeOptionMandatory())
    .addOption(new Option('--lang <lang>', 'language of headings, keys and guidance').choices([...LANGS]).default('en'))
    .addOption(new Option('--format <format>', 'Markdown, YAML or Word').choices(['md', 'yaml', 'docx']).default('md'))
    .option('--force', 'overwrite an existing file')
    .option('--write-config', "write a config (.itstratrc.yaml) with the strategy's preset and the files scope instead of a proposal")
    .action(
      async (
        file: string | undefined,
        options: { strategy: StrategyName; lang: Lang; format: 'md' | 'yaml' | 'docx'; force?: boolean; writeConfig?: boolean },
      ) => {
        const { writeScaffold } = await import('./commands.js');
        process.stdout.write(writeScaffold(file, options));
      },
    );

  program
    .command('report')
    .description('portfolio report: compliance across many proposals')
    .argument('[paths...]', 'files, folders or globs', [])
    .addOption(new Option('-f, --format <name>', 'report format').choices(['markdown', 'html', 'json']).default('markdown'))
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--strategy <name>', 'add a strategy preset (repeatable)', collect, [])
    .addOption(
      new Option('--lang <lang>', 'language of the whole report: headings, messages, rule descriptions, clause titles').choices([...LANGS]).default('en'),
    )
    .option('--compare <previous.json>', 'show new, fixed and unchanged findings since a previous report --format json')
    .option('--ignore-pattern <pattern>', 'ignore files matching this gitignore pattern (repeatable)', collect, [])
    .option('--no-ignore', "do not use .itstratignore, .gitignore or the config's ignore")
    .option('--concurrency <n|auto>', 'lint with this many worker threads ("auto": by files and cores; default 1)')
    .option('--file-timeout <ms>', 'stop linting a file after this many milliseconds: an internal finding, and the run goes on (default 10000; 0: no limit)')
    .option('--no-plugins', "do not load the config's plugins (for untrusted input; also ITSTRAT_NO_PLUGINS=1)")
    .action(async (paths: string[], options: ReportFlags) => {
      const { runReport } = await import('./report-command.js');
      const { concurrency, outputFile, fileTimeout, ...rest } = options;
      if (outputFile !== undefined && !outputFile.trim()) fail('--output-file: the file name is empty');
      const timeout = parseFileTimeout(fileTimeout);
      exitCode = await runReport(paths, {
        ...rest,
        concurrency: parseConcurrency(concurrency),
        ...(outputFile !== undefined ? { outputFile } : {}),
        ...(timeout !== undefined ? { fileTimeout: timeout } : {}),
      });
    });

  program
    .command('lsp')
    .description('language server on stdio: findings, clause hovers, fixes and completions in the editor (see docs/editor.md)')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
    // Language clients add options of their own (--clientProcessId=…); the server reads what it needs.
    .allowUnknownOption()
    .action(async () => {
      const { startLanguageServer } = await import('../lsp/server.js');
      exitCode = await startLanguageServer();
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') {
        // No command given: the usage on stdout, the failure in one line on stderr.
        process.stdout.write(program.helpInformation());
        process.stderr.write(`itstrat: no command given (${program.commands.map((command) => command.name()).join(', ')}; see itstrat --help)\n`);
        return 2;
      }
      process.stderr.write(`itstrat: ${visible(error.message.replace(/^error: /, '').split('\n')[0]!)}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      // A config value or file name quoted in the message may carry control characters.
      process.stderr.write(`itstrat: ${visible(error.message)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`itstrat: internal error: ${visible(detail)}\n`);
    return 2;
  }
}

export interface LintFlags {
  config?: string;
  strategy: string[];
  format?: string[];
  outputFile?: string[];
  maxWarnings?: string;
  quiet?: boolean;
  lang?: Lang;
  rule: string[];
  /** Undefined: decide by the terminal. */
  color?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  ignorePattern: string[];
  ignore: boolean;
  concurrency?: string;
  fileTimeout?: string;
  maxBytes?: string;
  cache?: boolean;
  cacheLocation?: string;
  baseline?: string;
  baselineWrite?: string;
  /** `--no-plugins` gives false. */
  plugins: boolean;
  /** `--annotate-dir`: where reviewed copies of Word files go. */
  annotateDir?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  printConfig?: string;
  stats?: boolean;
  scoped?: boolean;
}

export interface ReportFlags {
  format: 'markdown' | 'html' | 'json';
  outputFile?: string;
  compare?: string;
  config?: string;
  strategy: string[];
  lang: Lang;
  ignorePattern: string[];
  ignore: boolean;
  concurrency?: string;
  fileTimeout?: string;
  /** `--no-plugins` gives false. */
  plugins: boolean;
}

/** One report of a run: a format, and the file it goes to (stdout when absent). */
export interface LintOutput {
  format: string;
  file?: string;
}

export interface LintSettings extends Omit<LintFlags, 'maxWarnings' | 'format' | 'outputFile' | 'concurrency' | 'fileTimeout' | 'maxBytes'> {
  maxWarnings?: number;
  /** `--max-bytes`: the size limit of one file. */
  maxBytes?: number;
  /** `--file-timeout` in milliseconds; 0: no limit. */
  fileTimeout?: number;
  outputs: LintOutput[];
  /** Worker threads, or 'auto'; 1 lints on the main thread. */
  concurrency: number | 'auto';
}

function isFormat(name: string): boolean {
  return FORMATS.includes(name);
}

/**
 * A formatter of the user's: a module path (`./my-formatter.js`, `/abs/f.mjs`) or an npm package
 * named `itstrat-formatter-…` (or `@scope/itstrat-formatter…`), loaded as the built-ins are.
 */
export function isCustomFormat(name: string): boolean {
  return /^\.{1,2}[\\/]|^[\\/]|^[a-zA-Z]:[\\/]|\.[cm]?js$/.test(name) || /^(@[^/]+\/)?itstrat-formatter(-[^/]+)?$/.test(name);
}

/**
 * `--format` (repeatable) and `--output-file` (repeatable, `format=path`; a bare path when there
 * is one format) into the run's outputs. At most one format may go to stdout.
 */
export function resolveOutputs(formats: string[], outputFiles: string[]): LintOutput[] {
  const names = [...new Set(formats.length ? formats : ['stylish'])];
  for (const name of names)
    if (!isFormat(name) && !isCustomFormat(name))
      fail(`unknown format "${name}" (choose from ${FORMATS.join(', ')}, a module path such as ./my-formatter.js, or a package itstrat-formatter-…)`);
  const files = new Map<string, string>();
  for (const value of outputFiles) {
    const assignment = /^([a-z][a-z-]*)=(.+)$/.exec(value);
    const custom = names.find((name) => isCustomFormat(name) && value.startsWith(`${name}=`));
    let format: string;
    let file: string;
    if (custom) {
      format = custom;
      file = value.slice(custom.length + 1);
    } else if (assignment && isFormat(assignment[1]!)) {
      [, format, file] = assignment as unknown as [string, string, string];
      if (!names.includes(format)) fail(`--output-file ${value}: no --format ${format} asks for it`);
    } else {
      if (names.length > 1) fail(`--output-file ${value}: with several formats, name the format (e.g. --output-file ${names[1]}=${value})`);
      format = names[0]!;
      file = value;
    }
    if (!file.trim()) fail(`--output-file ${value}: the file name is empty`);
    if (files.has(format)) fail(`--output-file: the format ${format} is given two files`);
    files.set(format, file);
  }
  const outputs = names.map((format) => ({ format: format as LintOutput['format'], ...(files.has(format) ? { file: files.get(format)! } : {}) }));
  const toStdout = outputs.filter((output) => !output.file).map((output) => output.format);
  if (toStdout.length > 1) fail(`only one format can go to stdout, not ${toStdout.join(' and ')}: give the others a file with --output-file <format>=<file>`);
  const targets = outputs.filter((output) => output.file).map((output) => output.file!);
  const twice = targets.find((file, index) => targets.indexOf(file) !== index);
  if (twice) fail(`--output-file: two formats would write ${twice}`);
  return outputs;
}

/** `--file-timeout <ms>`: undefined (the default budget) when not given. */
function parseFileTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`--file-timeout must be a whole number of milliseconds (0: no limit), not "${value}"`);
  return Number(value);
}

/** `--max-bytes <n[KiB|MiB]>`: undefined (the default limit) when not given. */
function parseMaxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)(KiB|MiB)?$/.exec(value);
  if (!match || Number(match[1]) < 1) fail(`--max-bytes must be a whole number of bytes (at least 1), optionally with KiB or MiB, not "${value}"`);
  return Number(match![1]) * (match![2] === 'MiB' ? 1024 * 1024 : match![2] === 'KiB' ? 1024 : 1);
}

/** `--concurrency <n|auto>`: 1 (the main thread) when not given. */
function parseConcurrency(value: string | undefined): number | 'auto' {
  const concurrency = value === undefined || value === 'auto' ? (value ?? 1) : Number(value);
  if (concurrency !== 'auto' && (!Number.isInteger(concurrency) || concurrency < 1))
    fail(`--concurrency must be a whole number of at least 1, or auto, not "${value}"`);
  return concurrency;
}

function normaliseLintFlags(flags: LintFlags, paths: string[]): LintSettings {
  if (flags.stdinFilename !== undefined && !flags.stdin) fail('--stdin-filename names the text read with --stdin: add --stdin');
  if (flags.stdin && paths.length) fail(`--stdin lints standard input: do not also name files (${paths[0]})`);
  if (flags.fix && flags.fixDryRun) fail('--fix writes the fixes and --fix-dry-run only shows them: choose one');
  if (flags.fix && flags.stdin) fail('--fix writes files: with --stdin, use --fix-dry-run to see the fixes');
  const outputs = resolveOutputs(flags.format ?? [], flags.outputFile ?? []);
  if (flags.baseline && flags.baselineWrite && flags.baseline !== flags.baselineWrite) {
    fail('--baseline and --baseline-write name different files: --baseline-write also applies the baseline it writes');
  }
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    if (!/^-?\d+$/.test(flags.maxWarnings)) fail(`--max-warnings must be a whole number, not "${flags.maxWarnings}"`);
    maxWarnings = Number(flags.maxWarnings);
  }
  const concurrency = parseConcurrency(flags.concurrency);
  const fileTimeout = parseFileTimeout(flags.fileTimeout);
  const maxBytes = parseMaxBytes(flags.maxBytes);
  const {
    maxWarnings: _raw,
    format: _format,
    outputFile: _outputFile,
    concurrency: _concurrency,
    fileTimeout: _fileTimeout,
    maxBytes: _maxBytes,
    ...rest
  } = flags;
  void [_raw, _format, _outputFile, _concurrency, _fileTimeout, _maxBytes];
  return {
    ...rest,
    outputs,
    concurrency,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(fileTimeout !== undefined ? { fileTimeout } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  };
}

async function version(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { rootUrl } = await import('../lexicon/package-root.js');
  return (JSON.parse(readFileSync(rootUrl('package.json'), 'utf8')) as { version: string }).version;
}
