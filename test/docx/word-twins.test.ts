/**
 * A Word proposal is linted as its Markdown twin is: the built CLI over ten pairs written in
 * Word's ways (localized and outline-level heading styles, numbered headings, content controls,
 * tracked changes, a merged cell, line breaks inside a paragraph) gives the same rule ids and
 * messageIds, each at the paragraph that holds the Markdown line.
 */
import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, runBuilt, tempDir } from '../helpers/ci-run.js';
import { proposal, VARIANTS } from './proposals.js';
import { type Twin, twin } from './twins.js';

interface Message {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  paragraph?: number;
  headingPath?: string[];
}

let dir: string;
const twins = new Map<string, Twin>();
let results: Map<string, Message[]>;

beforeAll(async () => {
  dir = tempDir('word-twins');
  for (const [name, variant] of Object.entries(VARIANTS)) {
    const pair = await twin(proposal(variant));
    twins.set(name, pair);
    writeFileSync(join(dir, `${name}.md`), pair.markdown);
    writeFileSync(join(dir, `${name}.docx`), pair.docx);
  }
  const run = runBuilt(['lint', dir, '-f', 'json'], { cwd: dir });
  const parsed = JSON.parse(run.stdout) as { filePath: string; messages: Message[] }[];
  results = new Map(parsed.map((result) => [result.filePath.split(/[\\/]/).pop()!, result.messages]));
}, 60_000);

afterAll(() => removeDir(dir));

describe('a Word proposal and its Markdown twin', () => {
  it.each(Object.keys(VARIANTS))('%s: the same findings, each at the paragraph of its Markdown line', (name) => {
    const pair = twins.get(name)!;
    const markdown = results.get(`${name}.md`)!;
    const word = results.get(`${name}.docx`)!;
    const fromMarkdown = markdown.map((message) => `${message.ruleId}/${message.messageId} ¶${pair.paragraphAt(message.line, message.column)}`).sort();
    const fromWord = word.map((message) => `${message.ruleId}/${message.messageId} ¶${message.line}`).sort();
    expect(fromWord).toEqual(fromMarkdown);
    for (const message of word) expect(message.paragraph).toBe(message.line);
  });

  it('the variants with defects have findings, so the comparison is not of empty lists', () => {
    const ids = (name: string) => results.get(`${name}.docx`)!.map((message) => `${message.ruleId}/${message.messageId}`);
    expect(ids('two-owners-localized')).toContain('single-owner/several');
    expect(ids('no-benefits-numbered')).toContain('business-case/noBenefits');
    expect(ids('two-perspectives-bullets').some((id) => id.startsWith('follow-up-perspectives/'))).toBe(true);
  });

  it('the Word ways are in the Word files (content controls, tracked changes, merged cells)', () => {
    const xml = (name: string) => strFromU8(unzipSync(twins.get(name)!.docx)['word/document.xml']!);
    expect(xml('content-controls')).toContain('<w:alias w:val="Navn"/>');
    expect(xml('tracked-changes')).toMatch(/<w:del [^>]*>.*og Lars Holm/);
    expect(xml('merged-cell')).toContain('<w:gridSpan w:val="2"/>');
    expect(xml('numbered-headings')).toContain('<w:numPr>');
  });

  it('itstrat report gives each Word proposal the figures of its Markdown twin', () => {
    const run = runBuilt(['report', dir, '-f', 'json'], { cwd: dir });
    const proposals = (JSON.parse(run.stdout) as { proposals: { path: string; [key: string]: unknown }[] }).proposals;
    // A finding's place is a paragraph in the Word file and a line in the Markdown file (the
    // differential tests above match them); everything else the report says must be the same.
    const placeless = (findings: unknown) => (findings as { line?: number; column?: number }[] | undefined)?.map(({ line, column, ...finding }) => finding);
    const byName = new Map(proposals.map(({ path, findings, ...rest }) => [path.split(/[\\/]/).pop()!, { ...rest, findings: placeless(findings) }]));
    for (const name of Object.keys(VARIANTS)) {
      expect(byName.get(`${name}.docx`), name).toEqual(byName.get(`${name}.md`));
      expect(byName.get(`${name}.md`)!.businessCase, name).toBeDefined();
    }
  });

  it('names the headings above a finding, with the numbers Word draws', () => {
    const finding = results.get('no-benefits-numbered.docx')!.find((message) => message.messageId === 'noBenefits')!;
    expect(finding.headingPath).toEqual(['Digital pladsanvisning i dagtilbud', '6. Økonomi']);
  });
});
