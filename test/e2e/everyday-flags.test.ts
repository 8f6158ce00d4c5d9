/**
 * The flags ESLint users reach for, on the built CLI: `--print-config <file>`, `--stats`, the
 * config's `files` scope (with `itstrat init --write-config` and `--scoped`), and `--fix` as
 * ESLint applies it — overlapping fixes wait for the next pass, at most ten passes, and a rule
 * that fixes must say so in `meta.fixable`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { removeDir, runBuilt, tempDir, writeTree } from '../helpers/ci-run.js';
import { CLEAN_YAML } from '../helpers/cli-assert.js';

interface Result {
  filePath: string;
  messages: { ruleId: string; messageId: string; line: number; column: number }[];
  output?: string;
  stats?: {
    times: { passes: { load: { total: number }; interpret: { total: number }; rules: Record<string, { total: number }>; total: number }[] };
    fixPasses: number;
  };
}

const json = (stdout: string) => JSON.parse(stdout) as Result[];

describe('--print-config <file>', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('print-config');
    writeTree(dir, {
      '.itstratrc.yaml': [
        'extends: [itstrat:recommended, ./base.yaml]',
        'rules: { business-case: [warn, { minBenefitLines: 2 }] }',
        'overrides:',
        '  - files: ["stockholm/**"]',
        '    extends: [itstrat:stockholm]',
        '    rules: { single-owner: off }',
        '    language: sv',
        '',
      ].join('\n'),
      'base.yaml': 'extends: [itstrat:esbjerg]\n',
      'stockholm/p.yaml': CLEAN_YAML,
      'nordfyns.yaml': 'title: X\nstrategy: nordfyns\n',
    });
  });
  afterAll(() => removeDir(dir));

  const printed = (file: string, ...args: string[]) => {
    const run = runBuilt(['lint', '--print-config', file, ...args], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as {
      config: string;
      presets: string[];
      extends: string[];
      overrides: { index: number; files: string[] }[];
      strategies: string[];
      fileStrategy?: string;
      language: string | null;
      files: string[];
      inScope: boolean;
      rules: Record<string, [string, Record<string, unknown>?]>;
    };
  };

  it('shows the presets, the files extended, the matching overrides, the strategies, the language and every rule with its severity and options', () => {
    const config = printed('stockholm/p.yaml');
    expect(config.config).toBe(join(dir, '.itstratrc.yaml'));
    expect(config.presets).toEqual(['itstrat:esbjerg', 'itstrat:recommended', 'itstrat:stockholm']);
    expect(config.extends).toEqual([join(dir, 'base.yaml'), join(dir, '.itstratrc.yaml')]);
    expect(config.overrides).toEqual([{ index: 0, files: ['stockholm/**'] }]);
    expect(config.strategies).toEqual(['esbjerg', 'stockholm']);
    expect(config.language).toBe('sv');
    expect(config.rules['business-case']).toEqual(['warn', { minBenefitLines: 2 }]);
    expect(config.rules['single-owner']).toEqual(['off']);
    expect(config.inScope).toBe(true);
  });

  it('outside the override: no override, the config language (none), the rule as the presets set it', () => {
    const config = printed('other.yaml');
    expect(config.overrides).toEqual([]);
    expect(config.language).toBeNull();
    expect(config.rules['single-owner']![0]).toBe('error');
    expect(config.strategies).toEqual(['esbjerg']);
  });

  it("the file's own strategy field and the flags count, as when it is linted", () => {
    const config = printed('nordfyns.yaml', '--strategy', 'ikt-follo', '--rule', 'schema:warn', '--lang', 'nb');
    expect(config.fileStrategy).toBe('nordfyns');
    expect(config.strategies).toEqual(['esbjerg', 'ikt-follo', 'nordfyns']);
    expect(config.rules.schema).toEqual(['warn']);
    expect(config.language).toBe('nb');
  });

  it('README.md is outside the default files scope', () => {
    expect(printed('README.md').inScope).toBe(false);
    expect(printed('docs/guide.md').inScope).toBe(false);
  });
});

describe('--stats', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('stats');
    writeTree(dir, { 'p.yaml': CLEAN_YAML, 'q.md': '---\ntitle: Q\n---\n\n## Owner\n\nName: Ann\n' });
  });
  afterAll(() => removeDir(dir));

  it('json: each result has the time of each phase and of every rule that ran', () => {
    const run = runBuilt(['lint', '.', '--stats', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const results = json(run.stdout);
    const rules = JSON.parse(runBuilt(['rules', '--format', 'json'], { cwd: dir }).stdout) as { id: string; presets?: string[] }[];
    for (const result of results) {
      const [pass, ...more] = result.stats!.times.passes;
      expect(more).toEqual([]);
      expect(result.stats!.fixPasses).toBe(0);
      for (const phase of [pass!.load, pass!.interpret]) expect(phase.total).toBeGreaterThanOrEqual(0);
      expect(Object.keys(pass!.rules)).toContain('schema');
      for (const id of Object.keys(pass!.rules)) expect(rules.map((rule) => rule.id)).toContain(id);
      const sum = pass!.load.total + pass!.interpret.total + Object.values(pass!.rules).reduce((total, rule) => total + rule.total, 0);
      expect(pass!.total).toBeGreaterThanOrEqual(sum - 1e-6);
    }
  });

  it('stylish: a table of the phases (load, interpret, rules, format) and one of the slowest rules', () => {
    const run = runBuilt(['lint', '.', '--stats'], { cwd: dir });
    expect(run.stdout).toMatch(
      /\nPhase {5}\| Time \(ms\) \| Relative\n-+ \| --------: \| -------:\nload {6}\| +\d+\.\d{3} \| +\d+\.\d%\ninterpret \| .*\nrules {5}\| .*\nformat {4}\| .*\n/,
    );
    expect(run.stdout).toMatch(/\nRule +\| Time \(ms\) \| Relative\n/);
    expect(run.stdout.trimEnd().split('\n').slice(-10)).toHaveLength(10);
  });

  it('without --stats there is none', () => {
    const results = json(runBuilt(['lint', '.', '--format', 'json'], { cwd: dir }).stdout);
    expect(results.every((result) => result.stats === undefined)).toBe(true);
  });
});

describe('the files scope', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('scope');
    const bad = 'title: X\nbudgett: 1\n';
    writeTree(dir, {
      'README.md': '# Our proposals\n',
      'CHANGELOG.md': '# Changes\n',
      'CONTRIBUTING.md': '# How to contribute\n',
      'LICENSE.md': 'MIT\n',
      'docs/guide.md': '# How we write proposals\n',
      'proposals/a.yaml': bad,
      'proposals/b.yml': bad,
      'proposals/c.md': '# C\n',
      'proposals/docs/d.yaml': bad,
      'notes.txt': 'not a proposal\n',
    });
  });
  afterAll(() => removeDir(dir));

  const linted = (args: string[], cwd = dir) => {
    const run = runBuilt(['lint', ...args, '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    return json(run.stdout)
      .map((result) => relative(cwd, result.filePath))
      .sort();
  };

  it('a folder yields .yaml, .yml and .md files but not README, CHANGELOG, LICENSE, CONTRIBUTING or docs/', () => {
    expect(linted(['.'])).toEqual(['proposals/a.yaml', 'proposals/b.yml', 'proposals/c.md']);
  });

  it('a file named on the command line is always linted; with --scoped (the pre-commit hook) the scope applies to it too', () => {
    expect(linted(['README.md', 'docs/guide.md', 'proposals/a.yaml'])).toEqual(['README.md', 'docs/guide.md', 'proposals/a.yaml']);
    expect(linted(['README.md', 'docs/guide.md', 'proposals/a.yaml', '--scoped'])).toEqual(['proposals/a.yaml']);
  });

  it('itstrat init --write-config writes a config with the strategy preset and the scope, which a narrower files list replaces', () => {
    const run = runBuilt(['init', '--write-config', '--strategy', 'esbjerg'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*\.itstratrc\.yaml\./);
    const config = readFileSync(join(dir, '.itstratrc.yaml'), 'utf8');
    expect(config).toContain('extends: [itstrat:recommended, itstrat:esbjerg]\n');
    expect(config).toContain('files:\n  - "**/*.yaml"\n  - "**/*.yml"\n  - "**/*.md"\n  - "**/*.markdown"\n  - "**/*.docx"\n');
    expect(config).toContain('  - "!**/README.md"\n');
    expect(linted(['.'])).toEqual(['proposals/a.yaml', 'proposals/b.yml', 'proposals/c.md']);
    writeTree(dir, { '.itstratrc.yaml': config.replace(/files:\n( {2}- .*\n)+/, 'files: ["proposals/*.yaml"]\n') });
    expect(linted(['.'])).toEqual(['proposals/a.yaml']);
    // Refuses to overwrite without --force.
    expect(runBuilt(['init', '--write-config', '--strategy', 'esbjerg'], { cwd: dir }).code).toBe(2);
  });
});

