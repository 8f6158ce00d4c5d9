/**
 * The bundled fixtures, linted by the built CLI as a user runs it.
 *
 * fixtures/core/<rule>/<lang>/ holds, for each of the four core rules and each language, a
 * `valid.*` proposal and one or more `invalid-*.*` proposals that break that rule and only
 * that rule. The findings each broken proposal must produce are written out below, checked by
 * hand against the file: the position is the key, heading, value or table cell that is wrong,
 * or the front matter / line 1 when the thing is missing altogether.
 *
 * fixtures/examples/ is what the README's quick start lints: realistic proposals in the four
 * languages, most of them clean, some with the problems reviewers meet most often.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliRun } from '../helpers/ci-run.js';

const CORE = join(ROOT, 'fixtures', 'core');
const EXAMPLES = join(ROOT, 'fixtures', 'examples');
const CORE_RULES = ['single-owner', 'shared-solution', 'business-case', 'follow-up-perspectives'] as const;
const LANGS = ['en', 'da', 'sv', 'nb'] as const;

interface Message {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  clauses: string[];
}

interface Result {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

interface Expected {
  line: number;
  column: number;
}

/**
 * Every broken core fixture and the findings of its rule (the rule is the fixture's folder).
 * The comment says what the position points at in the file.
 */
const BROKEN: Record<string, Expected[]> = {
  // owner.name: "Helen Carter and Michael Reid" — the value after `  name: `
  'single-owner/en/invalid-two-owners.yaml': [{ line: 7, column: 9 }],
  // "Navn: Mette Jensen og Lars Holm" under "## Projektejer" — the value after "Navn: "
  'single-owner/da/invalid-two-owners.md': [{ line: 10, column: 7 }],
  // no "## Systemägare" section at all — the front matter, line 1
  'single-owner/sv/invalid-no-owner.md': [{ line: 1, column: 1 }],
  // prosjekteier.navn: "Ingrid Solheim og Per Olav Lien" — the value after `  navn: `
  'single-owner/nb/invalid-two-owners.yaml': [{ line: 7, column: 9 }],

  // "Status: Deviation" without a "Grounds:" line — the "## Shared solution" heading
  'shared-solution/en/invalid-deviation-without-grounds.md': [{ line: 39, column: 1 }],
  // `status: ingen findes` without `forklaring` — the `fællesoffentlig-løsning:` key
  'shared-solution/da/invalid-none-available-without-explanation.yaml': [{ line: 26, column: 1 }],
  // `status: används` without `lösningar` — the `gemensam-lösning:` key
  'shared-solution/sv/invalid-used-without-solutions.yaml': [{ line: 27, column: 1 }],
  // "Status: Avvik" with alternative and grounds but no explanation — the "## Fellesløsning" heading
  'shared-solution/nb/invalid-deviation-without-explanation.md': [{ line: 24, column: 1 }],

  // totals.costs: 1025000, the lines sum to 1 052 000 — the value after `    costs: `
  'business-case/en/invalid-totals.yaml': [{ line: 48, column: 12 }],
  // "| I alt | 469.000 kr. |", the lines sum to 496.000 — the amount cell of the "I alt" row
  'business-case/da/invalid-totals.md': [{ line: 55, column: 11 }],
  // no "### Nyttor" table under "## Nyttovärdering" — that heading, where the benefits belong
  'business-case/sv/invalid-no-benefits.md': [{ line: 40, column: 1 }],
  // no `kost-nytte` at all — line 1 of the YAML file
  'business-case/nb/invalid-no-business-case.yaml': [{ line: 1, column: 1 }],

  // metrics table without an "IT quality" row — the "## Follow-up" heading
  'follow-up-perspectives/en/invalid-missing-it-quality.md': [{ line: 73, column: 1 }],
  // måltal without `perspektiv: it-omkostninger` — the `opfølgning:` key
  'follow-up-perspectives/da/invalid-missing-it-cost.yaml': [{ line: 60, column: 1 }],
  // nyckeltal without `perspektiv: it-mognad` — the `uppföljning:` key
  'follow-up-perspectives/sv/invalid-missing-it-maturity.yaml': [{ line: 59, column: 1 }],
  // no "## Oppfølging" section at all — the front matter, line 1
  'follow-up-perspectives/nb/invalid-no-follow-up.md': [{ line: 1, column: 1 }],
};

/** The example proposals the quick start shows findings for, and the rule each one breaks. */
const EXAMPLES_WITH_FINDINGS: Record<string, string> = {
  'da/vikarbooking-skoler-og-dagtilbud.yaml': 'single-owner', // "Mette Jensen og Lars Holm"
  'nb/oppvekst-nytt-skoleadministrativt-system.yaml': 'shared-solution', // deviation without grounds
  'sv/oskarshamn-vardnadshavare-skola.yaml': 'business-case', // totals do not add up
  'en/open-data-traffic-and-air-quality.md': 'follow-up-perspectives', // no IT cost metric
};

function proposalFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|md)$/.test(entry.name)) found.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

const isValid = (file: string): boolean => /\/valid\.(ya?ml|md)$/.test(file);
const ruleOf = (file: string): string => file.split('/')[0]!;
const position = (message: Message): Expected => ({ line: message.line, column: message.column });

