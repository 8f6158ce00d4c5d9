/**
 * The CI formats end to end (built CLI): SARIF valid against the official 2.1.0 schema, JUnit
 * consistent with the JSON of the same run, several formats in one run, byte-identical output
 * whatever the order of the inputs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { sarifValidator } from '../helpers/sarif.js';
import { ROOT, SCHEMA_ONLY_CONFIG, proposalYaml, removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: 1 | 2; message: string; line: number; column: number }[];
  suppressedMessages: { ruleId: string; suppressions: { kind: string; justification: string }[] }[];
  errorCount: number;
  warningCount: number;
}

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          helpUri?: string;
          help: { text: string; markdown: string };
          defaultConfiguration: { level: string };
          properties: { tags: string[] };
        }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
    originalUriBaseIds: Record<string, { uri: string }>;
  }[];
}

const FIXTURES = join(ROOT, 'fixtures');
const hasFixtures = existsSync(FIXTURES) && readdirSync(FIXTURES).length > 0;

describe.skipIf(!hasFixtures)('formats on fixtures/', () => {
  it('SARIF of fixtures/ is valid SARIF 2.1.0, with every finding as a result and every rule documented', () => {
    const dir = tempDir('sarif');
    let log: SarifLog;
    let json: JsonResult[];
    try {
      // One run, two formats: the JSON to compare with comes from the same lint.
      const sarif = runBuilt(['lint', '--format', 'sarif', '--format', 'json', '--output-file', `json=${join(dir, 'out.json')}`, 'fixtures']);
      expect(sarif.stderr).toBe('');
      expect([0, 1]).toContain(sarif.code);
      log = JSON.parse(sarif.stdout) as SarifLog;
      json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as JsonResult[];
    } finally {
      removeDir(dir);
    }
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);

    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('itstrat');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toMatch(/^file:\/\/.*\/$/);
    const unsuppressed = run.results.filter((result) => !result.suppressions);
    expect(unsuppressed.length).toBe(json.reduce((sum, file) => sum + file.messages.length, 0));
    expect(run.results.length - unsuppressed.length).toBe(json.reduce((sum, file) => sum + file.suppressedMessages.length, 0));
    const key = (file: string, ruleId: string, line: number, column: number, message: string) =>
      `${file}\u0000${ruleId}\u0000${line}:${column}\u0000${message}`;
    expect(
      unsuppressed.map((result) => {
        const location = result.locations[0]!.physicalLocation;
        return key(
          decodeURIComponent(location.artifactLocation.uri),
          result.ruleId,
          location.region.startLine,
          location.region.startColumn,
          result.message.text,
        );
      }),
    ).toEqual(
      json.flatMap((file) =>
        file.messages.map((message) => key(file.filePath.slice(ROOT.length + 1), message.ruleId, message.line, message.column, message.message)),
      ),
    );
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const location = result.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(location.artifactLocation.uri).toMatch(/^fixtures\//);
      expect(existsSync(join(ROOT, decodeURIComponent(location.artifactLocation.uri)))).toBe(true);
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
    }
    for (const rule of run.tool.driver.rules) {
      if (rule.id === 'parse' || rule.id === 'directive') continue;
      expect(rule.helpUri).toMatch(new RegExp(`/rules/${rule.id}\\.md$`));
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
      expect(rule.help.markdown).toContain(rule.helpUri!);
    }
    // A rule that cites clauses carries them as tags, with the quotes in both languages in its help.
    const cited = run.tool.driver.rules.find((rule) => rule.properties.tags.length > 0);
    expect(cited, 'some rule on fixtures/ cites clauses').toBeDefined();
    expect(cited!.help.text).toContain(cited!.properties.tags[0]!);
    expect(cited!.help.text).toContain('English: "');
    expect(cited!.help.markdown).toContain('> *English:*');
  }, 120_000);

  it('JUnit of fixtures/ matches the JSON of the same run: a suite per file, a failure per finding', () => {
    const dir = tempDir('junit');
    try {
      const run = runBuilt(['lint', '--format', 'json', '--format', 'junit', '--output-file', `junit=${join(dir, 'report', 'junit.xml')}`, 'fixtures']);
      expect(run.stderr).toBe('');
      const json = JSON.parse(run.stdout) as JsonResult[];
      const xml = readFileSync(join(dir, 'report', 'junit.xml'), 'utf8');
      const parsed = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
      }).parse(xml) as {
        testsuites: {
          tests: string;
          failures: string;
          testsuite: { name: string; tests: string; failures: string; testcase?: { name: string; failure?: { message: string; '#text': string }[] }[] }[];
        };
      };
      const suites = parsed.testsuites.testsuite;
      expect(suites.map((suite) => suite.name)).toEqual(json.map((file) => file.filePath.slice(ROOT.length + 1)));
      let totalFailures = 0;
      suites.forEach((suite, index) => {
        const file = json[index]!;
        const cases = suite.testcase ?? [];
        const failures = cases.flatMap((testcase) => (testcase.failure ?? []).map((failure) => ({ rule: testcase.name, failure })));
        expect(Number(suite.failures)).toBe(file.messages.length);
        expect(Number(suite.tests)).toBe(cases.length);
        expect(failures.length).toBe(file.messages.length);
        // Test cases are grouped by rule; within a rule, in line order as in the JSON.
        const expected = [...file.messages].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
        expected.forEach((message, i) => {
          expect(failures[i]!.rule).toMatch(new RegExp(`^${message.ruleId} ${message.line}:${message.column}( \\(\\d+\\))?$`));
          expect(failures[i]!.failure['#text']).toContain(
            `${suite.name}:${message.line}:${message.column}: ${message.severity === 2 ? 'error' : 'warning'}: ${message.message}`,
          );
        });
        totalFailures += failures.length;
      });
      expect(Number(parsed.testsuites.failures)).toBe(totalFailures);
    } finally {
      removeDir(dir);
    }
  }, 120_000);

  it('every format is byte-identical across runs and input orderings', () => {
    const groups = readdirSync(join(FIXTURES, 'core'))
      .sort()
      .map((name) => `fixtures/core/${name}`);
    const formats = ['sarif', 'junit', 'github', 'markdown', 'json'];
    const dir = tempDir('determinism');
    try {
      const lintAll = (name: string, paths: string[]): Record<string, string> => {
        const run = runBuilt([
          'lint',
          '--format',
          'stylish',
          ...formats.flatMap((format) => ['--format', format, '--output-file', `${format}=${join(dir, name, format)}`]),
          ...paths,
        ]);
        expect(run.stderr).toBe('');
        return Object.fromEntries([['stylish', run.stdout], ...formats.map((format) => [format, readFileSync(join(dir, name, format), 'utf8')])]);
      };
      const forward = lintAll('forward', groups);
      const backward = lintAll('backward', [...groups].reverse());
      const again = lintAll('again', groups);
      for (const format of ['stylish', ...formats]) {
        expect(forward[format]!.length, format).toBeGreaterThan(0);
        expect(backward[format], format).toBe(forward[format]);
        expect(again[format], format).toBe(forward[format]);
      }
    } finally {
      removeDir(dir);
    }
  }, 180_000);
});

describe('formats on a proposal tree', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('formats');
    writeTree(dir, {
      '.itstratrc.yaml': SCHEMA_ONLY_CONFIG,
      'proposals/clean.yaml': proposalYaml('Clean proposal'),
      'proposals/bad.yaml': proposalYaml('Bad proposal', true),
      'proposals/with space.yaml': proposalYaml('Spaced name', true),
      'proposals/disabled.yaml': `# itstrat-disable schema -- the finance office adds the budget field in June\n${proposalYaml('Disabled', true)}`,
    });
  });
  afterAll(() => removeDir(dir));

  it('SARIF keeps findings disabled with a reason as suppressed results, and stays schema-valid', () => {
    const run = runBuilt(['lint', '--format', 'sarif', 'proposals'], { cwd: dir });
    // The unknown key of the bad proposals is a warning.
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const results = log.runs[0]!.results;
    const suppressed = results.filter((result) => result.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'the finance office adds the budget field in June' }]);
    expect(suppressed[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('proposals/disabled.yaml');
    expect(results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('proposals/with%20space.yaml');
  });

  it('writes several formats in one run: files per format, one format on stdout', () => {
    const run = runBuilt(
      [
        'lint',
        'proposals',
        '--format',
        'stylish',
        '--format',
        'sarif',
        '--format',
        'junit',
        '--format',
        'markdown',
        '--output-file',
        'sarif=out/itstrat.sarif',
        '--output-file',
        'junit=out/junit.xml',
        '-o',
        'markdown=out/summary.md',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('proposals/bad.yaml');
    expect(run.stdout).toContain('budgett');
    expect(JSON.parse(readFileSync(join(dir, 'out/itstrat.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'out/junit.xml'), 'utf8')).toContain('<testsuite name="proposals/bad.yaml"');
    const summary = readFileSync(join(dir, 'out/summary.md'), 'utf8');
    expect(summary).toContain('| `proposals/bad.yaml` | 0 | 1 |');
    expect(summary).toContain('[schema](https://github.com/itstrat/itstrat/blob/main/rules/schema.md)');
    expect(summary).toContain('1 finding is suppressed with a reason');
  });

  it('a bare --output-file still works with a single format', () => {
    const run = runBuilt(['lint', '--format', 'json', '--output-file', 'out/bare.json', 'proposals'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/bare.json'), 'utf8'))).toHaveLength(4);
  });

  it('GitHub annotations point at the files relative to the working directory', () => {
    const run = runBuilt(['lint', '--format', 'github', 'proposals'], { cwd: dir });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::warning file=proposals\/bad\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=schema::.*budgett.*%0A.*rules\/schema\.md$/,
    );
  });

  it.each([
    [['--format', 'json', '--format', 'sarif'], /only one format can go to stdout/],
    [['--format', 'json', '--format', 'sarif', '--output-file', 'x.out'], /name the format/],
    [['--format', 'sarif', '--output-file', 'junit=x.xml'], /no --format junit/],
    [['--format', 'html'], /unknown format "html"/],
    [['--format', 'json', '--format', 'sarif', '-o', 'json=same', '-o', 'sarif=same'], /two formats would write same/],
  ])('exits 2 with one line on stderr for %j', (args, message) => {
    const run = runBuilt(['lint', ...args], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
