/**
 * The Markdown limits: a linear pre-scan before parsing gives one located `parse` finding at
 * the line where a limit is passed; a file within every limit is parsed as before. Inputs that
 * took minutes or gigabytes (1M headings, a 100,000-row table, runs of emphasis markers or
 * brackets) are refused in milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { loadProposal } from '../../src/interpret/proposal.js';
import { LIMIT_MESSAGES, MARKDOWN_LIMITS, markdownLimitExceeded, type MarkdownLimit } from '../../src/model/loaders/markdown-limits.js';
import { coreMessage } from '../../src/engine/core-messages.js';
import { LANGS } from '../../src/model/model.js';

const load = (name: string, text: string) => loadProposal(`/virtual/${name}`, new TextEncoder().encode(text));
const lines = (text: string) => text.split(/\r\n|\r|\n/);

/** For each limit: a text with `n` of what it counts, and the line where the n-th one is. */
const MAKERS: Record<MarkdownLimit, (n: number) => string> = {
  lines: (n) => `${'w\n'.repeat(n - 1)}w`,
  blocks: (n) => `${'para\n\n'.repeat(n - 1)}para`,
  headings: (n) => `${'# h\n'.repeat(n - 1)}# h`,
  tableRows: (n) => `${'| a | b |\n'.repeat(n - 1)}| a | b |`,
  tableCells: (n) => `${'|'.repeat(n)}`,
  linesPerNestedParagraph: (n) => `- item\n${'lazy\n'.repeat(n - 2)}lazy`,
  emphasisPerParagraph: (n) => `a${'*a'.repeat(n)}`,
  emphasis: (n) =>
    Array.from({ length: Math.ceil(n / 100) }, (_, index) => `a${'*a'.repeat(index === Math.ceil(n / 100) - 1 ? n - index * 100 : 100)}`).join('\n\n'),
  bracketsPerParagraph: (n) => '['.repeat(n),
  brackets: (n) => Array.from({ length: Math.ceil(n / 100) }, (_, index) => '['.repeat(index === Math.ceil(n / 100) - 1 ? n - index * 100 : 100)).join('\n\n'),
  anglesPerParagraph: (n) => 'a <?'.repeat(n),
  angles: (n) =>
    Array.from({ length: Math.ceil(n / 100) }, (_, index) => 'a <!A'.repeat(index === Math.ceil(n / 100) - 1 ? n - index * 100 : 100)).join('\n\n'),
};

describe('Markdown limits', () => {
  for (const limit of Object.keys(MARKDOWN_LIMITS) as MarkdownLimit[]) {
    it(`${limit}: ${MARKDOWN_LIMITS[limit]} pass, one more is a finding at the line where it passes`, () => {
      const within = lines(MAKERS[limit](MARKDOWN_LIMITS[limit]));
      expect(markdownLimitExceeded(within)).toBeUndefined();
      const over = lines(MAKERS[limit](MARKDOWN_LIMITS[limit] + 1));
      const found = markdownLimitExceeded(over);
      expect(found?.limit).toBe(limit);
      expect(found!.range.line).toBe(over.length);
      expect(found!.range).toMatchObject({ column: 1, endLine: over.length, endColumn: over[over.length - 1]!.length + 1 });
    });

    it(`${limit}: the message exists in every language and names the limit`, () => {
      for (const lang of LANGS) {
        const message = coreMessage(lang, 'parse', LIMIT_MESSAGES[limit], { limit: MARKDOWN_LIMITS[limit] });
        expect(message, `${lang} ${limit}`).toContain(String(MARKDOWN_LIMITS[limit]));
      }
    });
  }

  it('bullets are not emphasis markers; a blank line, heading or new item starts the counts per paragraph again', () => {
    const list = '* item\n'.repeat(MARKDOWN_LIMITS.emphasisPerParagraph * 2);
    expect(markdownLimitExceeded(lines(list))).toBeUndefined();
    const paragraphs = `${'a *b* '.repeat(200)}\n\n`.repeat(20);
    expect(markdownLimitExceeded(lines(paragraphs))).toBeUndefined();
    const items = `- ${'a *b* '.repeat(200)}\n`.repeat(20);
    expect(markdownLimitExceeded(lines(items))).toBeUndefined();
  });

  it('a no-break space does not end a paragraph (the parser reads it as text), so it does not reset the count', () => {
    const text = Array.from({ length: 10 }, () => 'a*'.repeat(Math.ceil(MARKDOWN_LIMITS.emphasisPerParagraph / 10) + 1)).join('\n\u00a0\n');
    expect(markdownLimitExceeded(lines(text))?.limit).toBe('emphasisPerParagraph');
  });

  it('a quote that starts without a blank line before it counts its lazy lines too', () => {
    const text = `para\n> quote\n${'lazy\n'.repeat(MARKDOWN_LIMITS.linesPerNestedParagraph)}`;
    expect(markdownLimitExceeded(lines(text))?.limit).toBe('linesPerNestedParagraph');
  });
});

