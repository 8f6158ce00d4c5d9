/**
 * Inputs built to hurt a parser: each is one located `parse` finding (or a model), quickly,
 * never an exception and never minutes of backtracking.
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';

const load = (name: string, text: string) => loadProposal(`/virtual/${name}`, new TextEncoder().encode(text));

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

describe('hostile inputs', () => {
  it('a second byte-order mark at the start of Markdown shifts no position (the parser drops one, the loader another)', async () => {
    const text = `\ufeff\ufeff# Title\n\n## Tidplan\n\nStart: 2026-02-02\nSlut: 2026-12-18\n`;
    const { proposal } = await load('boms.md', text);
    const schedule = proposal!.root.entries.get('schedule');
    expect(schedule?.kind).toBe('map');
    const end = (schedule as { entries: Map<string, { range: object; value: unknown }> }).entries.get('end')!;
    expect([end.value, end.range]).toEqual(['2026-12-18', { line: 6, column: 7, endLine: 6, endColumn: 17 }]);
  });

  it('a flood of brackets in YAML is refused by a count before parsing, at the bracket that passes the limit', async () => {
    const text = `title: x\ndescription: ${'[]'.repeat(6_000)}\n`;
    const { proposal, problems } = await load('flood.yaml', text);
    expect(proposal).toBeUndefined();
    // Line 2 is "description: [][]…": the 10,001st bracket is at column 14 + 10,000.
    expect(problems).toEqual([
      { ruleId: 'parse', messageId: 'yamlTooManyBrackets', data: { limit: 10_000 }, range: { line: 2, column: 10_014, endLine: 2, endColumn: 10_015 } },
    ]);
    const closers = await load('closers.yaml', `title: x\n${']'.repeat(20_000)}\n`);
    expect(closers.problems.map((problem) => [problem.messageId, problem.range.line])).toEqual([['yamlTooManyBrackets', 2]]);
  });

  it('a YAML error at a CRLF line end ends on its own line, not inside the line break', async () => {
    const { problems } = await load('crlf.yaml', 'title: x\r\nliste:\r\n- - a\r\n  b: c\r\n');
    for (const problem of problems) {
      const lines = 'title: x\r\nliste:\r\n- - a\r\n  b: c\r\n'.split(/\r\n/);
      expect(problem.range.endColumn, JSON.stringify(problem)).toBeLessThanOrEqual(lines[problem.range.endLine - 1]!.length + 1);
    }
  });

  it('an alias bomb is measured, not expanded: found at the alias that passes the limit, in milliseconds', async () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level <= 9; level++)
      lines.push(
        `a${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    await load('warm.yaml', 'title: x\n');
    const [{ proposal, problems }, ms] = await timed(() => load('bomb.yaml', lines.join('\n')));
    expect(proposal).toBeUndefined();
    // The sixth *a3 on line 5 takes the expansion past 50 000 values.
    expect(problems).toEqual([{ ruleId: 'parse', messageId: 'aliasBomb', data: { limit: 50_000 }, range: { line: 5, column: 35, endLine: 5, endColumn: 38 } }]);
    // Seconds, not minutes: the bound catches expansion or backtracking, not a slow machine (timing is the benchmark's).
    expect(ms).toBeLessThan(10_000);
  });

  it('an alias inside its own anchor never ends: a bomb, not a stack overflow', async () => {
    const { problems } = await load('self.yaml', 'title: x\nloop: &a [1, *a]\n');
    expect(problems.map((problem) => [problem.messageId, problem.range.line, problem.range.column])).toEqual([['aliasBomb', 2, 14]]);
  });

  it('YAML nested thousands of levels deep is too deep, not a crash', async () => {
    // Under the flood limit of flow collections, depth is what refuses it (above it, the count does, first).
    const flow = await load('deep.yaml', `title: ${'['.repeat(4_000)}${']'.repeat(4_000)}\n`);
    expect(flow.problems.map((problem) => problem.messageId)).toEqual(['tooDeep']);
    const flood = await load('deep.yaml', `title: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(flood.problems.map((problem) => problem.messageId)).toEqual(['yamlTooManyBrackets']);
    const block = await load('deep.yaml', Array.from({ length: 300 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n'));
    expect(block.problems.map((problem) => [problem.messageId, problem.range.line])).toEqual([['tooDeep', 102]]);
  });

  it('Markdown quotes or lists nested past 100 levels are one finding at the line, not a stack overflow or minutes of parsing', async () => {
    const [quotes, quotesMs] = await timed(() => load('deep.md', `# Title\n\n${'>'.repeat(20_000)} deep\n`));
    expect(quotes.problems.map((problem) => [problem.messageId, problem.range.line, problem.range.column])).toEqual([['markdownTooDeep', 3, 1]]);
    const list = Array.from({ length: 150 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n');
    const [lists, listsMs] = await timed(() => load('deep.md', `# Title\n\n${list}\n${'  '.repeat(150)}text\n`.repeat(20)));
    expect(lists.problems.map((problem) => [problem.messageId, problem.range.line])).toEqual([['markdownTooDeep', 103]]); // the 101st level;
    expect(quotesMs + listsMs).toBeLessThan(10_000);
  });

  it('long runs of spaces in a section do not make the label-line pattern backtrack', async () => {
    // Lazy continuation lines keep their indentation; the old `Label: value` pattern took ~4 ms a line here (~7 s in all).
    const text = `# Proposal\n\n## Owner\n\nJane Doe\n${`${' '.repeat(190)}x\n`.repeat(2000)}\n## Description\n\nName:${' '.repeat(4000)}value  \n`;
    const [{ proposal, problems }, ms] = await timed(() => load('spaces.md', text));
    expect(problems).toEqual([]);
    expect(proposal!.root.entries.get('owner')).toMatchObject({ kind: 'scalar', keyRange: { line: 3 } });
    // Linear is ~0.2–0.8 s here depending on load (micromark parses 380 kB of spaces); the
    // backtracking pattern took ~7 s.
    expect(ms).toBeLessThan(10_000);
  });

  it('a closing "---" after a YAML proposal is not a second document; a second document is a finding', async () => {
    const closed = await load('p.yaml', '---\ntitle: Digital post\n---\n');
    expect(closed.problems).toEqual([]);
    expect([...closed.proposal!.root.entries.keys()]).toEqual(['title']);
    const two = await load('p.yaml', 'title: Digital post\n---\ntitle: Paper post\n');
    expect(two.problems.map((problem) => [problem.messageId, problem.range.line, problem.range.column])).toEqual([['multipleDocuments', 2, 1]]);
  });

  it('a lone CR is a line break for YAML as for line numbers', async () => {
    const { proposal, problems } = await load('p.yaml', 'title: Digital post\rowner: Jane Doe\r');
    expect(problems).toEqual([]);
    expect(proposal!.root.entries.get('owner')!.keyRange).toMatchObject({ line: 2, column: 1 });
  });

  it('a duplicate key is named and pointed at, in YAML and in front matter', async () => {
    const yaml = await load('p.yaml', 'title: a\nowner:\n  name: Jane\n  "name": Joe\n');
    expect(yaml.problems).toEqual([
      { ruleId: 'parse', messageId: 'duplicateKey', data: { key: 'name' }, range: { line: 4, column: 3, endLine: 4, endColumn: 7 } },
    ]);
    const markdown = await load('p.md', '---\ntitle: a\ntitle: b\n---\n');
    expect(markdown.problems.map((problem) => [problem.data?.key, problem.range.line, problem.range.column])).toEqual([['title', 3, 1]]);
  });
});
