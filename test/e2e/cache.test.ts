/**
 * `--cache` end to end (built CLI) on 2,000 generated proposals: a second run with nothing
 * changed is fast and prints the same; one changed file is the only one relinted; a corrupt
 * cache is ignored; a change of settings relints what it applies to.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedProposal, proposalYaml, removeDir, runBuilt, SCHEMA_ONLY_CONFIG, tempDir, writeTree } from '../helpers/ci-run.js';

const COUNT = 2000;
const DEBUG = { ITSTRAT_DEBUG_CACHE: '1' };

function counts(stderr: string): { linted: number; reused: number } {
  const match = /cache: (\d+) linted, (\d+) reused/.exec(stderr);
  if (!match) throw new Error(`no cache line on stderr: ${stderr}`);
  return { linted: Number(match[1]), reused: Number(match[2]) };
}

describe(`--cache on ${COUNT} proposals`, () => {
  let dir: string;
  let first: ReturnType<typeof runBuilt>;

  beforeAll(() => {
    dir = tempDir('cache');
    const files: Record<string, string> = {};
    for (let index = 0; index < COUNT; index++) {
      const { name, text } = generatedProposal(index);
      files[`proposals/${name}`] = text;
    }
    writeTree(dir, files);
    first = runBuilt(['lint', '--cache', 'proposals'], { cwd: dir, env: DEBUG });
  }, 600_000);
  afterAll(() => removeDir(dir));

  it('the first run lints every file and writes .itstratcache', () => {
    expect([0, 1]).toContain(first.code);
    expect(counts(first.stderr)).toEqual({ linted: COUNT, reused: 0 });
    expect(existsSync(join(dir, '.itstratcache'))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a second run with nothing changed reuses every result, prints the same bytes, in < 25 % of the time', () => {
    const second = runBuilt(['lint', '--cache', 'proposals'], { cwd: dir, env: DEBUG });
    expect(counts(second.stderr)).toEqual({ linted: 0, reused: COUNT });
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
    console.log(`cache timing: first ${first.ms.toFixed(0)} ms, second ${second.ms.toFixed(0)} ms (${((100 * second.ms) / first.ms).toFixed(1)} %)`);
    expect(second.ms).toBeLessThan(first.ms * 0.25);
  }, 120_000);

  it('changing one file relints only that file', () => {
    appendFileSync(join(dir, 'proposals/p00002.yaml'), 'budgett: 1\n');
    const run = runBuilt(['lint', '--cache', '--format', 'json', 'proposals'], { cwd: dir, env: DEBUG });
    expect(counts(run.stderr)).toEqual({ linted: 1, reused: COUNT - 1 });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
    const changed = results.find((result) => result.filePath.endsWith('p00002.yaml'))!;
    expect(changed.messages.map((message) => message.message).join('\n')).toContain('budgett');
    // And the next run reuses the new result.
    expect(counts(runBuilt(['lint', '--cache', 'proposals'], { cwd: dir, env: DEBUG }).stderr)).toEqual({ linted: 0, reused: COUNT });
  }, 120_000);
});

describe('--cache: what invalidates an entry', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('cache-keys');
    writeTree(dir, {
      '.itstratrc.yaml': SCHEMA_ONLY_CONFIG,
      // A value outside its list: an error (an unknown key would be a warning).
      'a/one.yaml': `${proposalYaml('One')}category: budgett\n`,
      'a/two.yaml': proposalYaml('Two'),
      'b/three.yaml': `${proposalYaml('Three')}category: budgett\n`,
    });
  });
  afterAll(() => removeDir(dir));

  it('reuses results only while the settings that apply to a file are the same', () => {
    const lint = (...extra: string[]) => runBuilt(['lint', '--cache', '--cache-location', 'cache/', ...extra], { cwd: dir, env: DEBUG });
    expect(counts(lint().stderr)).toEqual({ linted: 3, reused: 0 });
    expect(existsSync(join(dir, 'cache', '.itstratcache'))).toBe(true);
    expect(counts(lint().stderr)).toEqual({ linted: 0, reused: 3 });
    // --rule changes the settings of every file.
    const warned = lint('--rule', 'schema:warn');
    expect(counts(warned.stderr)).toEqual({ linted: 3, reused: 0 });
    expect(warned.code).toBe(0);
    // An override changes the settings of the files it matches only.
    writeFileSync(join(dir, '.itstratrc.yaml'), `${SCHEMA_ONLY_CONFIG}overrides:\n  - files: ["b/**"]\n    rules: { schema: warn }\n`);
    lint();
    writeFileSync(join(dir, '.itstratrc.yaml'), `${SCHEMA_ONLY_CONFIG}overrides:\n  - files: ["b/**"]\n    rules: { schema: off }\n`);
    const overridden = lint();
    expect(counts(overridden.stderr)).toEqual({ linted: 1, reused: 2 });
    expect(overridden.stdout).toContain('one.yaml');
    expect(overridden.stdout).not.toContain('three.yaml');
    // --lang changes every message but no finding: the cached findings are printed in Danish.
    const danish = lint('--lang', 'da');
    expect(counts(danish.stderr)).toEqual({ linted: 0, reused: 3 });
    expect(danish.stdout).toContain('fejl');
  });

  it('a corrupt or foreign cache file is ignored, never a crash', () => {
    const cache = join(dir, 'corrupt.cache');
    const lint = () => runBuilt(['lint', '--cache', '--cache-location', 'corrupt.cache'], { cwd: dir, env: DEBUG });
    expect(counts(lint().stderr)).toEqual({ linted: 3, reused: 0 });
    for (const junk of [
      '{"itstratCache": 2, "run": "x", "files": {"a/one.yaml": 7',
      '[]',
      'null',
      '\u0000\u0001binary',
      '{"itstratCache": 2, "run": "x", "files": {"a/one.yaml": {"hash": 1}}}',
    ]) {
      writeFileSync(cache, junk);
      const run = lint();
      expect(run.code).toBe(1);
      expect(counts(run.stderr)).toEqual({ linted: 3, reused: 0 });
      expect(run.stderr).not.toMatch(/internal error|TypeError/);
      expect(JSON.parse(readFileSync(cache, 'utf8')).itstratCache).toBe(2);
    }
    // An entry that is damaged inside a valid cache file is relinted, the others reused.
    const data = JSON.parse(readFileSync(cache, 'utf8')) as { files: Record<string, { result: unknown }> };
    data.files['a/one.yaml']!.result = { findings: 'nope' };
    writeFileSync(cache, JSON.stringify(data));
    expect(counts(lint().stderr)).toEqual({ linted: 1, reused: 2 });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('--cache-location names the cache file', () => {
    const run = runBuilt(['lint', '--cache', '--cache-location', 'tmp/lint.cache'], { cwd: dir, env: DEBUG });
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'tmp', 'lint.cache'))).toBe(true);
  });
});

describe('--cache: entries validated on read, plugins keyed on their module graph (issue 13)', () => {
  let dir: string;
  const lint = (...extra: string[]) => runBuilt(['lint', '--cache', ...extra], { cwd: dir, env: DEBUG });
  const pluginRule = (id: string, importLine: string, message: string) => `${importLine}
export const rules = [{
  meta: { id: '${id}', description: 'A plugin rule.', clauses: [], severity: 'error', messages: { en: { m: '{text}' } } },
  check(proposal, context) { context.report({ messageId: 'm', data: { text: ${message} }, missing: '' }); },
}];
`;
  beforeAll(() => {
    dir = tempDir('cache-hardened');
    writeTree(dir, {
      '.itstratrc.yaml': 'plugins: ["./plugin/rules.js", "itstrat-plugin-team"]\nrules:\n  schema: error\n  local/helper: error\n  team/npm: error\n',
      'plugin/rules.js': pluginRule('local/helper', "import { text } from './lib/helper.js';", 'text()'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a plugin module
      'plugin/lib/helper.js': "import { word } from './words.js';\nexport const text = () => `helper says ${word}`;\n",
      'plugin/lib/words.js': "export const word = 'one';\n",
      'node_modules/itstrat-plugin-team/package.json': '{ "name": "itstrat-plugin-team", "version": "1.0.0", "type": "module", "main": "index.js" }\n',
      'node_modules/itstrat-plugin-team/index.js': pluginRule('team/npm', "import { said } from './said.js';", 'said'),
      'node_modules/itstrat-plugin-team/said.js': "export const said = 'npm says one';\n",
      'a.yaml': proposalYaml('A', true),
      'b.yaml': proposalYaml('B'),
    });
  });
  afterAll(() => removeDir(dir));

  const messages = (run: ReturnType<typeof runBuilt>): string[] =>
    (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[])
      .flatMap((result) => result.messages.map((message) => message.message))
      .sort();

  it('a cache that parses but holds a null finding (or any damaged entry) is relinted, never handed to a formatter', () => {
    const first = lint('--format', 'json');
    expect(counts(first.stderr)).toEqual({ linted: 2, reused: 0 });
    const good = readFileSync(join(dir, '.itstratcache'), 'utf8');
    type Entry = { result: Record<string, unknown> & { findings: unknown[]; suppressed: unknown[] } };
    const damage: ((entry: Entry) => void)[] = [
      (entry) => {
        entry.result.findings[0] = null;
      },
      (entry) => {
        entry.result.findings.push({ ruleId: 'schema', severity: 2 });
      },
      (entry) => {
        entry.result.suppressed.push({ ruleId: 'schema', severity: 2, message: 'x', line: 1, column: 1, endLine: 1, endColumn: 1, clauses: [] });
      },
      (entry) => {
        entry.result.errorCount = '1';
      },
      (entry) => {
        entry.result.language = 'constructor';
      },
      (entry) => {
        entry.result.rulesChecked = [null];
      },
      (entry) => {
        entry.result.businessCase = { currency: 'DKK' };
      },
      (entry) => {
        (entry.result.findings[0] as { line: unknown }).line = null;
      },
    ];
    for (const [index, harm] of damage.entries()) {
      const data = JSON.parse(good) as { files: Record<string, Entry> };
      harm(data.files['a.yaml']!);
      for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown']) {
        writeFileSync(join(dir, '.itstratcache'), JSON.stringify(data));
        const run = lint('--format', format);
        expect(run.stderr, `damage ${index}, ${format}`).not.toMatch(/internal error|TypeError|Cannot read/);
        expect(run.code, `damage ${index}, ${format}: ${run.stderr}`).toBe(1);
        expect(counts(run.stderr), `damage ${index}, ${format}`).toEqual({ linted: 1, reused: 1 });
        if (format === 'json') expect(messages(run)).toEqual(messages(first));
      }
    }
  }, 180_000);

  it('changing a module the local plugin imports (even two imports deep) relints every file', () => {
    expect(counts(lint().stderr)).toEqual({ linted: 0, reused: 2 });
    writeFileSync(join(dir, 'plugin/lib/words.js'), "export const word = 'two';\n");
    const run = lint('--format', 'json');
    expect(counts(run.stderr)).toEqual({ linted: 2, reused: 0 });
    expect(messages(run)).toContain('helper says two');
  });

  it("changing an npm plugin's code under the same version relints; so does a new version", () => {
    expect(counts(lint().stderr)).toEqual({ linted: 0, reused: 2 });
    writeFileSync(join(dir, 'node_modules/itstrat-plugin-team/said.js'), "export const said = 'npm says two';\n");
    const changed = lint('--format', 'json');
    expect(counts(changed.stderr)).toEqual({ linted: 2, reused: 0 });
    expect(messages(changed)).toContain('npm says two');
    expect(counts(lint().stderr)).toEqual({ linted: 0, reused: 2 });
    writeFileSync(
      join(dir, 'node_modules/itstrat-plugin-team/package.json'),
      '{ "name": "itstrat-plugin-team", "version": "1.0.1", "type": "module", "main": "index.js" }\n',
    );
    expect(counts(lint().stderr)).toEqual({ linted: 2, reused: 0 });
  });
});
