/**
 * Issue 13, isolation and files: whatever one file or one plugin rule does — throw, loop
 * forever, call process.exit, fail asynchronously after its check returned — that file gets one
 * `internal` finding naming the rule or step, every other file is linted, the exit code is 1,
 * and the output is the same bytes with one thread and with two. Special files never block or
 * read without bound; symlinks never lead out of the roots, into a loop or to a file twice; a
 * file name that is not UTF-8 is linted.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, removeDir, runCli, tempDir, writeTree, type CliRun } from '../helpers/ci-run.js';
import { expectRunFailure, jsonResults, schemaProposal, type JsonResult } from '../helpers/cli-assert.js';

const META = (id: string): string => `{ id: '${id}', description: 'A test rule.', clauses: [], severity: 'error', messages: { en: { m: 'm' } } }`;

/** A plugin whose one rule does `body` on the file named `target` (and nothing on the others). */
function plugin(id: string, target: string, body: string): string {
  return `export const rules = [{ meta: ${META(id)}, check(proposal) { if (proposal.filePath.endsWith('${target}')) { ${body} } } }];\n`;
}

const CASES = {
  throws: plugin('local/boom', 'b-bad.yaml', 'throw new TypeError("Cannot read properties of undefined (reading \'name\')\\n    at check (p.js:1:1)");'),
  loops: plugin('local/loop', 'b-bad.yaml', 'for (;;) {}'),
  exits: plugin('local/exit', 'b-bad.yaml', 'process.exit(0);'),
  late: plugin(
    'local/late',
    'b-bad.yaml',
    "setTimeout(() => { throw new Error('thrown from a timer'); }, 1); Promise.reject(new Error('rejected, no one listening'));",
  ),
  'exits-late': plugin('local/exit-late', 'b-bad.yaml', 'setTimeout(() => process.exit(0), 1);'),
} as const;

let dir: string;

beforeAll(() => {
  dir = tempDir('isolation');
  for (const [name, source] of Object.entries(CASES)) {
    const id = /id: '([^']+)'/.exec(source)![1]!;
    writeTree(join(dir, name), {
      '.itstratrc.yaml': `plugins: ["./p.js"]\nrules:\n  schema: error\n  ${id}: error\n`,
      'p.js': source,
      'a-fine.yaml': schemaProposal({ typo: true }),
      'b-bad.yaml': schemaProposal(),
      'c-fine.yaml': schemaProposal(),
    });
  }
});

afterAll(() => removeDir(dir));

function lintAt(name: string, threads: string, extra: string[] = []): CliRun {
  return runCli(['lint', '.', '--format', 'json', '--concurrency', threads, ...extra], { cwd: join(dir, name) });
}

/** The run at 1 and 2 threads: same bytes, exit 1, nothing on stderr; the results of the three files. */
function bothThreadCounts(name: string, extra: string[] = []): Map<string, JsonResult> {
  const one = lintAt(name, '1', extra);
  const two = lintAt(name, '2', extra);
  for (const run of [one, two]) {
    expect(run.stderr, run.stdout).toBe('');
    expect(run.code, run.stderr).toBe(1);
  }
  expect(two.stdout).toBe(one.stdout);
  const results = jsonResults(one);
  expect([...results.keys()]).toEqual(['a-fine.yaml', 'b-bad.yaml', 'c-fine.yaml']);
  // The other files are linted as usual.
  expect(results.get('a-fine.yaml')!.messages.map((message) => message.ruleId)).toEqual(['schema']);
  expect(results.get('c-fine.yaml')!.messages).toEqual([]);
  return results;
}

function internalOf(result: JsonResult | undefined): string[] {
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'internal')
    .map((message) => `${message.line}:${message.column} ${message.severity} ${message.message}`);
}

