/**
 * Repository scale end to end (built CLI): `.itstratignore`, `.gitignore`, the config's
 * `ignore`, `--ignore-pattern`, `--no-ignore`, explicit files (as a pre-commit hook passes
 * them), and config `overrides` by glob.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalYaml, removeDir, runBuilt, SCHEMA_ONLY_CONFIG, tempDir, writeTree } from '../helpers/ci-run.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: 1 | 2; message: string }[];
  language: string;
  strategies: string[];
}

describe('ignoring files', () => {
  let dir: string;
  const linted = (args: string[], cwd = dir): string[] => {
    const run = runBuilt(['lint', '--format', 'json', ...args], { cwd });
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as JsonResult[]).map((result) => result.filePath.slice(dir.length + 1));
  };

  beforeAll(() => {
    dir = tempDir('ignore');
    writeTree(dir, {
      '.itstratrc.yaml': `${SCHEMA_ONLY_CONFIG}ignore: ["archive/**"]\n`,
      '.gitignore': 'build/\n*.log\n',
      '.itstratignore': '# drafts are not ready\ndrafts/**\n!drafts/ready.yaml\n',
      'proposals/a.yaml': proposalYaml('A', true),
      'proposals/b.md': `---\ntitle: B\n---\n\n# B\n`,
      'drafts/wip.yaml': proposalYaml('Draft', true),
      'drafts/ready.yaml': proposalYaml('Ready', true),
      'build/copy.yaml': proposalYaml('Copy', true),
      'archive/2019.yaml': proposalYaml('Old', true),
      'old/legacy.yaml': proposalYaml('Legacy', true),
      'node_modules/pkg/readme.md': '# not a proposal\n',
    });
  });
  afterAll(() => removeDir(dir));

  it("skips what .gitignore, .itstratignore (with negation) and the config's ignore name", () => {
    expect(linted([])).toEqual(['drafts/ready.yaml', 'old/legacy.yaml', 'proposals/a.yaml', 'proposals/b.md']);
  });

  it('--ignore-pattern adds gitignore-style patterns (repeatable)', () => {
    expect(linted(['--ignore-pattern', 'old/', '--ignore-pattern', '*.md'])).toEqual(['drafts/ready.yaml', 'proposals/a.yaml']);
  });

  it('--no-ignore lints everything but node_modules, while --ignore-pattern still applies', () => {
    expect(linted(['--no-ignore'])).toEqual([
      'archive/2019.yaml',
      'build/copy.yaml',
      'drafts/ready.yaml',
      'drafts/wip.yaml',
      'old/legacy.yaml',
      'proposals/a.yaml',
      'proposals/b.md',
    ]);
    expect(linted(['--no-ignore', '--ignore-pattern', 'archive/'])).not.toContain('archive/2019.yaml');
  });

  it("explicit files (a pre-commit hook's staged files) are linted as given, minus ignored ones", () => {
    expect(linted(['proposals/a.yaml', 'drafts/wip.yaml', 'archive/2019.yaml', 'drafts/ready.yaml'])).toEqual(['drafts/ready.yaml', 'proposals/a.yaml']);
    const run = runBuilt(['lint', 'drafts/wip.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it("ignore files and patterns are relative to the config's folder, also when run from a subfolder", () => {
    expect(linted(['..'], join(dir, 'proposals'))).toEqual(['drafts/ready.yaml', 'old/legacy.yaml', 'proposals/a.yaml', 'proposals/b.md']);
    expect(linted(['.'], join(dir, 'drafts'))).toEqual(['drafts/ready.yaml']);
  });

  it('globs are expanded and then filtered the same way', () => {
    expect(linted(['**/*.yaml'])).toEqual(['drafts/ready.yaml', 'old/legacy.yaml', 'proposals/a.yaml']);
  });
});

describe('config overrides by glob', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('overrides');
    writeTree(dir, {
      '.itstratrc.yaml': [
        SCHEMA_ONLY_CONFIG.trimEnd(),
        'overrides:',
        '  - files: ["lenient/**"]',
        '    rules: { schema: warn }',
        '  - files: ["stockholm/**"]',
        '    extends: [itstrat:stockholm]',
        '  - files: ["**/*.md"]',
        '    language: sv',
        '  - files: ["off/*.yaml"]',
        '    rules: { schema: off }',
        '',
      ].join('\n'),
      // A value outside its list: an error where the config says so, a warning under the lenient override.
      'strict/a.yaml': `${proposalYaml('Strict')}category: budgett\n`,
      'lenient/b.yaml': `${proposalYaml('Lenient')}category: budgett\n`,
      'stockholm/c.yaml': proposalYaml('Stockholm', true),
      'lenient/d.md': '---\ntitle: D\nbudgett: 1\n---\n\n# D\n',
      'off/e.yaml': proposalYaml('Off', true),
    });
  });
  afterAll(() => removeDir(dir));

  it('applies the overrides whose globs match each file, in order, on top of the config', () => {
    const run = runBuilt(['lint', '--format', 'json'], { cwd: dir });
    const results = new Map((JSON.parse(run.stdout) as JsonResult[]).map((result) => [result.filePath.slice(dir.length + 1), result]));
    const schema = (file: string) => results.get(file)!.messages.filter((message) => message.ruleId === 'schema');
    expect(schema('strict/a.yaml').map((message) => message.severity)).toEqual([2]);
    expect(schema('lenient/b.yaml').map((message) => message.severity)).toEqual([1]);
    expect(results.get('stockholm/c.yaml')!.strategies).toEqual(['stockholm']);
    expect(results.get('strict/a.yaml')!.strategies).toEqual([]);
    expect(schema('lenient/d.md').map((message) => message.severity)).toEqual([1]);
    expect(results.get('lenient/d.md')!.language).toBe('sv');
    expect(schema('lenient/d.md')[0]!.message).toContain('är inte ett fält');
    expect(schema('off/e.yaml')).toEqual([]);
  });

  it('an override that names an unknown rule is a usage error (exit 2, one line)', () => {
    const bad = tempDir('overrides-bad');
    try {
      writeTree(bad, { '.itstratrc.yaml': 'overrides:\n  - files: ["x/**"]\n    rules: { no-such-rule: error }\n', 'x/a.yaml': proposalYaml('A') });
      const run = runBuilt(['lint'], { cwd: bad });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/unknown rule "no-such-rule" in .*overrides\[0\]/);
    } finally {
      removeDir(bad);
    }
  });
});
