/** Files that are no readable Word document, one of each kind the loader must refuse with a finding. */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { readZip, writeZip, ZIP_LIMITS, type ZipEntry } from '../../src/model/loaders/docx-zip.js';
import { buildDocx, Paragraph, patchParts } from './build.js';

export async function hostile(): Promise<Record<string, Uint8Array>> {
  const good = await buildDocx([new Paragraph('Tekst')]);
  // 70 MiB of zeros in 70 KiB: once declared as it is, once declared as 1,000 bytes.
  const zeros = deflateSync(new Uint8Array(70 * 1024 * 1024));
  const withDocument = (entry: Partial<ZipEntry>) => writeZip(readZip(good).map((item) => (item.name === 'word/document.xml' ? { ...item, ...entry } : item)));
  return {
    ole: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
    odt: zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') }),
    xlsx: patchParts(good, { '_rels/.rels': (xml) => xml.replace('word/document.xml', 'xl/workbook.xml'), 'xl/workbook.xml': () => '<workbook/>' }),
    truncated: good.subarray(0, Math.floor(good.length / 2)),
    text: strToU8('Projektejer: Jens\n'),
    bomb: withDocument({ data: zeros, size: 70 * 1024 * 1024 }),
    lyingBomb: withDocument({ data: zeros, size: 1000 }),
    entries: writeZip(
      Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, index) => ({ name: `f${index}`, method: 0, crc: 0, size: 0, flags: 0, data: new Uint8Array() })),
    ),
    dtd: patchParts(good, {
      'word/document.xml': (xml) => xml.replace('?>', '?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace('Tekst', '&x;'),
    }),
    xml: patchParts(good, { 'word/document.xml': (xml) => xml.replace('</w:body>', '') }),
  };
}