describe("one file's failure is that file's finding (exit 1), identical at --concurrency 1 and 2", () => {
  it('a plugin rule that throws: one internal finding naming the rule, with the first line of the error', () => {
    const results = bothThreadCounts('throws');
    expect(internalOf(results.get('b-bad.yaml'))).toEqual([
      "1:1 2 The rule local/boom failed on this file, so its findings are missing: Cannot read properties of undefined (reading 'name')",
    ]);
  });

  // The budget leaves room for a loaded CI machine: the first file also pays for lazy set-up (validators).
  it('a plugin rule with an endless loop is stopped by --file-timeout; the run goes on', () => {
    const results = bothThreadCounts('loops', ['--file-timeout', '2000']);
    expect(internalOf(results.get('b-bad.yaml'))).toEqual(['1:1 2 Linting this file took longer than 2000 ms; it was stopped in rule local/loop.']);
    expect(results.get('b-bad.yaml')!.messages).toHaveLength(1);
  });

  it('process.exit(0) in a plugin rule does not end the run (nor pass it silently)', () => {
    const results = bothThreadCounts('exits');
    expect(internalOf(results.get('b-bad.yaml'))).toEqual([
      '1:1 2 The rule local/exit failed on this file, so its findings are missing: called process.exit(0)',
    ]);
  });

  it('a late asynchronous throw and rejection are attributed to the file and rule that started them', () => {
    const results = bothThreadCounts('late');
    expect(internalOf(results.get('b-bad.yaml')).sort()).toEqual([
      '1:1 2 The rule local/late failed on this file after its check returned: rejected, no one listening',
      '1:1 2 The rule local/late failed on this file after its check returned: thrown from a timer',
    ]);
  });

  it('a late process.exit from a timer is the same', () => {
    const results = bothThreadCounts('exits-late');
    expect(internalOf(results.get('b-bad.yaml'))).toEqual([
      '1:1 2 The rule local/exit-late failed on this file after its check returned: called process.exit(0)',
    ]);
  });

  it("process.exit in a plugin's own code while it loads fails the run (exit 2, one line) instead of passing it silently", () => {
    const loading = join(dir, 'exits-loading');
    writeTree(loading, { '.itstratrc.yaml': 'plugins: ["./p.js"]\n', 'p.js': 'process.exit(0);\nexport const rules = [];\n', 'a.yaml': schemaProposal() });
    expectRunFailure(runCli(['lint', '.'], { cwd: loading }), /plugin "\.\/p\.js": called process\.exit\(0\)/);
  });

  it('--file-timeout takes whole milliseconds', () => {
    expectRunFailure(runCli(['lint', '.', '--file-timeout', 'soon'], { cwd: join(dir, 'throws') }), /--file-timeout must be a whole number/);
  });
});

