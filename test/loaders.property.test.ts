/**
 * Properties of the loaders (fast-check): whatever the bytes, `loadProposal` returns (never
 * throws) and every position it gives is inside the file; a generated proposal's fields point
 * where their keys are written; line endings and a byte-order mark move nothing; and amounts
 * written the Danish, Swedish, Norwegian or English way read back as the number they are.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseAmount } from '../src/interpret/amount.js';
import { loadProposal, type LoadResult } from '../src/interpret/proposal.js';
import type { ModelNode, Range } from '../src/model/model.js';

const encode = (text: string) => new TextEncoder().encode(text);

function lineCountOf(bytes: Uint8Array): number {
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.split(/\r\n|\r|\n/).length;
}

function rangesOfNode(node: ModelNode, into: Range[]): void {
  into.push(node.range);
  if (node.keyRange) into.push(node.keyRange);
  if (node.kind === 'map') for (const child of node.entries.values()) rangesOfNode(child, into);
  if (node.kind === 'list') for (const child of node.items) rangesOfNode(child, into);
}

/** Every position a load result gives, with what it belongs to. */
function allRanges({ proposal, problems }: LoadResult): Range[] {
  const ranges = problems.map((problem) => problem.range);
  if (proposal) {
    rangesOfNode(proposal.root, ranges);
    ranges.push(proposal.anchor, ...proposal.directives.map((directive) => directive.range));
    for (const section of proposal.sections) ranges.push(section.headingRange, section.range);
    for (const conflict of proposal.conflicts) ranges.push(conflict.frontRange, conflict.sectionRange);
  }
  return ranges;
}

async function expectRangesInside(filePath: string, bytes: Uint8Array): Promise<void> {
  const result = await loadProposal(filePath, bytes);
  const lineCount = lineCountOf(bytes);
  for (const range of allRanges(result)) {
    const inside =
      Number.isInteger(range.line) &&
      Number.isInteger(range.column) &&
      range.line >= 1 &&
      range.column >= 1 &&
      range.line <= lineCount &&
      range.endLine >= range.line &&
      range.endLine <= lineCount &&
      range.endColumn >= 1;
    if (!inside) throw new Error(`${filePath}: ${JSON.stringify(range)} is not inside the file's ${lineCount} lines`);
  }
}

/** Pieces of YAML and Markdown syntax, so random texts reach the parsers' corners, not just their first error. */
const YAML_TOKENS = [
  'title',
  'owner',
  'ejer',
  'ägare',
  'name',
  'businessCase',
  'costs',
  'amount',
  'followUp',
  'metrics',
  'x',
  ': ',
  ':',
  '- ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '&a ',
  '*a',
  '!!str ',
  '!tag ',
  '|',
  '>',
  '#',
  '# itstrat-disable schema -- why',
  '---',
  '...',
  '\n',
  '\n',
  '\n  ',
  '\n    ',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '1.234,50',
  '2026-01-01',
  'null',
  '~',
  'true',
  '\u00e6\u00f8\u00e5',
  '\ufeff',
  '%YAML 1.2',
  '<<: *a',
];
const MARKDOWN_TOKENS = [
  '---\n',
  'title: x\n',
  'owner: Jane\n',
  '# ',
  '## ',
  '### ',
  'Owner',
  'Projektejer',
  'Follow-up',
  'Business case',
  'Beskrivelse',
  'Økonomi',
  '| ',
  ' |',
  '|---|---|',
  '| Perspective | Metric | Method | Target |',
  '| External benefit | x | Objective | 90 % |',
  'Post | Beløb',
  '> ',
  '- ',
  '* ',
  '1. ',
  '```',
  '~~~',
  '    ',
  '\t',
  '<!-- itstrat-disable schema -- why -->',
  '<!--',
  '-->',
  '<div>',
  'Name: Jane',
  'Valuta: DKK',
  '**',
  '_',
  '[link](x)',
  '\\',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  'text ',
  '1.234.567 kr.',
  '\ufeff',
];
const tokens = (list: string[]) => fc.array(fc.constantFrom(...list), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.string({ maxLength: 200 }), tokens(YAML_TOKENS), tokens(MARKDOWN_TOKENS));

