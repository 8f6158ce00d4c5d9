/**
 * The formats other tools read (issue 10, defects 6 and 8): GitLab Code Quality, ESLint's
 * json-with-metadata, `source` in the ESLint-shaped JSON (code frames), and formatters of the
 * user's own — a module path or an `itstrat-formatter-…` package.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, removeDir, runBuilt, SCHEMA_ONLY_CONFIG, proposalYaml, tempDir, writeTree } from '../helpers/ci-run.js';

interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  source?: string;
}

describe('formats for GitLab and ESLint on the bundled fixtures', () => {
  let json: JsonResult[];
  beforeAll(() => {
    const run = runBuilt(['lint', '--format', 'json', 'fixtures']);
    expect(run.stderr).toBe('');
    json = JSON.parse(run.stdout) as JsonResult[];
  }, 120_000);

  it('gitlab: one Code Quality issue per finding, with the fields GitLab requires and unique fingerprints', () => {
    const run = runBuilt(['lint', '--format', 'gitlab', 'fixtures']);
    expect(run.stderr).toBe('');
    const issues = JSON.parse(run.stdout) as {
      description: string;
      check_name: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const expected = json.flatMap((file) =>
      file.messages.map((message) => ({ path: file.filePath.slice(ROOT.length + 1), rule: message.ruleId, line: message.line, severity: message.severity })),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(issues).toHaveLength(expected.length);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    const key = (path: string, rule: string, line: number) => `${path}:${line}:${rule}`;
    expect(issues.map((issue) => key(issue.location.path, issue.check_name, issue.location.lines.begin)).sort()).toEqual(
      expected.map((finding) => key(finding.path, finding.rule, finding.line)).sort(),
    );
    for (const issue of issues) {
      expect(issue.description.length).toBeGreaterThan(0);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
    }
    expect(issues.filter((issue) => issue.severity === 'major')).toHaveLength(expected.filter((finding) => finding.severity === 2).length);
  });

  it("json: each file with findings carries its source, in which every finding's line and column exist", () => {
    const withFindings = json.filter((file) => file.messages.length);
    expect(withFindings.length).toBeGreaterThan(0);
    for (const file of withFindings) {
      expect(file.source).toBe(readFileSync(file.filePath, 'utf8').replace(/^\uFEFF/, ''));
      const lines = file.source!.split(/\r\n|\r|\n/);
      for (const message of file.messages) {
        expect(lines.length).toBeGreaterThanOrEqual(message.line);
        expect(lines[message.line - 1]!.length + 1).toBeGreaterThanOrEqual(message.column);
      }
    }
    for (const file of json.filter((result) => !result.messages.length)) expect(file.source).toBeUndefined();
  });

  it('json-with-metadata: the same results, and the meta of every rule they name', () => {
    const run = runBuilt(['lint', '--format', 'json-with-metadata', 'fixtures']);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as {
      results: JsonResult[];
      metadata: { cwd: string; rulesMeta: Record<string, { docs: { description: string; url?: string }; messages?: Record<string, string> }> };
    };
    expect(output.results).toEqual(json);
    expect(output.metadata.cwd).toBe(ROOT);
    for (const message of json.flatMap((file) => file.messages)) {
      const meta = output.metadata.rulesMeta[message.ruleId];
      expect(meta, message.ruleId).toBeDefined();
      expect(meta!.docs.description.length).toBeGreaterThan(0);
      if (message.ruleId !== 'parse' && message.ruleId !== 'directive') {
        expect(meta!.docs.url).toMatch(new RegExp(`/rules/${message.ruleId}\\.md$`));
        expect(Object.keys(meta!.messages ?? {}).length).toBeGreaterThan(0);
      }
    }
  });

  it('json: text linted from standard input carries that text as its source', () => {
    const input = proposalYaml('Stdin', true);
    const run = runBuilt(['lint', '--stdin', '--stdin-filename', 'piped.yaml', '--format', 'json', '--rule', 'schema:error'], { input });
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result!.messages.length).toBeGreaterThan(0);
    expect(result!.source).toBe(input);
  });
});

describe('formatters of your own', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('custom-formatter');
    writeTree(dir, {
      '.itstratrc.yaml': SCHEMA_ONLY_CONFIG,
      'proposals/a.yaml': proposalYaml('A', 'error'),
      'proposals/b.yaml': proposalYaml('B'),
      // The built-ins' interface: (results, context) => string.
      'my-formatter.js': [
        'import { relative } from "node:path";',
        'export default (results, context) =>',
        '  results.map((result) => relative(context.cwd, result.filePath) + ": " + result.findings.map((f) => f.ruleId + "@" + f.line + ":" + f.column).join(" ")).join("\\n") + "\\n";',
        '',
      ].join('\n'),
      'node_modules/itstrat-formatter-count/package.json': JSON.stringify({
        name: 'itstrat-formatter-count',
        version: '1.0.0',
        type: 'module',
        main: 'index.js',
      }),
      'node_modules/itstrat-formatter-count/index.js':
        'export const formatter = async (results) => results.reduce((n, r) => n + r.errorCount, 0) + " errors in " + results.length + " files\\n";\n',
      'throws.js': 'export default () => { throw new Error("formatter broke"); };\n',
      'not-a-function.js': 'export const name = "x";\n',
    });
  });
  afterAll(() => removeDir(dir));

  it('-f ./my-formatter.js: a module path, given the results and the context the built-ins get', () => {
    const run = runBuilt(['lint', '-f', './my-formatter.js', 'proposals'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^proposals\/a\.yaml: schema@\d+:\d+\nproposals\/b\.yaml: \n$/);
  });

  it('-f itstrat-formatter-count: a package, next to a built-in, written to a file with --output-file <name>=<file>', () => {
    const run = runBuilt(['lint', '-f', 'itstrat-formatter-count', '-o', 'itstrat-formatter-count=out/count.txt', '-f', 'stylish', 'proposals'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'out/count.txt'), 'utf8')).toBe('1 errors in 2 files\n');
    expect(run.stdout).toContain('1 problem');
  });

  it.each([
    [['-f', './missing.js'], /^itstrat: cannot find formatter "\.\/missing\.js": no file .*missing\.js\n$/],
    [['-f', 'itstrat-formatter-absent'], /^itstrat: cannot find formatter "itstrat-formatter-absent"/],
    [['-f', './throws.js'], /^itstrat: formatter "\.\/throws\.js" failed: formatter broke\n$/],
    [['-f', './not-a-function.js'], /^itstrat: formatter "\.\/not-a-function\.js" exports no function/],
    [['-f', 'nope'], /^itstrat: unknown format "nope" \(choose from stylish, .*gitlab.*json-with-metadata/],
  ])('%j: exit 2 with one line', (args, message) => {
    const run = runBuilt(['lint', ...args, 'proposals'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
