/**
 * Bad input files are findings, not failed runs: each gets ONE located `parse` finding, the
 * other files of the same run are still linted, and the exit code is 1, never 2. Line endings
 * and a byte-order mark do not move a finding.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, tempDir, writeTree } from '../helpers/ci-run.js';
import { jsonResults, schemaProposal, SCHEMA_ONLY, type JsonMessage } from '../helpers/cli-assert.js';

let dir: string;

beforeAll(() => {
  dir = tempDir('inputs');
});

afterAll(() => removeDir(dir));

/** The "billion laughs": 9 levels of 9 aliases each, 9^9 values once expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= 9; level++)
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\ntitle: Laughs\n`;
}

describe('a file that is not a readable proposal gets one located parse finding', () => {
  // file → [text or bytes, line, column, what the message says]
  const bad: Record<string, [string | Buffer, number, number, RegExp]> = {
    'malformed.yaml': ['title: Digital post\nowner: Jane: Doe\n', 2, 8, /YAML cannot be read: Nested mappings/],
    'unclosed-front-matter.md': ['---\ntitle: Digital post\nowner: Jane Doe\n\n# Description\n\nText.\n', 1, 1, /never closed/],
    'broken-front-matter.md': ['---\ntitle: Digital post\nowner: Jane: Doe\n---\n\n# Description\n', 3, 8, /YAML cannot be read/],
    'duplicate-key.yaml': ['title: Digital post\nowner: Jane Doe\ntitle: Paper post\n', 3, 1, /"title" is written twice/],
    'duplicate-key-front-matter.md': ['---\ntitle: Digital post\nowner: Jane Doe\ntitle: Paper post\n---\n', 4, 1, /"title" is written twice/],
    'latin1.yaml': [Buffer.concat([Buffer.from('title: Digital post\nowner: Ren'), Buffer.from([0xe9]), Buffer.from(' Dupont\n')]), 2, 11, /not valid UTF-8/],
    'alias-bomb.yaml': [aliasBomb(), 5, 35, /expands to more than 50000 values through aliases/],
    'binary.yaml': [Buffer.from([0x74, 0x69, 0x0a, 0x00, 0x01]), 2, 1, /binary/],
    'empty.yaml': ['', 1, 1, /empty/],
    'a-list.yaml': ['- title: Digital post\n- owner: Jane Doe\n', 1, 1, /must be a mapping/],
    'two-documents.yaml': ['title: Digital post\n---\ntitle: Paper post\n', 2, 1, /second one starts here/],
    'deep-quotes.md': [`# Deep\n\n${'>'.repeat(5000)} too deep\n`, 3, 1, /nests quotes or lists more than 100 levels/],
  };

  it('in one run with a good file, which is still linted with its own findings; exit 1, nothing on stderr', () => {
    writeTree(dir, { 'run/.itstratrc.yaml': SCHEMA_ONLY, 'run/good.yaml': schemaProposal({ typo: true }) });
    for (const [name, [content]] of Object.entries(bad)) writeFileSync(join(dir, 'run', name), content);
    const run = runCli(['lint', '.', '--format', 'json'], { cwd: `${dir}/run` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = jsonResults(run);
    expect([...results.keys()].sort()).toEqual(['good.yaml', ...Object.keys(bad)].sort());

    const good = results.get('good.yaml')!;
    expect(good.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['schema', 6, 1]]);
    expect(good.messages[0]!.message).toContain('budgett');

    for (const [name, [, line, column, says]] of Object.entries(bad)) {
      const result = results.get(name)!;
      expect(result.messages, name).toHaveLength(1);
      expect(result.messages[0], name).toMatchObject({ ruleId: 'parse', severity: 2, fatal: true, line, column });
      expect(result.messages[0]!.message, name).toMatch(says);
      expect(result.messages[0]!.endLine! >= line, name).toBe(true);
      expect(result, name).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
    }
  });

  it('the alias bomb is found within a second, not expanded', () => {
    writeTree(dir, { 'bomb/.itstratrc.yaml': SCHEMA_ONLY, 'bomb/alias-bomb.yaml': aliasBomb(), 'bomb/good.yaml': schemaProposal() });
    // The same run on a small file: what starting node costs on this machine right now.
    const baseline = runCli(['lint', 'good.yaml', '--format', 'json'], { cwd: `${dir}/bomb` });
    const run = runCli(['lint', 'alias-bomb.yaml', '--format', 'json'], { cwd: `${dir}/bomb` });
    expect(run.code).toBe(1);
    expect(
      jsonResults(run)
        .get('alias-bomb.yaml')!
        .messages.map((message) => message.ruleId),
    ).toEqual(['parse']);
    // Under 1 s; on a machine so loaded that starting node alone takes longer, at most 0.5 s more than that.
    expect(run.ms, `bomb ${Math.round(run.ms)} ms, small file ${Math.round(baseline.ms)} ms`).toBeLessThan(Math.max(1000, baseline.ms + 500));
  });
});

describe('line endings and byte-order mark', () => {
  const yaml = [
    'title: Digital post',
    'budgett: 5',
    'owner:',
    '  name: Jane Doe',
    'followUp:',
    '  metrics:',
    '    - { perspective: sideways, name: Happiness, method: objective, target: 100 % }',
    '',
  ].join('\n');
  const markdown = [
    '---',
    'title: Digital post',
    'budgett: 5',
    'owner: Jane Doe',
    '---',
    '',
    '# Digital post',
    '',
    '## Follow-up',
    '',
    '| Perspective | Metric | Method | Target |',
    '|---|---|---|---|',
    '| External benefit | Share of letters sent digitally | Objective | 90 % |',
    '| Sideways benefit | Happiness | Objective | 100 % |',
    '',
  ].join('\n');
  const variants = {
    lf: (text: string) => text,
    crlf: (text: string) => text.replace(/\n/g, '\r\n'),
    bom: (text: string) => `\ufeff${text}`,
    'bom-crlf': (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`,
  };

  it('CRLF, BOM and both give the same findings at the same lines and columns as LF, in YAML and Markdown', () => {
    const files: Record<string, string> = { 'eol/.itstratrc.yaml': SCHEMA_ONLY };
    for (const [variant, make] of Object.entries(variants)) {
      files[`eol/${variant}.yaml`] = make(yaml);
      files[`eol/${variant}.md`] = make(markdown);
    }
    writeTree(dir, files);
    const run = runCli(['lint', '.', '--format', 'json'], { cwd: `${dir}/eol` });
    expect(run.stderr).toBe('');
    const results = jsonResults(run);
    const strip = (messages: JsonMessage[]) =>
      messages.map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message }));
    for (const extension of ['yaml', 'md']) {
      const lf = strip(results.get(`lf.${extension}`)!.messages);
      // The unknown key and the unknown perspective, where they are written.
      expect(lf.map((message) => `${message.line}:${message.column}`)).toEqual(extension === 'yaml' ? ['2:1', '7:22'] : ['3:1', '14:3']);
      for (const variant of Object.keys(variants)) expect(strip(results.get(`${variant}.${extension}`)!.messages), `${variant}.${extension}`).toEqual(lf);
    }
  });
});
