/**
 * SPEC §5 exit codes, with the built CLI run as a user runs it: 0 clean, 1 error findings or
 * too many warnings, 2 the run itself failed — then with exactly one line on stderr saying what
 * and where, and never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { CLEAN_YAML, expectRunFailure, jsonResults, schemaProposal, SCHEMA_ONLY } from '../helpers/cli-assert.js';

let dir: string;

beforeAll(() => {
  dir = tempDir('exit');
  writeTree(dir, {
    // The default configuration, written down so a config further up cannot leak in.
    '.itstratrc.yaml': 'extends: [itstrat:recommended]\n',
    'clean.yaml': CLEAN_YAML,
    // A value outside its list is an error; an unknown key only a warning.
    'bad-value.yaml': CLEAN_YAML.replace('language: en\n', 'language: en\ncategory: budgett\n'),
    'typo.yaml': CLEAN_YAML.replace('language: en\n', 'language: en\nbudgett: 100000\n'),
    'schema-only.yaml': SCHEMA_ONLY,
    'small-typo.yaml': schemaProposal({ typo: true }),
    'configs/bad-yaml.yaml': 'rules:\n  schema: [error\n',
    'configs/unknown-key.yaml': 'rulez:\n  schema: error\n',
    'configs/wrong-type.yaml': 'rules: 5\n',
    'configs/unknown-rule.yaml': 'rules:\n  no-such-rule: error\n',
    'configs/unknown-preset.yaml': 'extends: [itstrat:atlantis]\n',
    'configs/missing-plugin.yaml': 'plugins: ["./not-there.js"]\n',
  });
});

afterAll(() => removeDir(dir));

const lint = (...args: string[]) => runCli(['lint', ...args], { cwd: dir });

describe('exit codes 0 and 1', () => {
  it('0 for a clean proposal, with nothing on stdout or stderr', () => {
    const run = lint('clean.yaml');
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('1 for an error finding, which the report shows; nothing on stderr', () => {
    const run = lint('clean.yaml', 'bad-value.yaml', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = jsonResults(run);
    expect(results.get('clean.yaml')).toMatchObject({ errorCount: 0, warningCount: 0, messages: [] });
    const bad = results.get('bad-value.yaml')!;
    expect(bad.errorCount).toBe(1);
    expect(bad.messages).toEqual([expect.objectContaining({ ruleId: 'schema', severity: 2, line: 3, column: 11 })]);
    expect(bad.messages[0]!.message).toContain('category');
  });

  it('0 for an unknown key alone: a warning the report shows', () => {
    const run = lint('typo.yaml', '--format', 'json');
    expect(run.code).toBe(0);
    const typo = jsonResults(run).get('typo.yaml')!;
    expect([typo.errorCount, typo.warningCount]).toEqual([0, 1]);
    expect(typo.messages).toEqual([expect.objectContaining({ ruleId: 'schema', severity: 1, line: 3, column: 1 })]);
    expect(typo.messages[0]!.message).toContain('budgett');
  });

  it('0 with warnings within --max-warnings, 1 over it (one line on stderr saying so)', () => {
    const args = ['small-typo.yaml', '--config', 'schema-only.yaml', '--rule', 'schema:warn'];
    const within = lint(...args, '--max-warnings', '1');
    expect(within.code).toBe(0);
    expect(within.stderr).toBe('');
    expect(within.stdout).toMatch(/warning .*budgett.* schema/);
    expect(within.stdout).toMatch(/1 problem \(0 errors, 1 warning\)/);

    const over = lint(...args, '--max-warnings', '0');
    expect(over.code).toBe(1);
    expect(over.stdout).toBe(within.stdout);
    expect(over.stderr).toBe('itstrat: 1 warnings, more than --max-warnings 0\n');
  });

  it('--quiet hides the warnings but --max-warnings still counts them (as ESLint does)', () => {
    const run = lint('small-typo.yaml', '--config', 'schema-only.yaml', '--rule', 'schema:warn', '--quiet', '--max-warnings', '0');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('exit code 2: the run itself failed, one line on stderr', () => {
  const cases: [string, string[], RegExp][] = [
    ['a path that does not exist', ['clean.yaml', 'nowhere/proposal.yaml'], /no such file or directory: nowhere\/proposal\.yaml/],
    ['a glob that matches nothing', ['nowhere/*.yaml'], /no files match the pattern "nowhere\/\*\.yaml"/],
    ['an unknown --format', ['clean.yaml', '--format', 'xml'], /unknown format "xml"/],
    ['an unknown rule in --rule', ['clean.yaml', '--rule', 'no-such-rule:error'], /unknown rule "no-such-rule" in --rule/],
    ['a --rule without a severity', ['clean.yaml', '--rule', 'schema'], /--rule "schema" must be rule-id:severity/],
    [
      'a --rule whose severity is a name every object has',
      ['clean.yaml', '--rule', 'schema:constructor'],
      /--rule "schema:constructor": severity must be off, warn or error/,
    ],
    ['an unknown --strategy', ['clean.yaml', '--strategy', 'atlantis'], /unknown strategy "atlantis"/],
    ['a --max-warnings that is not a number', ['clean.yaml', '--max-warnings', 'few'], /--max-warnings must be a whole number/],
    ['an unknown --lang', ['clean.yaml', '--lang', 'fi'], /'--lang <lang>' argument 'fi' is invalid/],
    ['an unknown option', ['clean.yaml', '--frobnicate'], /unknown option '--frobnicate'/],
    ['--stdin-filename without --stdin', ['clean.yaml', '--stdin-filename', 'x.md'], /--stdin-filename .*add --stdin/],
    ['a --config that does not exist', ['clean.yaml', '--config', 'nowhere.yaml'], /cannot read config .*nowhere\.yaml: ENOENT/],
    ['an unknown rule in the config', ['clean.yaml', '--config', 'configs/unknown-rule.yaml'], /unknown rule "no-such-rule" in .*unknown-rule\.yaml/],
    ['a config that is not YAML', ['clean.yaml', '--config', 'configs/bad-yaml.yaml'], /invalid config .*bad-yaml\.yaml:\d+:\d+: /],
    ['a config with an unknown key', ['clean.yaml', '--config', 'configs/unknown-key.yaml'], /invalid config .*unknown-key\.yaml:1:1: .*unknown key "rulez"/],
    [
      'a config value of the wrong type',
      ['clean.yaml', '--config', 'configs/wrong-type.yaml'],
      /invalid config .*wrong-type\.yaml:1:8: rules: 5 is of the wrong type; allowed: a mapping/,
    ],
    ['an unknown preset in the config', ['clean.yaml', '--config', 'configs/unknown-preset.yaml'], /unknown preset "itstrat:atlantis"/],
    ['a plugin that does not exist', ['clean.yaml', '--config', 'configs/missing-plugin.yaml'], /cannot find plugin "\.\/not-there\.js"/],
  ];

  it.each(cases)('%s', (_name, args, says) => {
    expectRunFailure(lint(...args), says);
  });

  it('an unknown command, and no command at all (which also prints the usage)', () => {
    expectRunFailure(runCli(['lnit'], { cwd: dir }), /unknown command 'lnit'/);
    const bare = runCli([], { cwd: dir });
    expect(bare.code).toBe(2);
    expect(bare.stdout).toMatch(/^Usage: itstrat/);
    expect(bare.stderr).toMatch(/^itstrat: no command given \(lint, .*\)\n$/);
  });

  it('a config found upward from the working directory is used, and its faults are exit 2 too', () => {
    writeTree(dir, { 'nested/.itstratrc.yaml': 'rules:\n  schema: fatal\n', 'nested/deeper/p.yaml': schemaProposal() });
    const run = runCli(['lint', 'p.yaml'], { cwd: `${dir}/nested/deeper` });
    expectRunFailure(run, /invalid config .*nested\/\.itstratrc\.yaml:2:11: rules\.schema: /);
  });
});
