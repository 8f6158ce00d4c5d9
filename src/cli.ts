/**
 * The command line (SPEC §3, §5). Exit codes: 0 clean, 1 error findings or too many warnings,
 * 2 the run itself failed — always one line on stderr, never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from './errors.js';
import { LANGS, type Lang } from './model.js';

const FORMATS = ['stylish', 'json'] as const;

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
    .option('-f, --format <name>', `output format: ${FORMATS.join(', ')}`, 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .addOption(new Option('--lang <lang>', 'language of messages').choices([...LANGS]))
    .option('--rule <id:severity>', 'set a rule\'s severity, e.g. single-owner:warn (repeatable)', collect, [])
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin (decides YAML or Markdown and which overrides apply)')
    .option('--ignore-pattern <pattern>', 'ignore files matching this gitignore pattern (repeatable)', collect, [])
    .option('--no-ignore', 'do not use .itstratignore, .gitignore or the config\'s ignore')
    .action(async (paths: string[], options: LintFlags) => {
      const { runLint } = await import('./run-lint.js');
      exitCode = await runLint(paths, normaliseLintFlags(options));
    });

  program
    .command('rules')
    .description('list the rules')
    .option('--strategy <name>', 'only the rules of this strategy\'s preset')
    .option('-f, --format <name>', 'text or json', 'text')
    .action(async (options: { strategy?: string; format: string }) => {
      const { listRules } = await import('./commands.js');
      process.stdout.write(await listRules(options));
    });

  program
    .command('explain')
    .description('what a rule checks, the clauses behind it, how to fix, examples')
    .argument('<rule>', 'rule id')
    .addOption(new Option('--lang <lang>', 'language of the clause summary').choices([...LANGS]))
    .action(async (ruleId: string, options: { lang?: Lang }) => {
      const { explainRule } = await import('./commands.js');
      process.stdout.write(await explainRule(ruleId, options.lang ?? 'en'));
    });

  program
    .command('schema')
    .description('print the JSON Schema of a proposal (for yaml-language-server and editors)')
    .option('--strategy <name>', 'the schema of one strategy')
    .action(async (options: { strategy?: string }) => {
      const { printSchema } = await import('./commands.js');
      process.stdout.write(printSchema(options.strategy));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') return 0;
      process.stderr.write(`itstrat: ${error.message.replace(/^error: /, '').split('\n')[0]}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`itstrat: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`itstrat: internal error: ${detail}\n`);
    return 2;
  }
}

export interface LintFlags {
  config?: string;
  strategy: string[];
  format: string;
  outputFile?: string;
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
}

export interface LintSettings extends Omit<LintFlags, 'maxWarnings'> {
  maxWarnings?: number;
}

function normaliseLintFlags(flags: LintFlags): LintSettings {
  if (!(FORMATS as readonly string[]).includes(flags.format)) fail(`unknown format "${flags.format}" (choose from ${FORMATS.join(', ')})`);
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    if (!/^-?\d+$/.test(flags.maxWarnings)) fail(`--max-warnings must be a whole number, not "${flags.maxWarnings}"`);
    maxWarnings = Number(flags.maxWarnings);
  }
  const { maxWarnings: _raw, ...rest } = flags;
  void _raw;
  return { ...rest, ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
}

async function version(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { rootUrl } = await import('./paths.js');
  return (JSON.parse(readFileSync(rootUrl('package.json'), 'utf8')) as { version: string }).version;
}
