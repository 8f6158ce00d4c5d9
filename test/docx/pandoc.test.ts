/**
 * Differential test: every Markdown fixture and example, converted to a Word file by pandoc
 * (Debian's; .ci/run installs it), gives the same rule ids and messageIds as the Markdown, each
 * at the paragraph that holds the Markdown line. Front matter has no Word form pandoc writes, so
 * both sides are the Markdown body; a line break in Markdown is a line break in Word
 * (`hard_line_breaks`), as a label line is in a Word proposal.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDocx } from '../../src/model/loaders/docx.js';
import { removeDir, ROOT, runBuilt, tempDir } from '../helpers/ci-run.js';
import { describeWithTools } from '../helpers/system-tool.js';

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const FIXTURES = markdownFiles(join(ROOT, 'fixtures'));

interface Message {
  ruleId: string;
  messageId: string;
  line: number;
}

/** Letters and digits only, lower case: text as both forms hold it, markup aside. */
const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

describeWithTools([{ name: 'pandoc', install: 'apt-get install -y pandoc (.ci/run does this)' }], 'pandoc twins of the Markdown fixtures', () => {
  let dir: string;
  let results: Map<string, Message[]>;

  beforeAll(() => {
    dir = tempDir('pandoc');
    for (const file of FIXTURES) {
      const name = relative(join(ROOT, 'fixtures'), file).split(/[\\/]/).join('_').replace(/\.md$/, '');
      const body = readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
      writeFileSync(join(dir, `${name}.md`), body);
      const run = spawnSync('pandoc', ['-f', 'gfm+hard_line_breaks', '-t', 'docx', '-o', join(dir, `${name}.docx`), join(dir, `${name}.md`)], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`pandoc failed on ${file}: ${run.stderr}`);
    }
    const run = runBuilt(['lint', dir, '-f', 'json'], { cwd: dir });
    const parsed = JSON.parse(run.stdout) as { filePath: string; messages: Message[] }[];
    results = new Map(parsed.map((result) => [result.filePath.split(/[\\/]/).pop()!, result.messages]));
  }, 120_000);

  afterAll(() => removeDir(dir));

  it('covers every Markdown fixture and example', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
    expect(results.size).toBe(FIXTURES.length * 2);
  });

  it.each(FIXTURES.map((file) => relative(ROOT, file)))('%s', (file) => {
    const name = relative('fixtures', file).split(/[\\/]/).join('_').replace(/\.md$/, '');
    const key = (message: Message) => `${message.ruleId}/${message.messageId}`;
    const markdown = [...results.get(`${name}.md`)!].sort((a, b) => key(a).localeCompare(key(b)) || a.line - b.line);
    const word = [...results.get(`${name}.docx`)!].sort((a, b) => key(a).localeCompare(key(b)) || a.line - b.line);
    expect(word.map(key)).toEqual(markdown.map(key));
    // Each at the paragraph that holds its Markdown line: the one's text is in the other's.
    const lines = readFileSync(join(dir, `${name}.md`), 'utf8').split(/\r?\n/);
    const paragraphs = loadDocx(new Uint8Array(readFileSync(join(dir, `${name}.docx`)))).document!.source.split('\n');
    word.forEach((message, index) => {
      const line = bare(lines[markdown[index]!.line - 1] ?? '');
      const paragraph = bare(paragraphs[message.line - 1] ?? '');
      expect(
        paragraph && (line.includes(paragraph) || paragraph.includes(line)),
        `${key(message)}: ¶${message.line} "${paragraphs[message.line - 1]}" holds line ${markdown[index]!.line} "${lines[markdown[index]!.line - 1]}"`,
      ).toBe(true);
    });
  });
});