/** A plugin whose fixes overlap (two insertions at one place) and one that never stops fixing, to see the passes. */
const FIXING_PLUGIN = `
const end = (node) => ({ line: node.range.endLine, column: node.range.endColumn, endLine: node.range.endLine, endColumn: node.range.endColumn });
const title = (proposal) => proposal.root.entries.get('title');
export const rules = [
  {
    meta: { id: 'local/bang', description: 'Titles end with three !.', clauses: [], severity: 'error', fixable: 'code', messages: { en: { m: 'End the title with !!!' } } },
    check(proposal, context) {
      const node = title(proposal);
      if (!node || String(node.value).endsWith('!!!')) return;
      // Two fixes at one place: they overlap, so one waits for the next pass.
      for (let i = 0; i < 2; i++) context.report({ messageId: 'm', node, fix: { range: end(node), text: '!' } });
    },
  },
  {
    meta: { id: 'local/grow', description: 'Never satisfied.', clauses: [], severity: 'warn', fixable: 'code', messages: { en: { m: 'Longer' } } },
    check(proposal, context) {
      const node = proposal.root.entries.get('description');
      if (node) context.report({ messageId: 'm', node, fix: { range: end(node), text: '+' } });
    },
  },
  {
    meta: { id: 'local/sneaky', description: 'Fixes without saying so.', clauses: [], severity: 'warn', messages: { en: { m: 'Sneaky' } } },
    check(proposal, context) {
      const node = proposal.root.entries.get('id');
      if (node) context.report({ messageId: 'm', node, fix: { range: end(node), text: '?' } });
    },
  },
];
`;

