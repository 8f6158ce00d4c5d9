/**
 * Files a run writes (issue 13, "Cache and outputs"), built CLI: output paths are checked before
 * anything is linted (exit 2, one line naming the path and the reason, in well under the
 * time a lint takes — never a recursive mkdir spinning under /proc); two formats to one real
 * file are refused; a failed write leaves no temporary file; a baseline with a BOM is read; a
 * broken baseline stays a one-line usage error; stylish counts what was suppressed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, removeDir, tempDir, writeTree, type CliRun } from '../helpers/ci-run.js';
import { expectRunFailure, schemaProposal, SCHEMA_ONLY } from '../helpers/cli-assert.js';

/** The built CLI with a time limit: a run that hangs fails the test instead of hanging it. */
function lint(cwd: string, ...args: string[]): CliRun {
  const started = performance.now();
  const child = spawnSync(process.execPath, [BIN, 'lint', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr, ms: performance.now() - started };
}

/** Temporary files anywhere under `dir`. */
function temporaries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tmp$/.test(name));
}

let dir: string;
beforeAll(() => {
  dir = tempDir('outputs');
  writeTree(dir, { '.itstratrc.yaml': SCHEMA_ONLY, 'typo.yaml': schemaProposal({ typo: true }), 'clean.yaml': schemaProposal(), 'sub/keep.txt': '' });
  symlinkSync(join(dir, 'sub'), join(dir, 'link'), 'dir');
});
afterAll(() => removeDir(dir));

