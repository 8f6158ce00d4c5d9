import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../src/model/loaders/docx.js';
import { buildDocx, Paragraph, patchParts } from './build.js';
import { hostile } from './hostile.js';

/** The one problem a file gets, at the start of the file. */
function only(bytes: Uint8Array): string {
  const { document, problems } = loadDocx(bytes);
  expect(document).toBeUndefined();
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ ruleId: 'parse', range: { line: 1, column: 1 } });
  return problems[0]!.messageId;
}

describe('a file that is no readable Word document', () => {
  it('gets one located problem saying how to fix it', async () => {
    const files = await hostile();
    const ids = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, only(bytes)]));
    expect(ids).toEqual({
      ole: 'docxOle',
      odt: 'docxOdt',
      xlsx: 'docxNotWord',
      truncated: 'docxTruncated',
      text: 'docxNotZip',
      bomb: 'docxTooLarge',
      lyingBomb: 'docxDamaged',
      entries: 'docxTooLarge',
      dtd: 'docxDtd',
      xml: 'docxXml',
    });
  });

  it('reads a macro-enabled file and says its macros were not run', async () => {
    const docm = patchParts(await buildDocx([new Paragraph('Tekst')]), {
      '[Content_Types].xml': (xml) =>
        xml.replace(
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
          'application/vnd.ms-word.document.macroEnabled.main+xml',
        ),
    });
    const { document, problems } = loadDocx(docm);
    expect(problems.map((problem) => problem.messageId)).toEqual(['docxMacros']);
    expect(document!.source).toBe('Tekst');
  });
});
