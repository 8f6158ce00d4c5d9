/**
 * Baselines end to end (built CLI): `--baseline-write` records today's findings, `--baseline`
 * reports only new ones — also after lines move — and rewriting drops what was fixed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, SCHEMA_ONLY_CONFIG, tempDir, writeTree } from '../helpers/ci-run.js';

const A = 'title: A\nowner: Mette Jensen\nbudgett: 1\ncolour: blue\n';
const B = 'title: B\nowner: Lars Holm\nbudgett: 2\n';

interface Baseline {
  itstratBaseline: number;
  files: Record<string, { rule: string; message: string; count: number }[]>;
}

describe('--baseline and --baseline-write', () => {
  let dir: string;
  const read = (): Baseline => JSON.parse(readFileSync(join(dir, 'itstrat-baseline.json'), 'utf8')) as Baseline;
  // An unknown key is a warning: with --max-warnings 0 a run with one fails, as the baseline's findings need.
  const lint = (...args: string[]) => runBuilt(['lint', '--max-warnings', '0', ...args], { cwd: dir });

  beforeAll(() => {
    dir = tempDir('baseline');
    writeTree(dir, { '.itstratrc.yaml': SCHEMA_ONLY_CONFIG, 'proposals/a.yaml': A, 'proposals/b.yaml': B });
  });
  afterAll(() => removeDir(dir));

  it('--baseline-write records the current findings per file, rule and message, and the run passes', () => {
    expect(lint().code).toBe(1);
    const write = lint('--baseline-write', 'itstrat-baseline.json');
    expect(write.code).toBe(0);
    // The run passes only because the baseline accepts its findings, and stylish says so.
    expect(write.stdout).toBe('\n✔ 0 problems (0 errors, 0 warnings); 3 suppressed by the baseline\n');
    expect(write.stderr).toMatch(/baseline itstrat-baseline\.json written: 3 findings in 2 files/);
    const baseline = read();
    expect(baseline.itstratBaseline).toBe(1);
    expect(Object.keys(baseline.files)).toEqual(['proposals/a.yaml', 'proposals/b.yaml']);
    expect(baseline.files['proposals/a.yaml']!.map((entry) => [entry.rule, entry.count])).toEqual([
      ['schema', 1],
      ['schema', 1],
    ]);
    expect(baseline.files['proposals/a.yaml']![0]!.message).toContain('budgett');
    // Deterministic: writing again gives the same bytes.
    const before = readFileSync(join(dir, 'itstrat-baseline.json'), 'utf8');
    lint('--baseline-write', 'itstrat-baseline.json');
    expect(readFileSync(join(dir, 'itstrat-baseline.json'), 'utf8')).toBe(before);
  });

  it('--baseline hides the recorded findings, and keeps them as suppressed in JSON and SARIF', () => {
    const run = lint('--baseline', 'itstrat-baseline.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('\n✔ 0 problems (0 errors, 0 warnings); 3 suppressed by the baseline\n');
    const json = JSON.parse(lint('--baseline', 'itstrat-baseline.json', '--format', 'json').stdout) as {
      messages: unknown[];
      suppressedMessages: { suppressions: { kind: string }[] }[];
      errorCount: number;
    }[];
    expect(json.map((file) => [file.messages.length, file.suppressedMessages.length, file.errorCount])).toEqual([
      [0, 2, 0],
      [0, 1, 0],
    ]);
    expect(json[0]!.suppressedMessages[0]!.suppressions[0]!.kind).toBe('external');
    const sarif = JSON.parse(lint('--baseline', 'itstrat-baseline.json', '--format', 'sarif').stdout) as {
      runs: { results: { suppressions?: { kind: string; justification: string }[] }[] }[];
    };
    expect(sarif.runs[0]!.results).toHaveLength(3);
    for (const result of sarif.runs[0]!.results)
      expect(result.suppressions).toEqual([{ kind: 'external', justification: 'accepted in the baseline itstrat-baseline.json' }]);
  });

  it('a recorded finding still matches after lines are inserted above it', () => {
    writeFileSync(join(dir, 'proposals/a.yaml'), `# Reviewed by the portfolio office\n# on 2026-03-01\n\n${A}`);
    const run = lint('--baseline', 'itstrat-baseline.json');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('\n✔ 0 problems (0 errors, 0 warnings); 3 suppressed by the baseline\n');
  });

  it('reports only the findings that are new', () => {
    writeFileSync(join(dir, 'proposals/b.yaml'), `${B}sponsor: The mayor\n`);
    const run = lint('--baseline', 'itstrat-baseline.json', '--format', 'json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
    expect(json.flatMap((file) => file.messages.map((message) => message.message))).toEqual([expect.stringContaining('sponsor')]);
  });

  it('counts matter: one more finding of the same kind is new', () => {
    writeTree(dir, { 'proposals/c.yaml': 'title: C\nfocusAreas: [citizen-service, smart-city]\n' });
    lint('--baseline-write', 'itstrat-baseline.json', 'proposals/c.yaml');
    // Writing for one file keeps the other files' entries.
    expect(Object.keys(read().files)).toEqual(['proposals/a.yaml', 'proposals/b.yaml', 'proposals/c.yaml']);
    // The same message with another index ("focusAreas[3]"): numbers do not tell findings apart, the count does.
    writeFileSync(join(dir, 'proposals/c.yaml'), 'title: C\nfocusAreas: [smart-city, citizen-service, green-it]\n');
    expect(lint('--baseline', 'itstrat-baseline.json', 'proposals/c.yaml').code).toBe(1);
    const run = lint('--baseline', 'itstrat-baseline.json', 'proposals/c.yaml', '--format', 'json');
    const messages = (JSON.parse(run.stdout) as { messages: { message: string }[] }[])[0]!.messages;
    expect(run.code).toBe(1);
    expect(messages).toHaveLength(1);
  });

  it('rewriting the baseline drops findings that were fixed', () => {
    writeFileSync(join(dir, 'proposals/b.yaml'), 'title: B\nowner: Lars Holm\n');
    writeFileSync(join(dir, 'proposals/a.yaml'), 'title: A\nowner: Mette Jensen\ncolour: blue\n');
    expect(lint('--baseline-write', 'itstrat-baseline.json').code).toBe(0);
    const baseline = read();
    expect(Object.keys(baseline.files)).toEqual(['proposals/a.yaml', 'proposals/c.yaml']);
    expect(baseline.files['proposals/a.yaml']!.map((entry) => entry.message)).toEqual([expect.stringContaining('colour')]);
  });

  it('a missing or broken baseline is a usage error (exit 2, one line)', () => {
    const missing = lint('--baseline', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^itstrat: cannot read baseline nope\.json: ENOENT\n$/);
    writeFileSync(join(dir, 'broken.json'), '{"files": []}');
    const broken = lint('--baseline', 'broken.json');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^itstrat: invalid baseline broken\.json/);
    expect(existsSync(join(dir, 'itstrat-baseline.json.tmp'))).toBe(false);
  });

  it('works with --cache: reused results are filtered by the baseline too', () => {
    const first = lint('--cache', '--baseline', 'itstrat-baseline.json');
    const second = lint('--cache', '--baseline', 'itstrat-baseline.json');
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
  });
});
