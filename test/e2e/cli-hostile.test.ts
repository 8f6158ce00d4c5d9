/**
 * Inputs that used to crash the run, hang it or exhaust its memory — numbers without a domain,
 * prototype names, Markdown that makes the parser's work out of proportion, empty files — each
 * give their own located findings through the built CLI, beside a good file that is still
 * linted: exit 1, one result per file, nothing on stderr.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { CLEAN_YAML, jsonResults } from '../helpers/cli-assert.js';

let dir: string;

beforeAll(() => {
  dir = tempDir('hostile');
});

afterAll(() => removeDir(dir));

const MiB = 1024 * 1024;

const businessCase = (extra: string): string =>
  `title: Numbers\nlanguage: en\nowner: Jane Doe\ndescription: Booking online.\nbusinessCase:\n  currency: DKK\n${extra}`;

/** file → [content, the rule of its first finding, line, column]. */
const hostile: Record<string, [string, string, number, number]> = {
  'nan-year.yaml': [businessCase('  costs:\n    - { item: A, amount: 1, year: .nan, kind: investment }\n'), 'schema', 8, 35],
  'fractional-year.yaml': [businessCase('  costs:\n    - { item: A, amount: 1, year: 2026.5, kind: investment }\n'), 'schema', 8, 35],
  'horizon-1e8.yaml': [businessCase('  horizonYears: 1e8\n  costs:\n    - { item: A, amount: 1, year: 2026, kind: investment }\n'), 'schema', 7, 17],
  'year-minus-1e308.yaml': [
    businessCase('  costs:\n    - { item: A, amount: 1, year: -1e308, kind: investment }\n    - { item: B, amount: 1, year: 2026, kind: operating }\n'),
    'schema',
    8,
    35,
  ],
  'infinities.yaml': [
    businessCase('  costs:\n    - { item: A, amount: .inf, year: .inf, kind: investment }\n    - { item: B, amount: -.inf, year: -.inf, kind: operating }\n'),
    'schema',
    8,
    26,
  ],
  'amount-1e308.yaml': [businessCase('  discountRate: 1e308\n  costs:\n    - { item: A, amount: 1e308, year: 1e308, kind: investment }\n'), 'schema', 7, 17],
  'language-proto.md': ['---\nlanguage: __proto__\nstrategy: constructor\n---\n\n# Booking\n\n## toString\n\nhasOwnProperty: valueOf\n', 'schema', 2, 11],
  'proto-keys.yaml': [
    'title: x\n__proto__: { a: 1 }\nconstructor: 1\nbusinessCase:\n  currency: toString\n  costs:\n    - { item: a, amount: 1, year: 2026, kind: hasOwnProperty }\n',
    'schema',
    2,
    1,
  ],
  'empty.md': ['', 'parse', 1, 1],
  'blank.md': ['\ufeff  \n\n\t\n', 'parse', 1, 1],
  'blank.yaml': ['\ufeff \n', 'parse', 1, 1],
};

/** Markdown that used to take minutes or gigabytes: one parse finding each. */
const huge: Record<string, [() => string, number]> = {
  'headings-1m.md': [() => '# h\n'.repeat(MiB - 1), 1001],
  'headings-40k.md': [() => Array.from({ length: 40_000 }, (_, index) => `## Heading ${index}\n\nText ${index}.\n`).join('\n'), 4001],
  'table-100k.md': [
    () => `# Costs\n\n| Item | Amount |\n|---|---|\n${Array.from({ length: 100_000 }, (_, index) => `| r${index} | ${index} |`).join('\n')}\n`,
    2003,
  ],
  'stars-20k.md': [() => `${'*a_'.repeat(7000)}\n`, 1],
  'brackets-2m.md': [() => `${'['.repeat(MiB)}${']'.repeat(MiB)}\n`, 1],
};

describe('hostile inputs beside a good file', () => {
  it('each is one result with located findings; the good file is linted; exit 1; nothing on stderr', () => {
    // A clean proposal whose language names what every object inherits: no finding (the language is guessed), no crash of the stylish formatter.
    writeTree(dir, { 'run/good.yaml': CLEAN_YAML, 'run/language-constructor.yaml': CLEAN_YAML.replace('language: en', 'language: constructor') });
    for (const [name, [content]] of Object.entries(hostile)) writeFileSync(join(dir, 'run', name), content);
    for (const [name, [make]] of Object.entries(huge)) writeFileSync(join(dir, 'run', name), make());
    for (const format of ['json', 'stylish']) {
      const run = runCli(['lint', '.', '--format', format], { cwd: `${dir}/run` });
      expect(run.stderr, format).toBe('');
      expect(run.code, `${format}\n${run.stdout.slice(0, 2000)}`).toBe(1);
    }
    const run = runCli(['lint', '.', '--format', 'json'], { cwd: `${dir}/run` });
    const results = jsonResults(run);
    expect([...results.keys()].sort()).toEqual(['good.yaml', 'language-constructor.yaml', ...Object.keys(hostile), ...Object.keys(huge)].sort());
    expect(results.get('good.yaml')!.messages).toEqual([]);
    // Not a language: one located schema finding at the value, and nothing crashes.
    expect(results.get('language-constructor.yaml')!.messages.map((message) => `${message.ruleId}/${message.messageId}@${message.line}`)).toEqual([
      'schema/enum@2',
    ]);
    expect(run.stdout).not.toMatch(/"ruleId":"internal"/);
    // Figures: numbers, never null for NaN or ±Infinity (a payback year may be null: never paid back).
    for (const result of JSON.parse(run.stdout) as { businessCase?: object }[]) {
      const walk = (value: unknown, path: string): void => {
        if (value === null) expect(path).toMatch(/paybackYear$/);
        else if (typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
      };
      walk(result.businessCase, 'businessCase');
    }

    for (const [name, [, ruleId, line, column]] of Object.entries(hostile)) {
      const messages = results.get(name)!.messages;
      expect(messages.length, name).toBeGreaterThan(0);
      expect(
        messages.find((message) => message.ruleId === ruleId),
        `${name}: ${JSON.stringify(messages)}`,
      ).toMatchObject({ line, column });
      for (const message of messages) expect(message.line >= 1 && message.column >= 1, name).toBe(true);
    }
    for (const name of ['empty.md', 'blank.md', 'blank.yaml']) {
      expect(results.get(name)!.messages, name).toHaveLength(1);
      expect(results.get(name)!.messages[0]!.message, name).toMatch(/file is empty/);
    }
    for (const [name, [, line]] of Object.entries(huge)) {
      const messages = results.get(name)!.messages;
      expect(messages, name).toHaveLength(1);
      expect(messages[0], name).toMatchObject({ ruleId: 'parse', severity: 2, fatal: true, line, column: 1 });
      expect(messages[0]!.message, name).toMatch(/more than \d+ .*not read/);
    }
  }, 180_000);

  it('the business-case figures leave out what is outside its domain and stay valid JSON numbers', () => {
    writeTree(dir, {
      'figures/p.yaml': businessCase(
        '  horizonYears: 1e8\n  costs:\n    - { item: A, amount: 100, year: .nan, kind: investment }\n    - { item: B, amount: .inf, year: 2026, kind: operating }\n    - { item: C, amount: 50, year: 2027, kind: operating }\n',
      ),
    });
    const run = runCli(['lint', 'p.yaml', '--format', 'json'], { cwd: `${dir}/figures` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout)[0] as { businessCase: { costs: { total: number }; years: { year: number }[] } };
    expect(result.businessCase.costs.total).toBe(150);
    expect(result.businessCase.years.map((row) => row.year)).toEqual([2027]);
  }, 60_000);
});