describe('loadProposal on anything', () => {
  it('never throws on arbitrary text, as YAML or Markdown, and every position is inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom('p.yaml', 'p.md'), async (text, name) => {
        await expectRangesInside(`/virtual/${name}`, encode(text));
      }),
      { numRuns: 600 },
    );
  });

  it('never throws on arbitrary bytes (invalid UTF-8, NUL, stray BOMs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('p.yaml', 'p.md'), async (bytes, name) => {
        await expectRangesInside(`/virtual/${name}`, bytes);
      }),
      { numRuns: 300 },
    );
  });
});

/** Strings authors could write as titles and names: quotes, colons, hashes, accents, newlines. */
const authorText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc
      .array(
        fc.constantFrom(
          'Digital',
          'post',
          'Ærø',
          'Åsa',
          'Østergaard',
          ': ',
          '#',
          ' - ',
          '"',
          "'",
          '\n',
          '[1]',
          '{x}',
          '&',
          '*',
          '!',
          '%',
          '@',
          '`',
          '100 %',
          'yes',
          'null',
          '2026',
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((parts) => parts.join(' ')),
  )
  .filter((text) => text.trim().length > 0);

const proposalParts = fc.record({
  id: fc.option(authorText, { nil: undefined }),
  title: authorText,
  description: fc.option(authorText, { nil: undefined }),
  owner: fc.oneof(authorText, fc.record({ name: authorText, role: fc.option(authorText, { nil: undefined }) })),
  costs: fc.array(fc.record({ item: authorText, amount: fc.integer({ min: 0, max: 10_000_000 }) }), { maxLength: 3 }),
  before: fc.shuffledSubarray(['id', 'description', 'businessCase'] as const),
});

/** A proposal as YAML, written by the yaml library; the fields in `before` come ahead of `owner`. */
function proposalYaml(parts: typeof proposalParts extends fc.Arbitrary<infer T> ? T : never): string {
  const fields: Record<string, unknown> = {
    id: parts.id,
    title: parts.title,
    description: parts.description,
    businessCase: parts.costs.length ? { currency: 'DKK', costs: parts.costs.map((cost) => ({ ...cost, kind: 'investment' })) } : undefined,
  };
  const object: Record<string, unknown> = {};
  for (const key of ['title', ...parts.before]) if (fields[key] !== undefined) object[key] = fields[key];
  const owner =
    typeof parts.owner === 'string' ? parts.owner : { name: parts.owner.name, ...(parts.owner.role !== undefined ? { role: parts.owner.role } : {}) };
  object.owner = owner;
  for (const key of ['id', 'description', 'businessCase']) if (fields[key] !== undefined && !(key in object)) object[key] = fields[key];
  return stringify(object);
}

describe('generated proposals', () => {
  it('the owner (and every field) points at the line where its key is written', async () => {
    await fc.assert(
      fc.asyncProperty(proposalParts, async (parts) => {
        const text = proposalYaml(parts);
        const lines = text.split('\n');
        const ownerLine = lines.findIndex((line) => line.startsWith('owner:')) + 1;
        const { proposal, problems } = await loadProposal('/virtual/p.yaml', encode(text));
        expect(problems).toEqual([]);
        const owner = proposal!.root.entries.get('owner')!;
        expect(owner.keyRange).toMatchObject({ line: ownerLine, column: 1, endLine: ownerLine, endColumn: 6 });
        expect(owner.range.line).toBeGreaterThanOrEqual(ownerLine);
        for (const [key, node] of proposal!.root.entries) {
          expect(lines[node.keyRange!.line - 1]!.startsWith(`${key}:`), `${key} in\n${text}`).toBe(true);
        }
        const costs = proposal!.root.entries.get('businessCase');
        if (costs?.kind === 'map') {
          const list = costs.entries.get('costs');
          expect(list?.kind === 'list' ? list.items.length : 0).toBe(parts.costs.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  const markdownParts = fc.record({
    yaml: proposalParts,
    sections: fc.array(
      fc.record({
        heading: fc.constantFrom('Description', 'Beskrivelse', 'Follow-up', 'Owner', 'Business case', 'Notes'),
        prose: fc.array(
          authorText.map((text) => text.replace(/\n/g, ' ')),
          { maxLength: 3 },
        ),
        table: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  });

  function proposalMarkdown({ yaml, sections }: typeof markdownParts extends fc.Arbitrary<infer T> ? T : never): string {
    const body = sections.flatMap((section) => [
      `## ${section.heading}`,
      '',
      ...section.prose.flatMap((line) => [line, '']),
      ...(section.table
        ? ['| Perspective | Metric | Method | Target |', '|---|---|---|---|', '| External benefit | Share online | Objective | 90 % |', '']
        : []),
    ]);
    return ['---', proposalYaml(yaml).trimEnd(), '---', '', '# Proposal', '', '<!-- itstrat-disable schema -- generated -->', '', ...body].join('\n');
  }

  it('CRLF and a byte-order mark give exactly the ranges of the LF file, in YAML and Markdown', async () => {
    const variants = [
      (text: string) => text.replace(/\n/g, '\r\n'),
      (text: string) => `\ufeff${text}`,
      (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`,
    ];
    const check = async (name: string, text: string) => {
      const lf = allRanges(await loadProposal(`/virtual/${name}`, encode(text)));
      expect(lf.length).toBeGreaterThan(1);
      for (const variant of variants) expect(allRanges(await loadProposal(`/virtual/${name}`, encode(variant(text))))).toEqual(lf);
    };
    await fc.assert(
      fc.asyncProperty(proposalParts, markdownParts, async (parts, markdown) => {
        await check('p.yaml', proposalYaml(parts));
        await check('p.md', proposalMarkdown(markdown));
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseAmount', () => {
  const group = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  /** Thousands and decimal separators of each way of writing (da, sv/nb with spaces, en). */
  const styles: Record<string, [string, string]> = {
    da: ['.', ','],
    nb: ['.', ','],
    sv: [' ', ','],
    'sv-nbsp': ['\u00a0', ','],
    'nb-narrow-nbsp': ['\u202f', ','],
    en: [',', '.'],
  };
  const amount = fc.record({
    whole: fc.integer({ min: 0, max: 999_999_999_999 }),
    cents: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
    style: fc.constantFrom(...Object.keys(styles)),
    negative: fc.boolean(),
    unit: fc.constantFrom('', ' kr.', ' DKK', ' SEK', ' NOK', ' kr', ',-'),
  });

  it('round-trips numbers written the da, sv, nb and en ways ("1.234.567", "1 234 567", "1,234,567", "1.234.567,50")', () => {
    fc.assert(
      fc.property(amount, ({ whole, cents, style, negative, unit }) => {
        const [thousands, decimal] = styles[style]!;
        const fraction = cents === undefined ? '' : `${decimal}${String(cents).padStart(2, '0')}`;
        if (unit === ',-' && fraction) return;
        const written = `${negative ? '-' : ''}${group(String(whole), thousands)}${fraction}${unit}`;
        const value = (negative ? -1 : 1) * (whole + (cents ?? 0) / 100);
        expect(parseAmount(written), written).toBeCloseTo(value, 2);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads what Intl.NumberFormat writes for da-DK, sv-SE, nb-NO and en-GB', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999_999, max: 999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('da-DK', 'sv-SE', 'nb-NO', 'en-GB'),
        (whole, cents, locale) => {
          const value = whole + (Math.sign(whole || 1) * cents) / 100;
          const written = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
          expect(parseAmount(written), written).toBeCloseTo(value, 2);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('examples: the four ways, scale words, and what is not one amount', () => {
    expect(parseAmount('1.234.567')).toBe(1234567);
    expect(parseAmount('1 234 567')).toBe(1234567);
    expect(parseAmount('1,234,567')).toBe(1234567);
    expect(parseAmount('1.234.567,50')).toBe(1234567.5);
    expect(parseAmount('1,5 mio. kr.')).toBe(1_500_000);
    expect(parseAmount('0,500')).toBe(0.5);
    expect(parseAmount('1234.500')).toBe(1234.5);
    for (const text of ['12 34', '1.234.56', '1,2.3', 'about a million', '']) expect(parseAmount(text), text).toBeUndefined();
  });
});
