/**
 * Word files through the built CLI: each kind of unreadable file is one finding and exit 1; the
 * reviewed copy of `itstrat annotate` holds one comment per finding at its paragraph, keeps every
 * other part byte for byte, and opens in LibreOffice; the input is never overwritten.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/model/loaders/docx-zip.js';
import { elements, parseXml, textOf, type XmlElement } from '../../src/model/loaders/docx-xml.js';
import { removeDir, runBuilt, tempDir } from '../helpers/ci-run.js';
import { itWithTools } from '../helpers/system-tool.js';
import { patchParts } from './build.js';
import { hostile } from './hostile.js';
import { proposal, VARIANTS } from './proposals.js';
import { twin } from './twins.js';

let dir: string;

beforeAll(() => {
  dir = tempDir('docx-cli');
});

afterAll(() => removeDir(dir));

interface Message {
  ruleId: string;
  messageId: string;
  line: number;
}

function lintJson(file: string): { code: number; messages: Message[] } {
  const run = runBuilt(['lint', file, '-f', 'json'], { cwd: dir });
  return { code: run.code, messages: (JSON.parse(run.stdout) as { messages: Message[] }[])[0]!.messages };
}

/** Every element named `name` under `element`, in document order. */
function all(element: XmlElement, name: string, found: XmlElement[] = []): XmlElement[] {
  for (const item of elements(element)) {
    if (item.name === name) found.push(item);
    all(item, name, found);
  }
  return found;
}

describe('a file that is no readable Word document', () => {
  let files: Record<string, Uint8Array>;
  beforeAll(async () => {
    files = await hostile();
  });
  const expected: Record<string, [string, string]> = {
    ole: ['old.doc', 'docxOle'],
    odt: ['text.odt', 'docxOdt'],
    xlsx: ['sheet.docx', 'docxNotWord'],
    truncated: ['cut.docx', 'docxTruncated'],
    text: ['renamed.docx', 'docxNotZip'],
    bomb: ['bomb.docx', 'docxTooLarge'],
    lyingBomb: ['lying.docx', 'docxDamaged'],
    entries: ['entries.docx', 'docxTooLarge'],
    dtd: ['entities.docx', 'docxDtd'],
    xml: ['broken.docx', 'docxXml'],
  };
  it.each(Object.keys(expected))('%s: one parse finding at ¶1 and exit 1', (kind) => {
    const [name, messageId] = expected[kind]!;
    writeFileSync(join(dir, name), files[kind]!);
    const { code, messages } = lintJson(name);
    expect(code).toBe(1);
    expect(messages).toMatchObject([{ ruleId: 'parse', messageId, line: 1, column: 1 }]);
  });

  it('a macro-enabled proposal is read (its macros never run): one finding that says so', async () => {
    const clean = await twin(proposal(VARIANTS['built-in-styles']!));
    writeFileSync(
      join(dir, 'macros.docm'),
      patchParts(clean.docx, {
        '[Content_Types].xml': (xml) =>
          xml.replace(
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
            'application/vnd.ms-word.document.macroEnabled.main+xml',
          ),
      }),
    );
    const { code, messages } = lintJson('macros.docm');
    expect(code).toBe(1);
    expect(messages.map((message) => `${message.ruleId}/${message.messageId}`)).toEqual(['parse/docxMacros']);
  });
});

describe('itstrat annotate', () => {
  let input: Uint8Array;
  let findings: Message[];

  beforeAll(async () => {
    input = (await twin(proposal(VARIANTS['two-owners-localized']!))).docx;
    writeFileSync(join(dir, 'proposal.docx'), input);
    findings = lintJson('proposal.docx').messages;
  });

  it('writes a copy with one comment per finding at its paragraph, every other part kept byte for byte', () => {
    const run = runBuilt(['annotate', 'proposal.docx', '-o', 'reviewed.docx', '--lang', 'en'], { cwd: dir });
    expect(run.stdout).toBe(`Wrote reviewed.docx with ${findings.length} ${findings.length === 1 ? 'comment' : 'comments'}.\n`);
    expect(run.code).toBe(1);
    expect(findings.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'proposal.docx')).equals(Buffer.from(input))).toBe(true);
    const output = new Uint8Array(readFileSync(join(dir, 'reviewed.docx')));
    const files = unzipSync(output);
    const comments = all(parseXml(strFromU8(files['word/comments.xml']!)), 'w:comment');
    expect(comments).toHaveLength(findings.length);
    expect(comments.every((comment) => comment.attrs['w:author'] === 'itstrat')).toBe(true);
    // The first comment says the message in English, then the clause id and its quote.
    expect(all(comments[0]!, 'w:t').map(textOf)[0]).toMatch(/\((single-owner|[a-z-]+)\)$/);
    expect(all(comments[0]!, 'w:t').map(textOf)[1]).toMatch(/^[A-Z]+-[\w.]+: «.+»$/);
    const paragraphs = all(all(parseXml(strFromU8(files['word/document.xml']!)), 'w:body')[0]!, 'w:p');
    const anchored = comments.map((comment) => {
      const id = comment.attrs['w:id'];
      return 1 + paragraphs.findIndex((paragraph) => all(paragraph, 'w:commentRangeStart').some((start) => start.attrs['w:id'] === id));
    });
    expect(anchored.sort()).toEqual(findings.map((finding) => finding.line).sort());
    const before = new Map(readZip(input).map((entry) => [entry.name, entry]));
    const after = readZip(output);
    expect([...before.keys()].every((name) => after.some((entry) => entry.name === name))).toBe(true);
    const changes = new Set(['word/document.xml', 'word/comments.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']);
    for (const entry of after.filter((item) => !changes.has(item.name)))
      expect(Buffer.from(entry.data).equals(Buffer.from(before.get(entry.name)!.data)), entry.name).toBe(true);
  });

  itWithTools(
    [{ name: 'soffice', versionArgs: ['--version'], install: 'apt-get install -y libreoffice-writer-nogui (.ci/run does this)' }],
    'the reviewed copy opens in LibreOffice (converted to PDF)',
    () => {
      if (!existsSync(join(dir, 'reviewed.docx'))) runBuilt(['annotate', 'proposal.docx', '-o', 'reviewed.docx'], { cwd: dir });
      const home = tempDir('soffice-home');
      const run = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${home}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'reviewed.docx')],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      removeDir(home);
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(dir, 'reviewed.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    150_000,
  );

  it('refuses to write over the input (exit 2, nothing written)', () => {
    const run = runBuilt(['annotate', 'proposal.docx', '-o', './proposal.docx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^itstrat: .*input file.*never overwritten/);
    expect(readFileSync(join(dir, 'proposal.docx')).equals(Buffer.from(input))).toBe(true);
  });

  it('lint --annotate-dir writes a reviewed copy of each Word file', () => {
    const run = runBuilt(['lint', 'proposal.docx', '--annotate-dir', 'reviewed'], { cwd: dir });
    expect(run.code).toBe(1);
    const comments = all(
      parseXml(strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'reviewed', 'proposal.docx'))))['word/comments.xml']!)),
      'w:comment',
    );
    expect(comments).toHaveLength(findings.length);
  });
});