describe('hostile Markdown is refused before it is parsed, quickly', () => {
  const MiB = 1024 * 1024;
  const cases: [string, () => string, string, number][] = [
    ['1M one-line headings', () => '# h\n'.repeat(MiB - 1), 'markdownTooManyHeadings', 1001],
    [
      '40k headings with text',
      () => Array.from({ length: 40_000 }, (_, index) => `## Heading ${index}\n\nText ${index}.\n`).join('\n'),
      'markdownTooManyHeadings',
      4001,
    ],
    [
      'a 100,000-row table',
      () => `# Costs\n\n| Item | Amount |\n|---|---|\n${Array.from({ length: 100_000 }, (_, index) => `| r${index} | ${index} |`).join('\n')}\n`,
      'markdownTooManyRows',
      2003,
    ],
    ['20 KB of "*a_"', () => `${'*a_'.repeat(7000)}\n`, 'markdownTooManyEmphasisInParagraph', 1],
    ['2 MB of nested brackets', () => `${'['.repeat(MiB)}${']'.repeat(MiB)}\n`, 'markdownTooManyBracketsInParagraph', 1],
    ['2 MB of opening brackets', () => `${'['.repeat(2 * MiB)}\n`, 'markdownTooManyBracketsInParagraph', 1],
    ['unclosed inline HTML', () => `${'a <![CDATA['.repeat(20_000)}\n`, 'markdownTooManyBracketsInParagraph', 1],
    ['a list item with 10,000 lazy lines', () => `- item\n${'lazy\n'.repeat(10_000)}`, 'markdownParagraphTooLong', 201],
    ['2M short lines', () => 'w\n'.repeat(2 * MiB - 1), 'markdownTooManyLines', 50_001],
  ];
  for (const [name, make, messageId, line] of cases) {
    it(name, async () => {
      const { proposal, problems } = await load('hostile.md', make());
      expect(proposal).toBeUndefined();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ ruleId: 'parse', messageId, data: { limit: expect.any(Number) }, range: { line, column: 1 } });
    }, 30_000);
  }

  it('headings far apart are found by offsets from one line index: 900 sections load with their texts', async () => {
    const text = Array.from({ length: 900 }, (_, index) => `## Section ${index}\n\n${'Some words. '.repeat(20)}\n`).join('\n');
    const { proposal } = await load('many.md', text);
    expect(proposal!.sections).toHaveLength(900);
    expect(proposal!.sections[899]).toMatchObject({ heading: 'Section 899', text: 'Some words. '.repeat(20).trim() });
  }, 30_000);
});

describe('an empty file is one finding', () => {
  for (const [name, text] of [
    ['empty.md', ''],
    ['blank.md', '  \n\n\t\n'],
    ['bom.md', '\ufeff'],
    ['bom-blank.md', '\ufeff \r\n'],
    ['empty.yaml', ''],
    ['blank.yaml', '\n  \n'],
    ['bom.yaml', '\ufeff\n'],
  ]) {
    it(name, async () => {
      const { proposal, problems } = await load(name!, text!);
      expect(proposal).toBeUndefined();
      expect(problems).toEqual([{ ruleId: 'parse', messageId: 'empty', range: { line: 1, column: 1, endLine: 1, endColumn: 1 } }]);
    });
  }
});