describe('fixtures/core', () => {
  const files = proposalFiles(CORE);
  let run: CliRun;
  const byFile = new Map<string, Result>();

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'bundle', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    run = runCli(['lint', 'fixtures/core', '--format', 'json']);
    for (const result of JSON.parse(run.stdout) as Result[]) {
      byFile.set(relative(CORE, result.filePath).split('\\').join('/'), result);
    }
  });

  it('has a clean and a broken proposal for every core rule in every language, in YAML and Markdown', () => {
    for (const rule of CORE_RULES) {
      for (const lang of LANGS) {
        const here = files.filter((file) => file.startsWith(`${rule}/${lang}/`));
        expect(here.filter(isValid), `${rule}/${lang}: valid.*`).toHaveLength(1);
        expect(here.filter((file) => !isValid(file)).length, `${rule}/${lang}: invalid-*`).toBeGreaterThan(0);
      }
      const formats = new Set(files.filter((file) => ruleOf(file) === rule).map((file) => (file.endsWith('.md') ? 'md' : 'yaml')));
      expect([...formats].sort(), `${rule}: both formats`).toEqual(['md', 'yaml']);
    }
    for (const lang of LANGS) {
      const formats = new Set(files.filter((file) => file.split('/')[1] === lang).map((file) => (file.endsWith('.md') ? 'md' : 'yaml')));
      expect([...formats].sort(), `${lang}: both formats`).toEqual(['md', 'yaml']);
    }
    // Every broken fixture has its expected findings written out, and every entry names a file.
    expect(files.filter((file) => !isValid(file))).toEqual(Object.keys(BROKEN).sort());
  });

  it('exits 1 (the broken fixtures have errors) with nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('prints one ESLint-shaped result per file', () => {
    const results = JSON.parse(run.stdout) as Result[];
    expect(results.map((result) => relative(CORE, result.filePath).split('\\').join('/')).sort()).toEqual(files);
    for (const result of results) {
      expect(typeof result.filePath).toBe('string');
      expect(Array.isArray(result.messages)).toBe(true);
      expect(result.errorCount).toBe(result.messages.filter((message) => message.severity === 2).length);
      expect(result.warningCount).toBe(result.messages.filter((message) => message.severity === 1).length);
      expect(result.fatalErrorCount).toBe(0);
      for (const message of result.messages) {
        expect(message).toMatchObject({ ruleId: expect.any(String), message: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
        expect([1, 2]).toContain(message.severity);
        expect(Array.isArray(message.clauses)).toBe(true);
      }
    }
  });

  describe('broken proposals: exactly the findings of their rule, and no other rule speaks', () => {
    for (const [file, expected] of Object.entries(BROKEN)) {
      it(file, () => {
        const result = byFile.get(file);
        expect(result, `no result for ${file}`).toBeDefined();
        const rule = ruleOf(file);
        const own = result!.messages.filter((message) => message.ruleId === rule);
        expect(own.map(position)).toEqual(expected);
        expect(
          own.every((message) => message.severity === 2),
          `${rule} reports errors`,
        ).toBe(true);
        expect(
          own.every((message) => message.clauses.length > 0),
          'every finding cites a clause',
        ).toBe(true);
        const others = result!.messages.filter((message) => message.ruleId !== rule);
        expect(others.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`)).toEqual([]);
      });
    }
  });

  describe('clean proposals: no error-severity findings', () => {
    for (const file of files.filter(isValid)) {
      it(file, () => {
        const result = byFile.get(file);
        expect(result, `no result for ${file}`).toBeDefined();
        const errors = result!.messages.filter((message) => message.severity === 2);
        expect(errors.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`)).toEqual([]);
      });
    }
  });
});

describe('fixtures/examples (the README quick start)', () => {
  let run: CliRun;

  beforeAll(() => {
    run = runCli(['lint', 'fixtures/examples']);
  });

  it('holds YAML and Markdown proposals in every language', () => {
    const files = proposalFiles(EXAMPLES);
    for (const lang of LANGS) {
      const formats = new Set(files.filter((file) => file.startsWith(`${lang}/`)).map((file) => (file.endsWith('.md') ? 'md' : 'yaml')));
      expect([...formats].sort(), lang).toEqual(['md', 'yaml']);
    }
    for (const file of Object.keys(EXAMPLES_WITH_FINDINGS)) expect(files).toContain(file);
  });

  it('`itstrat lint fixtures/examples` exits 1 and prints the findings, grouped by file', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    for (const [file, rule] of Object.entries(EXAMPLES_WITH_FINDINGS)) {
      const heading = `fixtures/examples/${file}`;
      expect(run.stdout).toContain(heading);
      const section = run.stdout.slice(run.stdout.indexOf(heading)).split(/\n\n/)[0]!;
      expect(section).toMatch(new RegExp(`^\\s+\\d+:\\d+\\s+\\S+\\s+.+\\s${rule}$`, 'm'));
    }
    expect(run.stdout).toMatch(/✖ 4 \S+ \(4 \S+, 0 \S+\)/);
  });

  it('the other examples are clean', () => {
    const json = runCli(['lint', 'fixtures/examples', '--format', 'json']);
    const results = JSON.parse(json.stdout) as Result[];
    for (const result of results) {
      const file = relative(EXAMPLES, result.filePath).split('\\').join('/');
      const rules = [...new Set(result.messages.map((message) => message.ruleId))];
      expect(rules, file).toEqual(EXAMPLES_WITH_FINDINGS[file] ? [EXAMPLES_WITH_FINDINGS[file]] : []);
    }
  });
});