describe('output paths are checked before linting', () => {
  const unwritable: [string, string[], RegExp][] = [
    ['a report under /proc', ['-o', '/proc/nope/r.json'], /cannot write \/proc\/nope\/r\.json \(the stylish report; \/proc\/nope\): .*ENOENT/],
    ['a cache under /proc', ['--cache', '--cache-location', '/proc/nope/cache'], /cannot write \/proc\/nope\/cache \(the cache; \/proc\/nope\): .*ENOENT/],
    ['a baseline under /proc', ['--baseline-write', '/proc/nope/b.json'], /cannot write \/proc\/nope\/b\.json \(the baseline; \/proc\/nope\): .*ENOENT/],
    ['a report below a file', ['-o', 'typo.yaml/r.json'], /cannot write typo\.yaml\/r\.json \(the stylish report.*not a directory \(ENOTDIR\)/],
    ['a report that is a directory', ['-o', 'sub'], /cannot write sub \(the stylish report\): is a directory \(EISDIR\)/],
    ['a baseline that is a directory', ['--baseline-write', 'sub'], /cannot write sub \(the baseline\): is a directory \(EISDIR\)/],
  ];
  it.each(unwritable)('%s: exit 2, one line naming the path and the reason, within seconds', (_name, args, says) => {
    const run = lint(dir, 'typo.yaml', ...args);
    expectRunFailure(run, says);
    expect(run.ms).toBeLessThan(10_000);
    expect(temporaries(dir)).toEqual([]);
    expect(existsSync(join(dir, 'typo.yaml', 'r.json'))).toBe(false);
  });

  it('a bad output path is found before the files are linted (no report, even on a path that does not exist)', () => {
    expectRunFailure(lint(dir, 'missing.yaml', '-o', '/proc/nope/r.json'), /cannot write \/proc\/nope\/r\.json \(the stylish report/);
  });

  it('checking makes no directory it does not keep: a failing run leaves no trace, a passing one writes the report', () => {
    expectRunFailure(
      lint(dir, 'typo.yaml', '-f', 'json', '-f', 'sarif', '-o', 'json=new/deep/r.json', '-o', 'sarif=typo.yaml/r.sarif'),
      /cannot write typo\.yaml\/r\.sarif \(the sarif report/,
    );
    expect(existsSync(join(dir, 'new'))).toBe(false);
    const run = lint(dir, 'typo.yaml', '-f', 'json', '-o', 'new/deep/r.json');
    // Its one finding, the unknown key, is a warning.
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'new/deep/r.json'), 'utf8'))).toHaveLength(1);
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('two outputs to one real file are refused', () => {
  const same: [string, string[]][] = [
    ['the same path written two ways', ['-f', 'json', '-f', 'sarif', '-o', 'json=r.json', '-o', 'sarif=./r.json']],
    ['through a symbolic link to the parent', ['-f', 'json', '-f', 'sarif', '-o', 'json=sub/r.json', '-o', 'sarif=link/r.json']],
    ['through .. segments', ['-f', 'json', '-f', 'junit', '-o', 'json=sub/../r.xml', '-o', 'junit=r.xml']],
    ['a report onto the cache', ['--cache', '-o', '.itstratcache']],
    ['a report onto the baseline it reads', ['--baseline', 'b.json', '-o', './b.json']],
  ];
  it.each(same)('%s: exit 2, one line, nothing written', (_name, args) => {
    writeFileSync(join(dir, 'b.json'), '{"itstratBaseline":1,"files":{}}');
    const run = lint(dir, 'typo.yaml', ...args);
    expectRunFailure(run, /would be the same file: .*give each its own file/);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(existsSync(join(dir, 'sub', 'r.json'))).toBe(false);
    expect(existsSync(join(dir, 'r.xml'))).toBe(false);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('{"itstratBaseline":1,"files":{}}');
  });

  it('two formats to two files both arrive', () => {
    const run = lint(dir, 'typo.yaml', '-f', 'json', '-f', 'sarif', '-o', 'json=out/r.json', '-o', 'sarif=out/r.sarif');
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out/r.json'), 'utf8'))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('baselines', () => {
  it('a baseline written with a BOM is read', () => {
    const written = lint(dir, 'typo.yaml', '--baseline-write', 'bom.json');
    expect(written.code).toBe(0);
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${readFileSync(join(dir, 'bom.json'), 'utf8')}`);
    const run = lint(dir, 'typo.yaml', '--baseline', 'bom.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // And rewritten with a BOM in place: its entries are kept for files not linted.
    expect(lint(dir, 'clean.yaml', '--baseline-write', 'bom.json').code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'bom.json'), 'utf8')).files)).toEqual(['typo.yaml']);
  });

  it('a broken baseline is a one-line usage error', () => {
    for (const text of ['{"itstratBaseline": 1, "files": {', '\uFEFF[]', '{"itstratBaseline":1,"files":{"typo.yaml":[null]}}', '']) {
      writeFileSync(join(dir, 'broken.json'), text);
      expectRunFailure(lint(dir, 'typo.yaml', '--baseline', 'broken.json'), /invalid baseline broken\.json/);
    }
  });

  it('a file path that is a prototype key does not break the baseline', () => {
    writeTree(dir, { 'proto/constructor': schemaProposal({ typo: true }) });
    writeFileSync(join(dir, 'proto.json'), '{"itstratBaseline":1,"files":{"__proto__":[{"rule":"schema","message":"x","count":1}]}}');
    const run = lint(join(dir, 'proto'), 'constructor', '--baseline', '../proto.json', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The file's finding (the unknown key, a warning) is reported: the "__proto__" entry matches nothing.
    expect((JSON.parse(run.stdout) as JsonResult[])[0]!.warningCount).toBe(1);
  });
});

describe('stylish counts suppressions', () => {
  let suppressing: string;
  beforeAll(() => {
    suppressing = tempDir('outputs-suppressed');
    const proposal = (directive: string) => ['title: Digital post', 'owner: Jane Doe', directive, 'budgett: 1', 'colour: blue', 'size: 3', ''].join('\n');
    writeTree(suppressing, {
      '.itstratrc.yaml': SCHEMA_ONLY,
      // Three findings silenced inline.
      'a.yaml': proposal('# itstrat-disable schema -- agreed with finance, case 2026-7'),
      // Two accepted by the baseline, one left.
      'b.yaml': ['title: Digital post', 'owner: Jane Doe', 'budgett: 1', 'colour: blue', ''].join('\n'),
    });
  });
  afterAll(() => removeDir(suppressing));

  it('in English, with problems left and without', () => {
    expect(lint(suppressing, '--baseline-write', 'baseline.json').code).toBe(0);
    const clean = lint(suppressing, '--baseline', 'baseline.json');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('✔ 0 problems (0 errors, 0 warnings); 3 suppressed by inline disables, 2 by the baseline');
    writeFileSync(join(suppressing, 'b.yaml'), `${readFileSync(join(suppressing, 'b.yaml'), 'utf8')}size: 3\n`);
    const left = lint(suppressing, '--baseline', 'baseline.json');
    // The unknown key left is a warning.
    expect(left.code).toBe(0);
    expect(left.stdout).toContain('✖ 1 problem (0 errors, 1 warning); 3 suppressed by inline disables, 2 by the baseline');
    expect(lint(suppressing, 'a.yaml').stdout).toContain('✔ 0 problems (0 errors, 0 warnings); 3 suppressed by inline disables\n');
  });

  it('in Danish, Swedish and Norwegian', () => {
    const said: Record<string, string> = {
      da: '1 problem (0 fejl, 1 advarsel); 3 undertrykt af inline-frakoblinger, 2 af baseline',
      sv: '1 problem (0 fel, 1 varning); 3 undertryckta av inline-avstängningar, 2 av baslinjen',
      nb: '1 problem (0 feil, 1 advarsel); 3 undertrykt av inline-deaktiveringer, 2 av grunnlinjen',
    };
    const b = join(suppressing, 'b.yaml');
    const before = readFileSync(b, 'utf8');
    for (const [lang, summary] of Object.entries(said)) {
      // Baselines match messages as rendered, so each language records its own.
      writeFileSync(b, before.replace('size: 3\n', ''));
      expect(lint(suppressing, '--baseline-write', `baseline-${lang}.json`, '--lang', lang).code).toBe(0);
      writeFileSync(b, before);
      expect(lint(suppressing, '--baseline', `baseline-${lang}.json`, '--lang', lang).stdout, lang).toContain(`✖ ${summary}`);
    }
  });
});