describe('--fix passes, as ESLint', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('fix-passes');
    writeTree(dir, {
      'rules.js': FIXING_PLUGIN,
      '.itstratrc.yaml': 'rules: { local/bang: error, local/grow: warn, local/sneaky: warn }\nplugins: ["./rules.js"]\n',
      'p.yaml': 'title: Hello\n',
      'q.yaml': 'title: Hello!!!\ndescription: a\n',
      'r.yaml': 'title: Hello!!!\nid: X\n',
    });
  });
  afterAll(() => removeDir(dir));

  it('overlapping fixes are applied one per pass until none is left; a fix that never settles stops after ten passes', () => {
    const run = runBuilt(['lint', 'p.yaml', 'q.yaml', '--fix', '--stats', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe('title: Hello!!!\n');
    expect(readFileSync(join(dir, 'q.yaml'), 'utf8')).toBe(`title: Hello!!!\ndescription: a${'+'.repeat(10)}\n`);
    const [p, q] = json(run.stdout);
    expect(p!.stats!.fixPasses).toBe(3);
    expect(p!.stats!.times.passes).toHaveLength(4);
    expect(p!.messages.filter((message) => message.ruleId === 'local/bang')).toEqual([]);
    expect(q!.stats!.fixPasses).toBe(10);
    expect(q!.output).toBe(`title: Hello!!!\ndescription: a${'+'.repeat(10)}\n`);
  });

  it('--fix through a symbolic link writes the file it names; the link stays a link', () => {
    writeTree(dir, { 'target.yaml': 'title: Linked\n' });
    symlinkSync('target.yaml', join(dir, 'link.yaml'));
    const run = runBuilt(['lint', 'link.yaml', '--fix', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.yaml'), 'utf8')).toBe('title: Linked!!!\n');
  });

  it('a rule that reports a fix without meta.fixable fails on that file (an internal finding), and nothing is written', () => {
    const run = runBuilt(['lint', 'r.yaml', '--fix', '--format', 'json'], { cwd: dir });
    const [r] = json(run.stdout);
    expect(r!.messages).toContainEqual(expect.objectContaining({ ruleId: 'internal', messageId: 'ruleFailed' }));
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe('title: Hello!!!\nid: X\n');
  });
});
