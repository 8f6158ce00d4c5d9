/**
 * The `lint` options of SPEC §3 and the other commands, run through the built CLI: stdout,
 * stderr and exit code asserted together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { expectRunFailure, jsonResults, schemaProposal, SCHEMA_ONLY, type JsonResult } from '../helpers/cli-assert.js';

const ANSI = /\u001b\[\d+(;\d+)*m/;

let dir: string;

beforeAll(() => {
  dir = tempDir('options');
  writeTree(dir, {
    '.itstratrc.yaml': SCHEMA_ONLY,
    'typo.yaml': schemaProposal({ typo: true }),
    'bad-value.yaml': schemaProposal({ badValue: true }),
    // An error (a value outside its list) and a warning (a disable naming no rule there is).
    'mixed.yaml': `# itstrat-disable no-such-rule -- kept from an old template\n${schemaProposal({ badValue: true })}`,
  });
});

afterAll(() => removeDir(dir));

const inDir = (args: string[], options: { env?: Record<string, string | undefined>; input?: string } = {}) => runCli(args, { cwd: dir, ...options });

describe('lint options', () => {
  it('--stdin with --stdin-filename lints the text as that file (Markdown here)', () => {
    const markdown = [
      '---',
      'title: Digital post',
      'budgett: 5',
      '---',
      '',
      '# Digital post',
      '',
      '## Follow-up',
      '',
      '| Perspective | Metric | Method | Target |',
      '|---|---|---|---|',
      '| Sideways benefit | Happiness | Objective | 100 % |',
      '',
    ].join('\n');
    const run = inDir(['lint', '--stdin', '--stdin-filename', 'drafts/x.md', '--format', 'json'], { input: markdown });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result!.filePath).toBe(join(dir, 'drafts', 'x.md'));
    // The unknown key in the front matter and the unknown perspective in the table: read as Markdown.
    expect(result!.messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`)).toEqual(['schema@3:1', 'schema@12:3']);

    const stylish = inDir(['lint', '--stdin', '--stdin-filename', 'drafts/x.md'], { input: markdown });
    expect(stylish.stdout).toMatch(/^drafts\/x\.md$/m);
  });

  it('--output-file writes the report to the file (folders created) and nothing to stdout', () => {
    const run = inDir(['lint', 'bad-value.yaml', '--format', 'json', '--output-file', 'reports/lint.json']);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const written = JSON.parse(readFileSync(join(dir, 'reports/lint.json'), 'utf8')) as JsonResult[];
    expect(written.map((result) => result.messages.map((message) => message.ruleId))).toEqual([['schema']]);
  });

  it('an --output-file that cannot be written is exit 2 with one line', () => {
    writeTree(dir, { blocker: 'a file where a folder should be' });
    expectRunFailure(inDir(['lint', 'typo.yaml', '--output-file', 'blocker/report.txt']), /cannot write blocker\/report\.txt/);
    expect(existsSync(join(dir, 'blocker/report.txt'))).toBe(false);
  });

  it('--quiet reports errors only', () => {
    const loud = jsonResults(inDir(['lint', 'mixed.yaml', '--format', 'json'])).get('mixed.yaml')!;
    expect(loud.messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['directive', 1],
      ['schema', 2],
    ]);
    const quiet = inDir(['lint', 'mixed.yaml', '--format', 'json', '--quiet']);
    expect(quiet.code).toBe(1);
    const result = jsonResults(quiet).get('mixed.yaml')!;
    expect(result.messages.map((message) => [message.ruleId, message.severity])).toEqual([['schema', 2]]);
    expect(result.warningCount).toBe(0);
  });

  it('--lang sv gives Swedish messages and summary, whatever the language of the proposal', () => {
    // The unknown key is a warning.
    const english = inDir(['lint', 'typo.yaml']);
    const swedish = inDir(['lint', 'typo.yaml', '--lang', 'sv']);
    expect(swedish.code).toBe(0);
    expect(english.stdout).toMatch(/✖ 1 problem \(0 errors, 1 warning\)/);
    expect(swedish.stdout).toMatch(/✖ 1 problem \(0 fel, 1 varning\)/);
    expect(swedish.stdout).toMatch(/^ +6:1 +varning +.*budgett.* +schema$/m);
    const message = (run: typeof english) => run.stdout.split('\n').find((line) => line.includes('budgett'))!;
    expect(message(swedish)).not.toBe(message(english));
    const json = jsonResults(inDir(['lint', 'typo.yaml', '--lang', 'sv', '--format', 'json'])).get('typo.yaml')!;
    expect(json.messages[0]!.message).toMatch(/budgett/);
    expect((json as JsonResult & { language: string }).language).toBe('sv');
  });

  it('--color forces ANSI colours, --no-color removes them, and a pipe gets none by default', () => {
    const forced = inDir(['lint', 'typo.yaml', '--color'], { env: { NO_COLOR: undefined } });
    expect(forced.stdout).toMatch(ANSI);
    const off = inDir(['lint', 'typo.yaml', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(off.stdout).not.toMatch(ANSI);
    expect(off.stdout).toBe(forced.stdout.replace(/\u001b\[\d+(;\d+)*m/g, ''));
    const piped = inDir(['lint', 'typo.yaml'], { env: { NO_COLOR: undefined } });
    expect(piped.stdout).toBe(off.stdout);
    for (const run of [forced, off, piped]) expect([run.code, run.stderr]).toEqual([0, '']);
  });
});

describe('other commands', () => {
  it('rules lists every rule; --format json gives id, severity, clauses and description', () => {
    const text = inDir(['rules']);
    expect([text.code, text.stderr]).toEqual([0, '']);
    const json = inDir(['rules', '--format', 'json']);
    expect([json.code, json.stderr]).toEqual([0, '']);
    const rules = JSON.parse(json.stdout) as { id: string; severity: string; clauses: string[]; description: string }[];
    const ids = rules.map((rule) => rule.id);
    for (const id of ['single-owner', 'shared-solution', 'business-case', 'follow-up-perspectives', 'schema']) expect(ids).toContain(id);
    for (const rule of rules) {
      expect(['error', 'warn']).toContain(rule.severity);
      expect(Array.isArray(rule.clauses)).toBe(true);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(text.stdout).toMatch(new RegExp(`^${rule.id.replace(/[/-]/g, '\\$&')} `, 'm'));
    }
  });

  it('explain <rule> shows the rule, its clauses and docs; an unknown rule is exit 2', () => {
    const run = inDir(['explain', 'single-owner']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^single-owner — /);
    expect(run.stdout).toMatch(/^[A-Z]{3}-[0-9][^ ]* — /m);
    expectRunFailure(inDir(['explain', 'nope']), /unknown rule "nope"/);
  });

  it('schema prints a JSON Schema', () => {
    const run = inDir(['schema']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const schema = JSON.parse(run.stdout) as { $schema: string; type: string; properties: Record<string, unknown> };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'owner', 'businessCase', 'followUp']));
  });

  it('--version prints the package version; --help and lint --help print the usage; all exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(inDir(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = inDir(['--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: itstrat/);
    for (const command of ['lint', 'rules', 'explain', 'schema']) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    const lintHelp = inDir(['lint', '--help']);
    expect([lintHelp.code, lintHelp.stderr]).toEqual([0, '']);
    for (const option of [
      '--config',
      '--strategy',
      '--format',
      '--output-file',
      '--max-warnings',
      '--quiet',
      '--lang',
      '--rule',
      '--no-color',
      '--stdin-filename',
      '--ignore-pattern',
      '--cache',
    ]) {
      expect(lintHelp.stdout).toContain(option);
    }
  });
});