describe('special files', () => {
  let files: string;
  beforeAll(() => {
    files = tempDir('special');
    writeTree(files, { '.itstratrc.yaml': 'rules:\n  schema: error\n', 'good.yaml': schemaProposal() });
    spawnSync('mkfifo', [join(files, 'pipe.yaml')]);
    symlinkSync('/dev/zero', join(files, 'x.md'));
  });
  afterAll(() => removeDir(files));

  it('a FIFO and a symlink to /dev/zero named on the command line: "not a regular file", never read; the run goes on', () => {
    const names = [...(existsSync(join(files, 'pipe.yaml')) ? ['pipe.yaml'] : []), 'x.md', 'good.yaml'];
    const run = runCli(['lint', ...names, '--format', 'json'], { cwd: files });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = jsonResults(run);
    expect(results.get('good.yaml')!.messages).toEqual([]);
    for (const name of names.filter((name) => name !== 'good.yaml')) {
      expect(results.get(name)!.messages.map((message) => `${message.ruleId}@${message.line}:${message.column} ${message.message}`)).toEqual([
        'parse@1:1 This is not a regular file (a pipe, device or socket); it is not read.',
      ]);
    }
    expect(run.ms).toBeLessThan(15_000);
  });

  it('--stdin from /dev/zero reads the limit and one byte more, then reports the input as too large', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const child = spawnSync(process.execPath, [BIN, 'lint', '--stdin', '--format', 'json'], {
        cwd: files,
        stdio: [zero, 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(child.signal).toBeNull();
      expect(child.status).toBe(1);
      const results = JSON.parse(child.stdout) as JsonResult[];
      expect(results[0]!.messages.map((message) => message.message)).toEqual(['The file is 4194304+ bytes, over the limit of 4194304; it is not read.']);
    } finally {
      closeSync(zero);
    }
  });
});

describe('symlinks and file names', () => {
  let tree: string;
  beforeAll(() => {
    tree = tempDir('links');
    writeTree(tree, {
      'outside/secret.yaml': 'title: TOP-SECRET-TITLE\nbudgett: SECRET-VALUE\n',
      'outside/deep/other.md': '# TOP-SECRET-HEADING\n',
      'root/.itstratrc.yaml': 'rules:\n  schema: error\n',
      'root/a.yaml': schemaProposal(),
      'root/sub/b.yaml': schemaProposal({ badValue: true }),
    });
    symlinkSync('.', join(tree, 'root', 'self'));
    symlinkSync('..', join(tree, 'root', 'sub', 'up'));
    symlinkSync('../outside', join(tree, 'root', 'out-dir'));
    symlinkSync('../outside/secret.yaml', join(tree, 'root', 'out-file.yaml'));
    symlinkSync('sub/b.yaml', join(tree, 'root', 'again.yaml'));
    // A name whose bytes are not UTF-8 (Latin-1 "é").
    writeFileSync(Buffer.concat([Buffer.from(join(tree, 'root', 'caf')), Buffer.from([0xe9]), Buffer.from('.yaml')]), schemaProposal({ typo: true }));
    mkdirSync(join(tree, 'root', 'empty'));
  });
  afterAll(() => removeDir(tree));

  it('a folder with a self-loop, a link back up and a link to a file already found: each file once, under its own path', () => {
    const run = runCli(['lint', '.', '--format', 'json'], { cwd: join(tree, 'root') });
    expect(run.stderr).toBe('');
    const paths = (JSON.parse(run.stdout) as JsonResult[]).map((result) => result.filePath.slice(join(tree, 'root').length + 1));
    expect(paths).toEqual(['a.yaml', 'caf\uFFFD.yaml', 'sub/b.yaml']);
  });

  it('a link out of the tree (folder or file) is never followed: nothing of its content in any output', () => {
    for (const args of [['.'], ['**/*.yaml'], ['*.yaml', 'sub']]) {
      for (const format of ['json', 'stylish', 'sarif']) {
        const run = runCli(['lint', ...args, '--format', format], { cwd: join(tree, 'root') });
        expect(run.code, run.stderr).toBe(1);
        expect(run.stdout + run.stderr).not.toMatch(/SECRET|outside|out-dir|out-file/);
      }
    }
  });

  it('a file name that is not UTF-8 is read through its bytes and linted (printed with U+FFFD)', () => {
    const run = runCli(['lint', '.', '--format', 'json'], { cwd: join(tree, 'root') });
    const result = (JSON.parse(run.stdout) as JsonResult[]).find((entry) => entry.filePath.endsWith('caf\uFFFD.yaml'))!;
    expect(result.messages.map((message) => message.ruleId)).toEqual(['schema']);
  });
});

describe('the business-case figures run inside the boundary too', () => {
  let figures: string;
  beforeAll(() => {
    figures = tempDir('figures');
    const withYear = (year: string): string =>
      `${schemaProposal({ typo: true })}businessCase:\n  currency: DKK\n  costs:\n    - { item: Licences, amount: 100, year: ${year}, kind: investment }\n  benefits:\n    - { item: Saved, amount: 200, year: 2027, kind: financial }\n`;
    writeTree(figures, {
      '.itstratrc.yaml': 'rules:\n  schema: error\n',
      'a-good.yaml': schemaProposal(),
      'b-nan.yaml': withYear('.nan'),
      'c-huge.yaml': withYear('1e308'),
      'd-inf.yaml': withYear('-.inf'),
      'e-good.yaml': schemaProposal(),
    });
  });
  afterAll(() => removeDir(figures));

  it('years that once crashed the run or looped forever: every file has its result and its rule findings, at 1 and 2 threads alike', () => {
    const [one, two] = ['1', '2'].map((threads) =>
      runCli(['lint', '.', '--format', 'json', '--file-timeout', '2000', '--concurrency', threads], { cwd: figures }),
    );
    for (const run of [one!, two!]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
    }
    expect(two!.stdout).toBe(one!.stdout);
    const results = jsonResults(one!);
    expect([...results.keys()]).toEqual(['a-good.yaml', 'b-nan.yaml', 'c-huge.yaml', 'd-inf.yaml', 'e-good.yaml']);
    for (const name of ['b-nan.yaml', 'c-huge.yaml', 'd-inf.yaml']) {
      const messages = results.get(name)!.messages;
      // However the figures treat such a year (a finding, a failure, a loop stopped by the budget), the rules' findings stand.
      expect(messages.filter((message) => message.ruleId === 'schema').length, name).toBeGreaterThan(0);
      for (const message of messages.filter((entry) => entry.ruleId === 'internal')) expect(message.message).toMatch(/business-case figures/);
    }
    expect(results.get('e-good.yaml')!.messages).toEqual([]);
  });
});
